import * as v from 'valibot'
import type { Mood } from './checkins.ts'

/*
 * The agents are people too (issue 16): after a hard conversation the agent who handled it is
 * offered the same five faces, and a conversation can be handed to a manager in one step. What
 * travels on the inbox's socket for it lives here; the HTTP shapes are in http/agent-care.ts.
 */

/** An answer this low (upset or very upset) is met with the suggestion of a short break. */
export const CARE_BREAK_AT_MOST: Mood = 2

/** Whether an agent's answer is low enough to suggest a short break. */
export const suggestsBreak = (mood: number): boolean => mood <= CARE_BREAK_AT_MOST

/** Offered to the agent who handled a hard conversation: answer it with POST /api/care/answers. */
const CareOfferNoticeSchema = v.object({
  kind: v.literal('care.offer'),
  offerId: v.string(),
  conversationId: v.string(),
})

/** Sent to the store's managers, admins and owner: an agent handed a conversation to them. */
const HandoffNoticeSchema = v.object({
  kind: v.literal('handoff'),
  conversationId: v.string(),
  /** The agent's name. */
  by: v.string(),
})

/**
 * Sent to an agent a conversation was taken from because a shopper wrote while they were not
 * there (team/assignment.ts): their list drops it, and this says why and where it went.
 */
const HandedOnNoticeSchema = v.object({
  kind: v.literal('handed_on'),
  conversationId: v.string(),
  /** The shopper's, for the label the inbox's rows give them ("Visitor 3f2a"): the list no longer holds it. */
  visitorId: v.string(),
  /** The new assignee's name; null: back to "Unassigned". */
  to: v.nullable(v.string()),
  /** 'away': they had picked Away; 'offline': every inbox of theirs was closed past the grace. */
  why: v.picklist(['away', 'offline']),
})

export const NoticeSchema = v.variant('kind', [CareOfferNoticeSchema, HandoffNoticeSchema, HandedOnNoticeSchema])
export type Notice = v.InferOutput<typeof NoticeSchema>

/** Something for one person's open inbox only, never the whole store's (unlike `conversation`). */
export const NoticeFrameSchema = v.object({ type: v.literal('notice'), notice: NoticeSchema })
export type NoticeFrame = v.InferOutput<typeof NoticeFrameSchema>
