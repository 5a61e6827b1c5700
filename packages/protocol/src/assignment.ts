import * as v from 'valibot'
import type { EmpathySnapshot } from './events.ts'
import { can, type Role } from './roles.ts'

/*
 * Who answers which conversation (issue 14): a new one goes to an available person by round
 * robin, or waits in "Unassigned"; anyone may take a waiting one, managers and up assign, the
 * assignee transfers with a note. The HTTP shapes and the rule of who sees what live here.
 */

/** How a store hands out new conversations, as a closed set. */
export const AssignmentMode = {
  /** To an available person (online, under the limit), by round robin; an upset shopper to the one with most room. */
  Auto: 'auto',
  /** Every new conversation waits in "Unassigned" until someone takes it or a manager assigns it. */
  Manual: 'manual',
} as const
export type AssignmentMode = (typeof AssignmentMode)[keyof typeof AssignmentMode]

/** The most open conversations one person is given automatically, unless the store says otherwise. */
export const DEFAULT_ASSIGNMENT_LIMIT = 5
/** The range a store's limit may take. */
export const ASSIGNMENT_LIMIT_RANGE = { min: 1, max: 50 } as const

/** `GET`/`PUT /api/store/assignment`: the store's mode and per-person limit of open conversations. */
export const AssignmentSettingsSchema = v.object({
  mode: v.picklist(Object.values(AssignmentMode), 'The mode is "auto" or "manual".'),
  limit: v.pipe(
    v.number(),
    v.integer('The limit is a whole number.'),
    v.minValue(ASSIGNMENT_LIMIT_RANGE.min, `The limit is at least ${ASSIGNMENT_LIMIT_RANGE.min}.`),
    v.maxValue(ASSIGNMENT_LIMIT_RANGE.max, `The limit is at most ${ASSIGNMENT_LIMIT_RANGE.max}.`),
  ),
})
export type AssignmentSettings = v.InferOutput<typeof AssignmentSettingsSchema>

export const DEFAULT_ASSIGNMENT: AssignmentSettings = { mode: AssignmentMode.Auto, limit: DEFAULT_ASSIGNMENT_LIMIT }

/** The longest note a transfer carries. */
export const MAX_TRANSFER_NOTE = 500

/** `POST /api/conversations/:id/assign`: a manager (or up) gives the conversation to a member. */
export const AssignRequestSchema = v.object({ personId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) })
export type AssignRequest = v.InferOutput<typeof AssignRequestSchema>

/** `POST /api/conversations/:id/transfer`: the assignee hands it on, with a note for the next person. */
export const TransferRequestSchema = v.object({
  personId: AssignRequestSchema.entries.personId,
  note: v.pipe(
    v.string(),
    v.transform((s) => s.trim()),
    v.maxLength(MAX_TRANSFER_NOTE, `A note is at most ${MAX_TRANSFER_NOTE} characters.`),
  ),
})
export type TransferRequest = v.InferOutput<typeof TransferRequestSchema>

/** The conversation's new assignee, as take, assign and transfer answer. */
export const AssignmentResponseSchema = v.object({ assignee: v.object({ id: v.string(), name: v.string() }) })
export type AssignmentResponse = v.InferOutput<typeof AssignmentResponseSchema>

/**
 * Whether a member may see (list, open, answer) a conversation: managers and up see all; an
 * agent sees their own and the unassigned ones. `assigneeId` null means unassigned.
 */
export function maySee(role: Role, personId: string, assigneeId: string | null): boolean {
  return can(role, 'see_all_conversations') || assigneeId === null || assigneeId === personId
}

/** An upset shopper goes first to the person with the most room: a low mood before, or a frustration signal. */
export function isUpset(empathy: EmpathySnapshot | null | undefined): boolean {
  if (!empathy) return false
  return (empathy.moodBefore !== null && empathy.moodBefore <= 2) || empathy.signal.level !== 'calm'
}
