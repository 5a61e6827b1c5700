import type { ConversationSummary, EmpathySnapshot, Mood } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'
import { cueInWords, cuesInWords } from './cue-words.ts'
import { isMood, moodLabel } from './mood.ts'
import { elapsedSince, formatDuration } from './relative-time.ts'

/** What the empathy card shows; computed here so the view stays thin and this stays tested. */
export interface EmpathyCardView {
  /** The face to draw, or null for "Not asked yet" / "Skipped". */
  mood: Mood | null
  moodText: string
  reason: string
  topic: string
  /** Before → now, when both are known and the shopper answered twice. */
  trend: { before: Mood; now: Mood; from: string; to: string; words: string; spoken: string; change: string } | null
  signal: { level: EmpathySnapshot['signal']['level']; label: string; cues: string }
  /** "mentions a 1-star review": a public-complaint threat, shown apart from the signal (issue 16). */
  complaint: string | null
  waiting: string
  /** The shopper answered "Not yet" to "Do you feel we understand what you need?". */
  notYet: boolean
  understood: boolean
  /** "Check-in sent, waiting for an answer", or null. */
  pending: string | null
  /** What the shopper wrote after the chat, or null (issue 16). */
  comment: string | null
}

const CALM: EmpathySnapshot['signal'] = { level: 'calm', score: 0, cues: [] }

export function reasonLabel(reason: string | null | undefined, t: InboxMessages): string | null {
  if (!reason) return null
  return (t.reason as Record<string, string>)[reason] ?? reason
}

export function topicLabel(topic: string | null | undefined, t: InboxMessages): string | null {
  if (!topic) return null
  return t.topic[topic] ?? topic
}

/** No mood yet: the shopper skipped the question, or it was not asked (yet, or at all). */
function noMoodText(summary: ConversationSummary, t: InboxMessages): string {
  return summary.empathy?.skipped.includes('before') ? t.mood.skipped : t.mood.notAsked
}

export function toEmpathyCard(summary: ConversationSummary, now: number, t: InboxMessages): EmpathyCardView {
  const e = summary.empathy
  const moodNow = isMood(e?.moodNow) ? e.moodNow : null
  const moodBefore = isMood(e?.moodBefore) ? e.moodBefore : null
  // The trend is before → after once the after card is answered; until then before → now is
  // the same mood and says "no change yet".
  const signal = e?.signal ?? CALM
  // A threat to go public is a risk of its own, not one more reason for the frustration level.
  const complaint = signal.cues.find((cue) => cue.kind === 'complaint')
  const cues = signal.cues.filter((cue) => cue !== complaint)
  const waited = summary.waitingSince ? formatDuration(elapsedSince(summary.waitingSince, now), t.time) : null

  let trend: EmpathyCardView['trend'] = null
  if (moodBefore !== null && moodNow !== null) {
    const from = moodLabel(moodBefore, t.mood)
    const to = moodLabel(moodNow, t.mood)
    const change = moodNow > moodBefore ? t.card.better : moodNow < moodBefore ? t.card.worse : t.card.same
    trend = {
      before: moodBefore,
      now: moodNow,
      from,
      to,
      words: t.card.trendWords(from, to),
      spoken: t.card.trendSpoken(from, to),
      change,
    }
  }

  return {
    mood: moodNow,
    moodText: moodNow !== null ? moodLabel(moodNow, t.mood) : noMoodText(summary, t),
    reason: reasonLabel(e?.reason, t) ?? t.card.notGiven,
    topic: topicLabel(e?.topic, t) ?? t.card.notGiven,
    trend,
    signal: {
      level: signal.level,
      label: t.signal[signal.level],
      cues: cues.length > 0 ? cuesInWords(cues, t, waited ?? undefined) : t.card.noCues,
    },
    complaint: complaint ? cueInWords(complaint, t) : null,
    waiting: waited ?? t.card.notWaiting,
    notYet: e?.understood === false,
    understood: e?.understood === true,
    pending: e?.pending ? t.card.pending : null,
    comment: e?.comment ?? null,
  }
}
