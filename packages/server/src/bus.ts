import type { ServerFrame } from '@attune/protocol'
import { log } from './logger.ts'

/**
 * Fan-out between connections. In-process now; a Redis pub/sub adapter implements the same two
 * methods when several server processes serve one store. Delivery is at-most-once and may be out
 * of order across topics: subscribers that need every event (resume) fill gaps from the log.
 */
export interface Bus {
  publish(topic: string, frame: BusMessage): void
  subscribe(topic: string, handler: (frame: BusMessage) => void): () => void
}

/**
 * Tells a person's open inbox connections to close (they were removed, signed out, changed
 * their password, switched store): all of them, or those of one store or one session, or all
 * but one session's.
 */
export type RevokedMessage = {
  type: 'revoked'
  /** `ended`: the session is over, sign out. `changed`: reconnect to learn a new role or store. */
  reason: 'ended' | 'changed'
  siteId?: string
  sessionId?: string
  exceptSessionId?: string
}

/**
 * Something a process keeps in memory changed, so every process drops its copy: a store's
 * settings (origins, name, check-in settings, identity secret) or its webhooks (cache.ts), its
 * team's away and idle marks (gateway/presence.ts), or what an active conversation is kept with
 * beyond its events (active-conversations.ts): one conversation, or a shopper's every one.
 */
type ChangedMessage =
  | { type: 'changed'; what: 'site' | 'webhooks' | 'team'; siteId: string }
  | { type: 'changed'; what: 'conversation'; conversationId: string }
  | { type: 'changed'; what: 'visitor'; visitorId: string }

/**
 * This process is back on Redis after losing it (redis.ts): what the other processes published
 * meanwhile never arrived, so whoever needs every event reads it from the log. Heard in this
 * process only, on `topics.reconnected`; the memory bus never loses anything, so never says it.
 */
type ReconnectedMessage = { type: 'reconnected' }

/**
 * Whether this process reaches the other processes (redis.ts): told to a subscriber of `topics.link`
 * at once and at each change. The memory bus has no others, so never says it.
 */
type LinkMessage = { type: 'link'; linked: boolean }

/** What crosses the bus: frames for clients, and the server's own notices. */
export type BusMessage = ServerFrame | RevokedMessage | ChangedMessage | ReconnectedMessage | LinkMessage

export const topics = {
  conversation: (id: string) => `conversation:${id}`,
  site: (id: string) => `site:${id}`,
  /** Agents online for a store: visitors of that store listen. */
  presence: (siteId: string) => `presence:${siteId}`,
  /** Alerts for a store's managers, admins and owners (Permission.ReceiveAlerts); agents never listen. */
  alerts: (siteId: string) => `alerts:${siteId}`,
  /** A person's sessions: revocations. */
  person: (id: string) => `person:${id}`,
  /** A person's inboxes in one store: notices for them alone (a care offer, a hand-off). */
  member: (siteId: string, personId: string) => `member:${siteId}:${personId}`,
  /** Private notes of a store's conversations: its members' inboxes listen, a visitor never (decision 026). */
  notes: (siteId: string) => `notes:${siteId}`,
  /** Changes to what the processes keep in memory: stores, teams, active conversations (ChangedMessage). */
  changes: 'changes',
  /** This process is back on the shared bus (ReconnectedMessage); stays in the process. */
  reconnected: 'local:reconnected',
  /** Whether this process is on the shared bus both ways (LinkMessage); stays in the process. */
  link: 'local:link',
}

/** Topics that never leave the process, whatever carries the bus between processes. */
export const staysInProcess = (topic: string): boolean => topic.startsWith('local:')

export function createMemoryBus(): Bus {
  const handlers = new Map<string, Set<(frame: BusMessage) => void>>()
  return {
    publish(topic, frame) {
      for (const handler of [...(handlers.get(topic) ?? [])]) {
        // One faulty subscriber must not stop the others from hearing the event.
        try {
          handler(frame)
        } catch (error) {
          log.error({ err: error, topic }, 'bus handler failed')
        }
      }
    },
    subscribe(topic, handler) {
      let set = handlers.get(topic)
      if (!set) handlers.set(topic, (set = new Set()))
      set.add(handler)
      return () => {
        set.delete(handler)
        if (set.size === 0 && handlers.get(topic) === set) handlers.delete(topic)
      }
    },
  }
}
