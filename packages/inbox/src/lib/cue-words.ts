import type { EmpathySnapshot } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'

type Cue = EmpathySnapshot['signal']['cues'][number]
type Words = Pick<InboxMessages, 'cue' | 'notWord' | 'nudge'>

/** The detector marks a word the shopper negated or withheld as "¬word" (empathy's lexicon). */
const NEGATED = '¬'

/** A cue's detail in the agent's language: "¬พอใจ" is ไม่พอใจ in Thai, never English "not". */
function detailInWords(detail: string | undefined, t: Words): string {
  if (!detail) return ''
  return detail.startsWith(NEGATED) ? t.notWord(detail.slice(NEGATED.length)) : detail
}

/**
 * One cue in the agent's words. `waiting` is measured live when the caller knows how long the
 * shopper has waited: the detail the server computed goes stale as the minutes pass.
 */
export function cueInWords(cue: Cue, t: Words, liveWaiting?: string): string {
  const detail = detailInWords(cue.detail, t)
  if (cue.kind === 'waiting' && liveWaiting) return t.cue.waiting(liveWaiting)
  // The detector words a burst in English ("3 messages", or "nudge" for "hello? anyone there?"):
  // its count and its nudge are said in the agent's words.
  if (cue.kind === 'burst') return cue.detail === 'nudge' ? t.nudge : t.cue.burst(Number.parseInt(cue.detail ?? '', 10) || 0)
  const byDetail: Omit<Words['cue'], 'burst'> = t.cue
  const word = (byDetail as Record<string, ((detail: string) => string) | undefined>)[cue.kind]
  // A cue kind newer than this inbox still shows, by its name.
  return word ? word(detail) : detail ? `${cue.kind} ${detail}` : cue.kind
}

/** "waiting 4 min · repeated ×2 · capitals", strongest first as the detector orders them. */
export function cuesInWords(cues: readonly Cue[], t: Words, liveWaiting?: string): string {
  return cues.map((cue) => cueInWords(cue, t, liveWaiting)).join(' · ')
}
