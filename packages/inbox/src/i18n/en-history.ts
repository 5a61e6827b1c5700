import type { Widen } from './widen.ts'

/** A counted phrase's forms: `other` always; each language names the others it needs. */
type PluralForms = { readonly other: string; readonly [form: string]: string }

/**
 * The words of the card's earlier chats and of the managers' alerts (issue 16), in English. They
 * travel with those parts' lazy chunks, not in `en.ts` (the first screen's catalog, under its
 * budget: .size-limit.cjs).
 */
export const enHistory = {
  /**
   * The shopper's earlier chats on the card (issue 16). Counted phrases are plural forms chosen
   * with Intl.PluralRules in `locale`: `=N` for an exact number (English "twice"), else the
   * CLDR category (`one`, `other`…); `{n}`, `{total}` and `{about}` are filled in.
   */
  history: {
    locale: 'en',
    title: 'Earlier chats',
    titleDevice: 'Earlier chats on this device',
    loading: 'Loading earlier chats…',
    failed: 'Earlier chats could not be loaded.',
    first: 'First chat with the store',
    firstDevice: 'First chat on this device',
    /** When more chats were had than the card lists. */
    latest: (n: number, total: number) => `Latest ${n} of ${total}`,
    chats: { one: '{n} chat', other: '{n} chats' } as PluralForms,
    upset: { '=1': 'upset once', '=2': 'upset twice', other: 'upset {n} times' } as PluralForms,
    upsetAbout: { '=1': 'upset once about {about}', '=2': 'upset twice about {about}', other: 'upset {n} times about {about}' } as PluralForms,
    leftHappyAll: { '=1': 'left happy', other: 'left happy each time' } as PluralForms,
    leftHappySome: { one: 'left happy {n} of {total} time', other: 'left happy {n} of {total} times' } as PluralForms,
    leftHappyNone: { '=1': "didn't leave happy", other: 'never left happy' } as PluralForms,
    /** The parts in order: "3 chats, upset twice about delivery, left happy each time". */
    summary: (parts: readonly string[]) => parts.join(', '),
    /** What the upset chats were about, as the summary says it. */
    about: {
      order: 'delivery',
      product: 'a product',
      returns: 'returns',
      payment: 'payment',
      treatment: 'how they were treated',
      unreachable: 'not reaching anyone',
      experience: 'the overall experience',
    } as Record<string, string>,
    /** One earlier chat, read out: "12 Nov 2026: from upset to good". */
    moods: (date: string, from: string, to: string) => `${date}: from ${from} to ${to}`,
    noMood: 'no answer',
    resolved: { yes: 'Resolved', partly: 'Partly resolved', no: 'Not resolved' },
  },
  /** Live alerts for managers, admins and owners (issue 16). */
  alerts: {
    title: 'Alerts',
    complaint: (who: string, detail: string) =>
      detail ? `${who} threatens a public complaint: mentions “${detail}”.` : `${who} threatens a public complaint.`,
    open: 'Open conversation',
    dismiss: 'Dismiss',
    dismissLabel: (who: string) => `Dismiss the alert about ${who}`,
  },
} as const

export type HistoryMessages = Widen<typeof enHistory>
