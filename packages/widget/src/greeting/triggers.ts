// What makes a store's greeting show (issue 15), one watcher per kind of trigger. Each watches
// through the seams it is given (path, page facts, visits, the pointer) and the global timers, so
// the rules run in tests with fake timers and fake events; greeting.ts gives them the real page.
import { matchesPathPattern, type GreetingCondition } from '@attune/core'

export interface TriggerSeams {
  /** Milliseconds since the page loaded. */
  sinceLoad(): number
  /** The page's path (no query string, no hash). */
  path(): string
  /** Calls `listener` after a same-document navigation; returns a function that stops. */
  onPathChange(listener: () => void): () => void
  /** Calls `listener` with what the page said with `Attune('update', …)`, now and on each change. */
  onFacts(listener: (facts: Readonly<Record<string, unknown>>) => void): () => void
  /** Which visit this is: 1 for the first. */
  visit(): number
  /** A pointer that hovers (a mouse or a trackpad): a desktop, not a touch screen. */
  hovers(): boolean
  /** Calls `listener` when the pointer leaves the page through its top edge. */
  onLeaveTop(listener: () => void): () => void
}

type Watch<K extends GreetingCondition['kind']> = (
  condition: Extract<GreetingCondition, { kind: K }>,
  seams: TriggerSeams,
  fire: () => void,
) => () => void

const none = () => {}

/** The cart's value as the page gave it: a number, or a string such as "59.90". */
export function cartValue(cart: unknown): number {
  return typeof cart === 'number' ? cart : typeof cart === 'string' && cart.trim() !== '' ? Number(cart) : Number.NaN
}

/**
 * Whether `condition` holds now: a page pattern on a matching page only (a single-page app moves
 * on without a load). The others are moments (a time, a visit, a pointer, the cart reaching a
 * value): once met, not taken back.
 */
export const stillHolds = (condition: GreetingCondition, seams: TriggerSeams): boolean =>
  condition.kind !== 'url_pattern' || matchesPathPattern(condition.pattern, seams.path())

const WATCHES: { [K in GreetingCondition['kind']]: Watch<K> } = {
  // Counted from the page's load, so a greeting that arrives late does not wait longer.
  time_on_page({ seconds }, seams, fire) {
    const id = setTimeout(fire, Math.max(0, seconds * 1000 - seams.sinceLoad()))
    return () => clearTimeout(id)
  },
  url_pattern(condition, seams, fire) {
    const check = () => stillHolds(condition, seams) && fire()
    check()
    return seams.onPathChange(check)
  },
  cart_value({ atLeast }, seams, fire) {
    return seams.onFacts((facts) => cartValue(facts.cart) >= atLeast && fire())
  },
  second_visit(_, seams, fire) {
    if (seams.visit() >= 2) fire()
    return none
  },
  // A pointer heading for the tabs or the address bar; a touch screen has none to watch.
  exit_intent(_, seams, fire) {
    return seams.hovers() ? seams.onLeaveTop(fire) : none
  },
}

/** Watches for `condition`; `fire` may be called more than once. Returns a function that stops. */
export function watchTrigger(condition: GreetingCondition, seams: TriggerSeams, fire: () => void): () => void {
  const watch = WATCHES[condition.kind] as Watch<GreetingCondition['kind']> | undefined
  // A kind this widget does not know (a newer server): never shown, never an error.
  return watch ? watch(condition as never, seams, fire) : none
}
