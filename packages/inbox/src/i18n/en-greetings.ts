import type { GreetingLanguage } from '@attune/protocol'

/**
 * The Greetings section's words (issue 15), in English; they travel with the Store page's lazy
 * chunk, never with the first screen.
 */
export const enGreetings = {
  title: 'Greetings',
  hint: 'A short message from your store beside the chat button, shown at most once per visit and never while the shopper is typing. Each greeting is off until you turn it on.',
  loadFailed: 'The greetings could not be loaded. Reload the page to try again.',
  none: 'No greetings yet.',
  add: 'Add a greeting',
  edit: 'Edit',
  remove: 'Remove',
  /** Read after the visible "On", "Edit" or "Remove": which greeting. */
  which: (text: string) => ` the greeting “${text}”`,
  on: 'On',
  form: {
    addTitle: 'New greeting',
    editTitle: 'Edit the greeting',
    when: 'Show it',
    kinds: {
      time_on_page: 'After some time on a page',
      url_pattern: 'On some pages',
      cart_value: 'When the cart reaches a value',
      second_visit: 'When a shopper comes back',
      exit_intent: 'When the pointer heads out of the page (computers only)',
    },
    seconds: 'Seconds on the page',
    secondsInvalid: 'Enter a whole number of seconds, from 1 to 3600.',
    pattern: 'Page path',
    patternHint: 'The part of the address after the domain; * stands for anything. /checkout* matches /checkout and every page under it.',
    patternInvalid: 'Start with / and use only the characters of a page path, and * for anything, like /checkout*.',
    cart: 'Cart value at least',
    cartHint: "Your store's pages report the cart with Attune('update', { cart: 59.9 }).",
    cartInvalid: 'Enter a value of 0 or more.',
    returning: 'From the second visit on, once per visit.',
    exitIntent: 'When the pointer leaves through the top of the window, towards the tabs. Never on phones and tablets.',
    language: 'Main language',
    languageHint: 'Shoppers whose language has no text of its own read this one.',
    text: (language: string) => `Text in ${language}`,
    textMissing: (language: string) => `Write the greeting in ${language}.`,
    textTooLong: (max: number) => `At most ${max} characters.`,
    translations: 'Texts in other languages (optional)',
    save: 'Save greeting',
    cancel: 'Cancel',
  },
  saving: 'Saving…',
  added: 'Greeting added. It is off until you turn it on.',
  saved: 'Greeting saved.',
  turnedOn: (text: string) => `“${text}” is on.`,
  turnedOff: (text: string) => `“${text}” is off.`,
  removed: (text: string) => `Removed “${text}”.`,
  /** The store has MAX_GREETINGS already (the server's 409). */
  full: (max: number) => `Not saved: a store keeps at most ${max} greetings. Remove one to add another.`,
  /** One line about each greeting in the list. */
  summary: {
    time_on_page: (seconds: number) => `After ${seconds} s on a page`,
    url_pattern: (pattern: string) => `On pages ${pattern}`,
    cart_value: (atLeast: number) => `When the cart reaches ${atLeast}`,
    second_visit: () => 'When a shopper comes back',
    exit_intent: () => 'When the pointer heads out (computers)',
  },
  /** The widget's languages, by code. */
  languages: {
    en: 'English',
    th: 'Thai',
    lo: 'Lao',
    fil: 'Filipino',
    ar: 'Arabic',
    vi: 'Vietnamese',
    id: 'Indonesian',
    ms: 'Malay',
    zh: 'Chinese',
    ja: 'Japanese',
    es: 'Spanish',
    pt: 'Portuguese',
  } satisfies Record<GreetingLanguage, string>,
}

export type GreetingMessages = typeof enGreetings
