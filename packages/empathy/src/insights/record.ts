import type { CheckInAnswer, ConversationEvent, Mood, ResolvedAnswer } from '@attune/protocol'

/** Per moment: was it asked / answered (before, after), or how many times (during). */
export interface MomentCounts {
  before: boolean
  during: number
  after: boolean
}

/** What the server knows of a conversation outside its log. */
export interface ConversationMeta {
  id: string
  /** ISO 8601. */
  startedAt: string
  /** The shopper's language, e.g. `th`. */
  language: string
  /** The agent who handled it, or null when nobody did. */
  agentId: string | null
  /** The shopper, when known: returning shoppers' trend follows them across chats. */
  visitorId?: string | null
  /** Shopper messages that threatened a public review or a complaint to an authority. */
  complaintCues?: number
  /** What a manager wrote they did about the shopper's comment (issue 16), when they did. */
  actedOnNote?: string | null
}

/** One conversation's check-in answers, flat: the row insights are computed from. */
export interface ConversationRecord extends ConversationMeta {
  topic: string | null
  reason: string | null
  moodBefore: Mood | null
  moodAfter: Mood | null
  /** The answer to each answered during check-in, oldest first (true: "Yes", false: "Not yet"). */
  understood: boolean[]
  resolved: ResolvedAnswer | null
  /** Customer Effort Score 2.0, 1–7. */
  effort: number | null
  /** The after-chat comment, trimmed; null when none was written. */
  comment: string | null
  /** Asked "How do you feel about it now?" after an agent followed the chat up. */
  followedUp: boolean
  /** The answer to it, on the same five faces. */
  moodFollowUp: Mood | null
  asked: MomentCounts
  answered: MomentCounts
}

/**
 * Builds a conversation's record from its log. The latest answer of a phase wins as a whole
 * (clients send the full answer each time, so a changed mood does not keep a stale reason);
 * during answers count once per check-in asked, the latest for each. A skip counts as asked and
 * not answered; an answer with no ask in the log still counts as asked, so answered ≤ asked.
 */
export function conversationRecord(events: readonly ConversationEvent[], meta: ConversationMeta): ConversationRecord {
  let before: CheckInAnswer | null = null
  let after: CheckInAnswer | null = null
  let followUp: CheckInAnswer | null = null
  let followedUp = false
  let askedBefore = false
  let askedAfter = false
  // One slot per during check-in asked; an answer fills (or replaces) the newest slot.
  const during: Array<{ answer: CheckInAnswer | null }> = []
  for (const e of events) {
    if (e.kind === 'checkin.asked') {
      if (e.phase === 'before') askedBefore = true
      else if (e.phase === 'after') askedAfter = true
      else if (e.phase === 'follow_up') followedUp = true
      else during.push({ answer: null })
    } else if (e.kind === 'checkin.answered') {
      const { answer } = e
      if (answer.phase === 'before') before = answer
      else if (answer.phase === 'after') after = answer
      else if (answer.phase === 'follow_up') followUp = answer
      else {
        const slot = during.at(-1)
        if (slot) slot.answer = answer
        else during.push({ answer })
      }
    }
  }
  const answeredDuring = during.flatMap((slot) => (slot.answer ? [slot.answer] : []))
  return {
    ...meta,
    topic: before?.topic ?? null,
    reason: before?.reason ?? null,
    moodBefore: asMood(before?.mood),
    moodAfter: asMood(after?.mood),
    understood: answeredDuring.flatMap((a) => (a.understood === undefined ? [] : [a.understood])),
    resolved: after?.resolved ?? null,
    effort: after?.effort ?? null,
    comment: after?.comment?.trim() || null,
    followedUp: followedUp || followUp !== null,
    moodFollowUp: asMood(followUp?.mood),
    asked: { before: askedBefore || before !== null, during: during.length, after: askedAfter || after !== null },
    answered: { before: before !== null, during: answeredDuring.length, after: after !== null },
  }
}

function asMood(value: number | undefined): Mood | null {
  return value === 1 || value === 2 || value === 3 || value === 4 || value === 5 ? value : null
}

/** The before → after change on the five faces (−4 … +4), or null when either is missing. */
export function moodChange(record: Pick<ConversationRecord, 'moodBefore' | 'moodAfter'>): number | null {
  return record.moodBefore === null || record.moodAfter === null ? null : record.moodAfter - record.moodBefore
}
