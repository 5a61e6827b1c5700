import { pageCatalog } from './page-catalog.ts'
import type { Widen } from './widen.ts'

/**
 * After the chat (issue 16), in English: the Follow-ups page and the feedback list on Insights.
 * They travel with those lazy chunks, not in `en.ts` (the first screen's budget).
 */
export const enAfterChat = {
  followUps: {
    title: 'Follow-ups',
    intro:
      'Chats of the last 30 days that ended upset. Following up asks the shopper once more, the next time they open the chat: "How do you feel about it now?"',
    loading: 'Loading follow-ups…',
    failed: 'Follow-ups could not be loaded. Check your connection and try again.',
    retry: 'Try again',
    empty: 'Nobody left upset in the last 30 days.',
    ended: 'Ended',
    shopper: 'Shopper',
    why: 'Why',
    moods: 'Mood before → after',
    status: 'Follow-up',
    send: 'Follow up',
    /** The button's accessible name names the row (WCAG 2.4.6). */
    sendFor: (shopper: string) => `Follow up with ${shopper}`,
    sending: 'Sending…',
    sentBy: (name: string | null) => (name ? `Sent by ${name}, not asked yet` : 'Sent, not asked yet'),
    asked: 'Asked, no answer yet',
    answered: (mood: string) => `Now feels: ${mood}`,
    sentNotice: (shopper: string) => `Follow-up sent. ${shopper} will be asked the next time they open the chat.`,
    sendFailed: 'The follow-up could not be sent. Try again.',
    /** A 409: the follow-up was sent meanwhile (another tab, a colleague); the row is read again. */
    alreadySent: (shopper: string) => `Someone on your team already followed up with ${shopper}.`,
    /** The shopper chose "Don't ask me again" in the widget: a follow-up would be a check-in. */
    optedOut: (shopper: string) => `${shopper} turned off check-ins, so no follow-up was sent.`,
    notSent: 'Not sent: check-ins turned off',
    open: 'Open the chat',
    reason: { upset: 'Ended upset', unresolved: 'Not resolved', not_understood: 'Did not feel understood' } as Record<string, string>,
  },
  feedback: {
    title: 'Feedback',
    intro: 'What shoppers wrote after their chat, with how they felt. Mark what the store did: a signed-in shopper is told once.',
    show: 'Show',
    all: 'All comments',
    acted: 'Acted on',
    notActed: 'Not acted on yet',
    loading: 'Loading feedback…',
    failed: 'Feedback could not be loaded.',
    empty: 'No comments in this period.',
    comment: 'Comment',
    moods: 'Before → after → follow-up',
    done: 'What we did',
    by: (name: string | null, day: string) => (name ? `${name}, ${day}` : day),
    note: 'What did the store do?',
    noteHint: 'The shopper reads it after "We:". Up to 500 characters.',
    markActed: 'Mark acted on',
    saving: 'Saving…',
    saved: 'Marked acted on.',
    saveFailed: 'It could not be saved. Try again.',
    tellable: 'Signed-in shopper: will be told once',
    anonymous: 'Anonymous shopper: cannot be told',
  },
}

export type AfterChatMessages = Widen<typeof enAfterChat>

/** The after-chat pages' catalog. */
export const { use: useAfterChatMessages } = pageCatalog('afterChat', enAfterChat)
