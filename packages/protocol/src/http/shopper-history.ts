import * as v from 'valibot'
import { MoodSchema, ResolvedAnswerSchema, type Mood } from '../checkins.ts'

/**
 * `GET /api/conversations/:id/shopper-history`: the shopper's earlier chats with this store, for
 * the agent's empathy card (issue 16, "the shopper over time"). The words of its one-line summary
 * are the inbox's; the counting behind them is @attune/empathy's `historyDigest`.
 */

/** How many earlier chats the card lists: enough to see a pattern, few enough to read at a glance. */
export const SHOPPER_HISTORY_LIMIT = 10

// MoodSchema's output is a number; the answer's moods are the Mood union.
const MoodValue = v.nullable(v.custom<Mood>((input) => v.is(MoodSchema, input), 'A mood is 1 to 5.'))

/** One earlier chat: how the shopper came in and left, and why. */
export const EarlierChatSchema = v.object({
  id: v.string(),
  /** ISO 8601; the inbox formats it with Intl in the agent's language. */
  startedAt: v.string(),
  moodBefore: MoodValue,
  moodAfter: MoodValue,
  /** The reason chip of the before (or after) answer. */
  reason: v.nullable(v.string()),
  /** The topic ("What is it about?"), a store-configured id. */
  topic: v.nullable(v.string()),
  /** "Was your question resolved?" */
  resolved: v.nullable(ResolvedAnswerSchema),
})
export type EarlierChat = v.InferOutput<typeof EarlierChatSchema>

export const ShopperHistoryResponseSchema = v.object({
  /**
   * `shopper`: the store's signed identity, so chats on every device count; `device`: an
   * anonymous visitor, so only chats from this browser are known ("on this device").
   */
  scope: v.picklist(['shopper', 'device']),
  /** Newest first, at most SHOPPER_HISTORY_LIMIT, the conversation asked about left out. */
  chats: v.array(EarlierChatSchema),
  /** All earlier chats, which may be more than the list holds. */
  total: v.number(),
})
export type ShopperHistoryResponse = v.InferOutput<typeof ShopperHistoryResponseSchema>
