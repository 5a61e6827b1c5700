import * as v from 'valibot'
import { pathPatternProblem } from '../path-pattern.ts'
import { clientString } from '../strings.ts'

/**
 * Proactive greetings (issue 15): a store's triggers, each with a short message the widget shows
 * beside the launcher, once per visit, in the shopper's language. Off until the store turns one on.
 * `GET /api/greetings`, `POST /api/greetings`, `PUT /api/greetings/:id`, `DELETE /api/greetings/:id`
 * (owner and admin); the widget learns the enabled ones from `GET /api/sites/:key/launcher`.
 */

/**
 * The widget's languages (packages/widget/src/i18n/catalogs.ts; a widget test holds the two
 * lists equal): a greeting has a text in one or more of them.
 */
export const GREETING_LANGUAGES = ['en', 'th', 'lo', 'fil', 'ar', 'vi', 'id', 'ms', 'zh', 'ja', 'es', 'pt'] as const
export type GreetingLanguage = (typeof GREETING_LANGUAGES)[number]
const GreetingLanguageSchema = v.picklist(GREETING_LANGUAGES, `A language is one of ${GREETING_LANGUAGES.join(', ')}.`)

/** The longest greeting: a sentence or two in a bubble. */
export const MAX_GREETING_TEXT = 200
/** The most triggers one store keeps. */
export const MAX_GREETINGS = 20
/** The longest wait a time-on-page trigger may ask for (an hour). */
export const MAX_TIME_ON_PAGE = 3600

/** What makes a greeting show; the widget watches for it (packages/widget/src/greeting/triggers.ts). */
export const GreetingConditionSchema = v.variant('kind', [
  /** The shopper has been on the page this many seconds. */
  v.object({
    kind: v.literal('time_on_page'),
    seconds: v.pipe(
      v.number(),
      v.integer('Seconds are a whole number.'),
      v.minValue(1, 'At least 1 second.'),
      v.maxValue(MAX_TIME_ON_PAGE, `At most ${MAX_TIME_ON_PAGE} seconds.`),
    ),
  }),
  /** The page's path matches a pattern such as `/checkout*` (path-pattern.ts). */
  v.object({
    kind: v.literal('url_pattern'),
    pattern: v.pipe(
      clientString(),
      v.check(
        (pattern) => pathPatternProblem(pattern) === null,
        (issue) => pathPatternProblem(String(issue.input)) ?? 'Not a page pattern.',
      ),
    ),
  }),
  /** The cart the store reports with `Attune('update', { cart })` is worth at least this much. */
  v.object({
    kind: v.literal('cart_value'),
    atLeast: v.pipe(v.number(), v.finite(), v.minValue(0, 'A cart value is 0 or more.')),
  }),
  /** The shopper comes back: their second visit or a later one (a visit lasts as long as the tab's session). */
  v.object({ kind: v.literal('second_visit') }),
  /** On a desktop, the pointer leaves the page through the top (towards the tabs or the address bar). */
  v.object({ kind: v.literal('exit_intent') }),
])
export type GreetingCondition = v.InferOutput<typeof GreetingConditionSchema>
export type GreetingKind = GreetingCondition['kind']

const GreetingTextSchema = v.pipe(
  clientString(),
  v.transform((text) => text.trim()),
  v.minLength(1, 'A greeting needs its text.'),
  v.maxLength(MAX_GREETING_TEXT, `A greeting is at most ${MAX_GREETING_TEXT} characters.`),
)

const GreetingFields = {
  condition: GreetingConditionSchema,
  /** The store's language for this greeting: its text is shown when the shopper's language has none. */
  language: GreetingLanguageSchema,
  /** The text in each language the store wrote it in; `language`'s is required. */
  texts: v.record(GreetingLanguageSchema, GreetingTextSchema),
}

/** What the widget gets of an enabled greeting. */
export const GreetingOfferSchema = v.object({ id: v.string(), ...GreetingFields })
export type GreetingOffer = v.InferOutput<typeof GreetingOfferSchema>

/** A greeting as the inbox edits it. */
export const GreetingSchema = v.object({ ...GreetingOfferSchema.entries, enabled: v.boolean() })
export type Greeting = v.InferOutput<typeof GreetingSchema>

/** The body of `POST /api/greetings` and `PUT /api/greetings/:id`; a new greeting is off unless `enabled` says otherwise. */
export const GreetingRequestSchema = v.pipe(
  v.object({ ...GreetingFields, enabled: v.optional(v.boolean(), false) }),
  v.forward(
    v.check((greeting) => greeting.texts[greeting.language] !== undefined, 'Write the greeting in its own language first.'),
    ['texts'],
  ),
)
export type GreetingRequest = v.InferInput<typeof GreetingRequestSchema>

/** `GET /api/greetings`: the store's greetings, oldest first. */
export const GreetingsResponseSchema = v.object({ greetings: v.array(GreetingSchema) })
export type GreetingsResponse = v.InferOutput<typeof GreetingsResponseSchema>

/** The answer to a `POST` or `PUT`: the greeting as stored. */
export const GreetingResponseSchema = v.object({ greeting: GreetingSchema })
export type GreetingResponse = v.InferOutput<typeof GreetingResponseSchema>
