import type { EmpathySnapshot } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'

type Cue = EmpathySnapshot['signal']['cues'][number]

/**
 * One cue in the agent's words. `waiting` is measured live when the caller knows how long the
 * shopper has waited: the detail the server computed goes stale as the minutes pass.
 */
function cueInWords(cue: Cue, t: InboxMessages['cue'], liveWaiting?: string): string {
  const detail = (cue.detail ?? '').replaceAll('¬', 'not ')
  if (cue.kind === 'waiting' && liveWaiting) return t.waiting(liveWaiting)
  const word = (t as Record<string, ((detail: string) => string) | undefined>)[cue.kind]
  // A cue kind newer than this inbox still shows, by its name.
  return word ? word(detail) : detail ? `${cue.kind} ${detail}` : cue.kind
}

/** "waiting 4 min · repeated ×2 · capitals", strongest first as the detector orders them. */
export function cuesInWords(cues: readonly Cue[], t: InboxMessages['cue'], liveWaiting?: string): string {
  return cues.map((cue) => cueInWords(cue, t, liveWaiting)).join(' · ')
}
