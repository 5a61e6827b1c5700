import * as v from 'valibot'
import { clientString } from '../strings.ts'
import { GREETING_LANGUAGES, type GreetingLanguage } from './greetings.ts'

/**
 * Canned replies (issue 14): a store's saved answers, each under a `/shortcut` an agent types in
 * the reply box, written in one or more of the widget's languages. The inbox inserts the one in
 * the shopper's language, its placeholders filled, for the agent to edit; it is never sent alone.
 * `GET /api/canned-replies` (everyone who converses), `POST /api/canned-replies`,
 * `PUT /api/canned-replies/:id`, `DELETE /api/canned-replies/:id` (managers, admins, owners:
 * decision 027).
 */

/** The languages a canned reply may be written in: the widget's, as a greeting's. */
export type CannedLanguage = GreetingLanguage
const CannedLanguageSchema = v.picklist(GREETING_LANGUAGES, `A language is one of ${GREETING_LANGUAGES.join(', ')}.`)

/** What a text may name in braces, filled when the reply is inserted (`{shopper_name}`). */
export const CANNED_PLACEHOLDERS = ['shopper_name', 'agent_name', 'store_name'] as const
export type CannedPlaceholder = (typeof CANNED_PLACEHOLDERS)[number]

/** The longest shortcut, without its slash. */
export const MAX_CANNED_SHORTCUT = 32
/** The longest title. */
export const MAX_CANNED_TITLE = 80
/** The longest text: as long as a message may be is too long for an answer kept to reuse. */
export const MAX_CANNED_TEXT = 1000
/** The most canned replies one store keeps. */
export const MAX_CANNED_REPLIES = 200

/** `{word}` in a text: a placeholder, known or not. */
const BRACED = /\{([^{}\s]*)\}/g

/** The placeholders a text names that are not CANNED_PLACEHOLDERS, in order, each once. */
export function unknownPlaceholders(text: string): string[] {
  const names = [...text.matchAll(BRACED)].map((m) => m[1]!)
  return [...new Set(names.filter((name) => !(CANNED_PLACEHOLDERS as readonly string[]).includes(name)))]
}

const known = CANNED_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')

const CannedTextSchema = v.pipe(
  clientString(),
  v.transform((text) => text.trim()),
  v.minLength(1, 'A canned reply needs its text.'),
  v.maxLength(MAX_CANNED_TEXT, `A canned reply is at most ${MAX_CANNED_TEXT} characters.`),
  v.check(
    (text) => unknownPlaceholders(text).length === 0,
    (issue) =>
      `Unknown placeholder ${unknownPlaceholders(String(issue.input))
        .map((name) => `{${name}}`)
        .join(', ')}: use ${known}.`,
  ),
)

const CannedFields = {
  title: v.pipe(
    clientString(),
    v.transform((title) => title.trim()),
    v.minLength(1, 'A canned reply needs a title.'),
    v.maxLength(MAX_CANNED_TITLE, `A title is at most ${MAX_CANNED_TITLE} characters.`),
  ),
  /** Without the slash: lowercase letters, digits and dashes, unique in the store. */
  shortcut: v.pipe(
    clientString(),
    v.transform((shortcut) => shortcut.trim().replace(/^\//, '')),
    v.minLength(1, 'A canned reply needs a shortcut.'),
    v.maxLength(MAX_CANNED_SHORTCUT, `A shortcut is at most ${MAX_CANNED_SHORTCUT} characters.`),
    v.regex(/^[a-z0-9-]+$/, 'A shortcut is lowercase letters, digits and dashes, like /refund-policy.'),
  ),
  /** The reply's own language: its text is inserted when the shopper's language has none. */
  language: CannedLanguageSchema,
  /** The text in each language the store wrote it in; `language`'s is required. */
  texts: v.record(CannedLanguageSchema, CannedTextSchema),
}

/** A canned reply as stored. */
export const CannedReplySchema = v.object({ id: v.string(), ...CannedFields })
export type CannedReply = v.InferOutput<typeof CannedReplySchema>

/** The body of `POST /api/canned-replies` and `PUT /api/canned-replies/:id`. */
export const CannedReplyRequestSchema = v.pipe(
  v.object(CannedFields),
  v.forward(
    v.check((reply) => reply.texts[reply.language] !== undefined, 'Write the reply in its own language first.'),
    ['texts'],
  ),
)
export type CannedReplyRequest = v.InferInput<typeof CannedReplyRequestSchema>

/** `GET /api/canned-replies`: the store's canned replies, by shortcut. */
export const CannedRepliesResponseSchema = v.object({ cannedReplies: v.array(CannedReplySchema) })
export type CannedRepliesResponse = v.InferOutput<typeof CannedRepliesResponseSchema>

/** The answer to a `POST` or `PUT`: the canned reply as stored. */
export const CannedReplyResponseSchema = v.object({ cannedReply: CannedReplySchema })
export type CannedReplyResponse = v.InferOutput<typeof CannedReplyResponseSchema>
