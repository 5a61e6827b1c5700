// "We're away" (issue 15) in English: the reference every other locale matches key for key
// (away.test.ts). They come with the away chunk (away-*.js), fetched only when the launcher's
// answer says nobody can answer now: they never weigh on a first visit or on opening the chat.
export const en = {
  /** The launcher's short line when there is no opening to name. */
  short: "We're away",
  /** The launcher's short line; `{when}` is `today`, `tomorrow` or `on` filled. */
  line: "We're away — back {when}",
  /** The panel's notice, first sentence. */
  notice: "We're away right now.",
  /** The panel's notice, when the store opens next. */
  back: "We're back {when}.",
  today: 'today at {time}',
  tomorrow: 'tomorrow at {time}',
  /** `{day}`: a weekday within the week, else a date (Intl, in the shopper's language). */
  on: 'on {day} at {time}',
  /** The store's typical reply time (`ReplyTime` in @attune/protocol). */
  minutes: 'We usually reply within minutes.',
  hour: 'We usually reply within an hour.',
  hours: 'We usually reply within a few hours.',
  day: 'We usually reply within a day.',
}

/** The sentences that name the hour. */
type When = Pick<typeof en, 'today' | 'tomorrow' | 'on'>

export type AwayWords = typeof en & {
  /** Where one o'clock takes a singular article (Spanish "a la 1:00", Portuguese "à 1:00"): those sentences for it. */
  atOne?: When
}
