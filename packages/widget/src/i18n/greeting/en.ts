// The greeting bubble's own words (issue 15) in English: the reference every other locale matches
// key for key (greeting.test.ts). They come with the bubble's chunk (greeting-*.js), fetched only
// where a store has turned a greeting on: they never weigh on the launcher. The greeting itself
// is the store's text, in the store's words.
export const en = {
  /** The bubble's name, and what is read out before the store's text. */
  label: 'Message from the store',
  close: 'Close message',
}

export type GreetingWords = typeof en
