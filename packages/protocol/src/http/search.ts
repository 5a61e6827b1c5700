import * as v from 'valibot'
import { ConversationSummarySchema } from '../events.ts'

/**
 * `GET /api/conversations/search` (issue 14): the inbox's conversation search and its "Resolved"
 * list, one route. Without `q` it lists the conversations of `status`; with `q` it finds them by
 * the words of shopper and agent messages, or by the shopper's name, email or order id.
 * Newest activity first, a page at a time; `next` is the cursor of the page after.
 */

/** How many conversations one page holds. */
export const SEARCH_PAGE_SIZE = 20

/** Longest search text: a sentence, never a pasted transcript. */
export const SEARCH_MAX_LENGTH = 200

export const SearchStatusSchema = v.picklist([
  /** Conversations still going on. */
  'open',
  /** Conversations an agent (or the shopper) ended: the "Resolved" view. */
  'resolved',
  /** Both. */
  'all',
])
export type SearchStatus = v.InferOutput<typeof SearchStatusSchema>

export const ConversationSearchQuerySchema = v.object({
  /** The words to find; blank or absent: every conversation of `status`. */
  q: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(SEARCH_MAX_LENGTH, `Search at most ${SEARCH_MAX_LENGTH} characters.`)), ''),
  status: v.optional(SearchStatusSchema, 'all'),
  /** Only conversations with this tag of the store's. */
  tag: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60))),
  /** The `next` of the page before. */
  before: v.optional(v.pipe(v.string(), v.maxLength(200))),
})
export type ConversationSearchQuery = v.InferOutput<typeof ConversationSearchQuerySchema>

/** Where in a conversation the search text was found. */
export const SearchMatchSchema = v.picklist(['message', 'name', 'email', 'order'])
export type SearchMatch = v.InferOutput<typeof SearchMatchSchema>

/**
 * A few words around a match in a message. `marks` are [start, end) offsets in UTF-16 code units
 * of `text` (JavaScript's string indexes) to highlight; the text is plain, never HTML.
 */
export const SnippetSchema = v.object({
  text: v.string(),
  marks: v.array(v.tuple([v.number(), v.number()])),
})
export type Snippet = v.InferOutput<typeof SnippetSchema>

export const SearchResultSchema = v.object({
  conversation: ConversationSummarySchema,
  /** The shopper's name and email as the store identified them, or null. */
  shopper: v.object({ name: v.nullable(v.string()), email: v.nullable(v.string()) }),
  /** What matched, or null when there is no search text. */
  match: v.nullable(SearchMatchSchema),
  /** For a message match: where in the newest matching message. */
  snippet: v.nullable(SnippetSchema),
})
export type SearchResult = v.InferOutput<typeof SearchResultSchema>

export const ConversationSearchResponseSchema = v.object({
  results: v.array(SearchResultSchema),
  /** Pass as `before` for the next page; null on the last page. */
  next: v.nullable(v.string()),
})
export type ConversationSearchResponse = v.InferOutput<typeof ConversationSearchResponseSchema>
