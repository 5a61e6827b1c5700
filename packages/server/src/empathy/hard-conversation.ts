import { CUE_KINDS, messageHasCue } from '@attune/empathy'
import type { ConversationEvent } from '@attune/protocol'

/** Whether one shopper message carries abuse; a seam, so tests can inject what the detector finds. */
export type AbuseCheck = (text: string) => boolean

/** The detector's own reading of one message: abusive when it names the `abuse` cue. */
export const detectAbuse: AbuseCheck = (text) => messageHasCue(text, CUE_KINDS.abuse)

/**
 * Whether a conversation may have been hard on the agents who handled it (issue 16), the one
 * definition the care offer uses: it ended very upset (the shopper's after-chat mood is 1, the
 * lowest face), it reached the frustrated level (the server logged `signal.raised` at
 * `frustrated`), or a shopper message carried abuse (`abusive` lists their seqs).
 */
export function wasHard(events: readonly ConversationEvent[], abusive: readonly number[]): boolean {
  if (abusive.length > 0) return true
  let endMood: number | null = null
  for (const event of events) {
    if (event.kind === 'signal.raised' && event.level === 'frustrated') return true
    if (event.kind === 'checkin.answered' && event.answer.phase === 'after' && event.answer.mood !== undefined) endMood = event.answer.mood
  }
  return endMood === 1
}

/** The people who handled a conversation: every agent who wrote in it or resolved it. */
export function handlersOf(events: readonly ConversationEvent[]): string[] {
  const ids = new Set<string>()
  for (const event of events) {
    if ((event.kind === 'message' || event.kind === 'conversation.resolved') && event.author.role === 'agent') ids.add(event.author.id)
  }
  return [...ids]
}

/** The events after which to think of an offer: the end of the chat, and the after-chat mood. */
export function endsAConversation(event: ConversationEvent): boolean {
  return event.kind === 'conversation.resolved' || (event.kind === 'checkin.answered' && event.answer.phase === 'after')
}
