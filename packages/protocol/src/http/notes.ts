import * as v from 'valibot'
import { clientString } from '../strings.ts'
import { MAX_TEXT_LENGTH } from '../version.ts'

/**
 * Private notes and tags (issue 14). A note is for the store's team alone: it is never an event
 * of the conversation's log, so no visitor stream, resume, transcript, webhook or export can
 * carry one (decision 026).
 */

/** One private note on a conversation. */
export const NoteSchema = v.object({
  id: v.string(),
  conversationId: v.string(),
  /** The member who wrote it; the name as it was then. */
  author: v.object({ id: v.string(), name: v.string() }),
  text: v.string(),
  /** ISO 8601. */
  at: v.string(),
})
export type Note = v.InferOutput<typeof NoteSchema>

/** `POST /api/conversations/:id/notes`. */
export const NoteRequestSchema = v.object({
  text: v.pipe(
    clientString(),
    v.trim(),
    v.minLength(1, 'A note needs some text.'),
    v.maxLength(MAX_TEXT_LENGTH, `A note is at most ${MAX_TEXT_LENGTH} characters.`),
  ),
})
export type NoteRequest = v.InferOutput<typeof NoteRequestSchema>

/** `GET /api/conversations/:id/notes`: oldest first. */
export const NotesResponseSchema = v.object({ notes: v.array(NoteSchema) })
export type NotesResponse = v.InferOutput<typeof NotesResponseSchema>

/** A tag is a short label; its case is kept but two tags differing only in case are one. */
export const MAX_TAG_LENGTH = 40
/** Tags on one conversation: enough to sort by, few enough to read on a list row. */
export const MAX_TAGS = 10

export const TagSchema = v.pipe(
  clientString(),
  v.trim(),
  v.minLength(1, 'A tag needs some text.'),
  v.maxLength(MAX_TAG_LENGTH, `A tag is at most ${MAX_TAG_LENGTH} characters.`),
  v.check((s) => !/[\n\r\t]/.test(s), 'A tag is one line.'),
)

/** `PUT /api/conversations/:id/tags`: the conversation's whole list of tags, in order. */
export const ConversationTagsRequestSchema = v.object({
  tags: v.pipe(v.array(TagSchema), v.maxLength(MAX_TAGS, `A conversation has at most ${MAX_TAGS} tags.`)),
})
export type ConversationTagsRequest = v.InferOutput<typeof ConversationTagsRequestSchema>

/** `GET /api/tags` (the store's tags, for suggestions and the list's filter) and the PUT's answer. */
export const TagsResponseSchema = v.object({ tags: v.array(v.string()) })
export type TagsResponse = v.InferOutput<typeof TagsResponseSchema>

/** A note was written: pushed to the store's members' inboxes only (never to a visitor). */
export const NoteFrameSchema = v.object({ type: v.literal('note'), note: NoteSchema })
export type NoteFrame = v.InferOutput<typeof NoteFrameSchema>
