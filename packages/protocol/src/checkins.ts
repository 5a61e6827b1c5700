import * as v from 'valibot'
import { clientString } from './strings.ts'

/**
 * The moments Attune asks how the shopper feels (EMPATHY.md): before, during and after the chat,
 * and `follow_up`, asked once after an agent followed up a chat that ended upset (issue 16).
 */
export const CheckInPhaseSchema = v.picklist(['before', 'during', 'after', 'follow_up'])
export type CheckInPhase = v.InferOutput<typeof CheckInPhaseSchema>

/** What raised a check-in. */
export const CheckInTriggerSchema = v.picklist([
  /** The shopper opened the chat (before). */
  'open',
  /** The shopper's last message waited `waitSeconds` without an agent reply (during). */
  'waiting',
  /** The frustration signal of the shopper's recent messages crossed its threshold (during). */
  'signal',
  /** The agent pressed "Check in" (during). */
  'agent',
  /** A long chat went without a check-in (during). */
  'long_chat',
  /** The agent resolved the conversation (after). */
  'resolved',
  /** The shopper pressed "End chat" (after). */
  'end_chat',
  /** An agent followed up a chat that ended upset; asked when the shopper next connects (follow_up). */
  'follow_up',
])
export type CheckInTrigger = v.InferOutput<typeof CheckInTriggerSchema>

/** Valence on five labelled faces: 1 very upset · 2 upset · 3 okay · 4 good · 5 very happy. */
export const MoodSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5))
export type Mood = 1 | 2 | 3 | 4 | 5

/** Why an upset shopper feels so; from the seeds' reasons for feeling unattended. */
export const ReasonSchema = v.picklist(['treatment', 'product', 'unreachable', 'experience', 'other'])
export type Reason = v.InferOutput<typeof ReasonSchema>

export const ResolvedAnswerSchema = v.picklist(['yes', 'partly', 'no'])
export type ResolvedAnswer = v.InferOutput<typeof ResolvedAnswerSchema>

/** Customer Effort Score 2.0: 1 strongly disagree … 7 strongly agree that it was easy. */
export const EffortSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(7))

const topic = v.pipe(clientString(), v.minLength(1), v.maxLength(60))
const comment = v.pipe(
  clientString(),
  v.transform((s) => s.trim()),
  v.maxLength(1000),
)

/** A shopper's answer to one check-in; which fields make sense depends on the phase. */
export const CheckInAnswerSchema = v.object({
  phase: CheckInPhaseSchema,
  mood: v.optional(MoodSchema),
  reason: v.optional(ReasonSchema),
  topic: v.optional(topic),
  /** During: "Do you feel we understand what you need?" */
  understood: v.optional(v.boolean()),
  resolved: v.optional(ResolvedAnswerSchema),
  effort: v.optional(EffortSchema),
  comment: v.optional(comment),
})
export type CheckInAnswer = v.InferOutput<typeof CheckInAnswerSchema>

export const FrustrationLevelSchema = v.picklist(['calm', 'concerned', 'frustrated'])
