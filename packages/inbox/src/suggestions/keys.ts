import type { GreetingLanguage } from '@attune/protocol'

/**
 * The suggestion catalog's keys. Reasons are the before check-in's (EMPATHY.md); `none` is an
 * upset shopper who gave no reason. `.ack` acknowledges an upset shopper's feeling for that
 * reason, `.next` is the step that follows in any mood; `okay.ack` greets a shopper who is fine.
 */
export const SUGGESTION_KEYS = [
  'treatment.ack',
  'treatment.next',
  'product.ack',
  'product.next',
  'unreachable.ack',
  'unreachable.next',
  'experience.ack',
  'experience.next',
  'other.ack',
  'other.next',
  'none.ack',
  'none.next',
  'okay.ack',
  /** The shopper has waited for an answer. */
  'signal.waiting',
  /** The shopper asks for a manager, a person or a refund. */
  'signal.escalation',
  /** The signal reads frustrated without a more specific cue. */
  'signal.frustrated',
  /** The shopper answered "Not yet" to "Do you feel we understand what you need?". */
  'notYet',
] as const

export type SuggestionKey = (typeof SUGGESTION_KEYS)[number]
export type SuggestionCatalog = Readonly<Record<SuggestionKey, string>>

/**
 * Languages with a written catalog, one file each here: the widget's, protocol's GREETING_LANGUAGES
 * (a test holds the two equal). A list of its own because importing that one brings the
 * greetings' schemas onto the inbox's first screen. Anything else falls back to English.
 */
export const SUGGESTION_LANGUAGES = [
  'en',
  'th',
  'fil',
  'lo',
  'id',
  'ms',
  'vi',
  'es',
  'pt',
  'zh',
  'ja',
  'ar',
] as const satisfies readonly GreetingLanguage[]
export type SuggestionLanguage = (typeof SUGGESTION_LANGUAGES)[number]
