import { originProblem } from '@attune/protocol'

/** Why an origin cannot be added: the protocol's own words for a malformed one, or a repeat. */
export type OriginRefusal = { kind: 'missing' } | { kind: 'twice'; origin: string } | { kind: 'malformed'; message: string }

export type OriginCheck = { ok: true; origin: string; next: string[] } | { ok: false; refusal: OriginRefusal }

/**
 * Checks an origin typed into the Store page before anything is sent, with the rule the server
 * applies (protocol's `originProblem`), and returns the list to save.
 */
export function addOrigin(list: readonly string[], input: string): OriginCheck {
  const origin = input.trim()
  if (!origin) return { ok: false, refusal: { kind: 'missing' } }
  const problem = originProblem(origin)
  if (problem) return { ok: false, refusal: { kind: 'malformed', message: problem } }
  if (list.includes(origin)) return { ok: false, refusal: { kind: 'twice', origin } }
  return { ok: true, origin, next: [...list, origin] }
}

export function removeOrigin(list: readonly string[], origin: string): string[] {
  return list.filter((o) => o !== origin)
}
