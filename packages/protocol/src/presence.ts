import * as v from 'valibot'

/*
 * Who on a store's team is there to answer (issue 14). A person is online while an inbox of
 * theirs is open, away when they said so or left it idle, offline when none is open. The server
 * decides from their sockets and what the inbox tells it; the rules below are the one home of it.
 */

/** A person's presence in one store, as a closed set. */
export const PresenceStatus = {
  /** An inbox is open and in use: new conversations may be assigned to them. */
  Online: 'online',
  /** An inbox is open, but they chose "Away" or left it idle: nothing new is assigned. */
  Away: 'away',
  /** No inbox of theirs is open. */
  Offline: 'offline',
} as const
export type PresenceStatus = (typeof PresenceStatus)[keyof typeof PresenceStatus]
export const PRESENCE_STATUSES = Object.values(PresenceStatus) as readonly PresenceStatus[]

/** An inbox with no pointer or keyboard input for this long tells the server its person is away. */
export const IDLE_AFTER_MS = 10 * 60 * 1000

/** Whether an inbox whose last input was at `lastInputAt` is idle at `now` (both ms since the epoch). */
export function isIdle(lastInputAt: number, now: number): boolean {
  return now - lastInputAt >= IDLE_AFTER_MS
}

/** What the server knows of one person in one store. */
export type PresenceFacts = {
  /** Whether at least one inbox of theirs is open (on any process). */
  connected: boolean
  /** They picked "Away" and have not picked "Online" since. */
  away: boolean
  /** Their inbox said it has been idle for IDLE_AFTER_MS. */
  idle: boolean
}

/** A person's presence from the facts: a closed inbox wins, then their choice or idleness. */
export function presenceOf(facts: PresenceFacts): PresenceStatus {
  if (!facts.connected) return PresenceStatus.Offline
  return facts.away || facts.idle ? PresenceStatus.Away : PresenceStatus.Online
}

/** `PUT /api/presence`: the person's choice in the "Status" menu, or their inbox going idle or active. */
export const PresenceUpdateSchema = v.pipe(
  v.object({
    status: v.optional(v.picklist([PresenceStatus.Online, PresenceStatus.Away], 'A status is "online" or "away".')),
    idle: v.optional(v.boolean()),
  }),
  v.check((u) => u.status !== undefined || u.idle !== undefined, 'Send a status, idle, or both.'),
)
export type PresenceUpdate = v.InferOutput<typeof PresenceUpdateSchema>

/** One member's presence; members not listed are offline. */
export const MemberPresenceSchema = v.object({ id: v.string(), status: v.picklist(PRESENCE_STATUSES) })
export type MemberPresence = v.InferOutput<typeof MemberPresenceSchema>

/** `GET /api/presence` and `PUT /api/presence`: the team's presence and the caller's own choice. */
export const PresenceResponseSchema = v.object({
  people: v.array(MemberPresenceSchema),
  /** What the caller picked in the "Status" menu (idle or not). */
  chosen: v.picklist([PresenceStatus.Online, PresenceStatus.Away]),
})
export type PresenceResponse = v.InferOutput<typeof PresenceResponseSchema>

/** Pushed to the store's inboxes when someone's presence changes: the whole team's, small. */
export const TeamFrameSchema = v.object({ type: v.literal('team'), people: v.array(MemberPresenceSchema) })
export type TeamFrame = v.InferOutput<typeof TeamFrameSchema>
