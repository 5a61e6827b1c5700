import type { ClientFrameInput, ServerFrame } from '@attune/protocol'
import type { ConnectionStatus } from './connection.ts'

/** What the tabs of one shopper say to each other (over a BroadcastChannel). */
export type TabMessage =
  /** A tab joined and asks the leader for the current state. */
  | { t: 'hello' }
  /** The leader's connection status. */
  | { t: 'status'; status: ConnectionStatus }
  /** A frame the leader received from the server. */
  | { t: 'frame'; frame: ServerFrame }
  /** A frame a follower wants the leader to send. */
  | { t: 'send'; frame: ClientFrameInput }
  /** This tab marked the conversation read (unread counts stay in step). */
  | { t: 'read'; conversationId: string; seq: number }
  /** The shopper logged out in this tab: every tab forgets them. */
  | { t: 'logout' }

/** The subset of BroadcastChannel used; injectable for tests and other runtimes. */
export interface ChannelLike {
  postMessage(message: unknown): void
  onmessage: ((event: { data: unknown }) => void) | null
  close(): void
}

/** The subset of the Web Locks API used (navigator.locks). */
export interface LocksLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>
}

export interface TabPlatform {
  channel: (name: string) => ChannelLike
  locks: LocksLike
}

/**
 * The browser's BroadcastChannel and Web Locks when both exist; otherwise null and every client
 * holds its own connection (Node, old browsers, tests that do not inject them).
 */
export function defaultTabPlatform(): TabPlatform | null {
  const g = globalThis as unknown as {
    BroadcastChannel?: new (name: string) => ChannelLike
    navigator?: { locks?: LocksLike }
  }
  const Channel = g.BroadcastChannel
  const locks = g.navigator?.locks
  if (!Channel || !locks) return null
  return { channel: (name) => new Channel(name), locks }
}

export interface TabGroup {
  /** Calls back when this tab becomes the leader (holds the lock); never, if it stays a follower. */
  lead(onLead: () => void): void
  post(message: TabMessage): void
  /** Leaves the group: the lock (if held) passes to another tab. */
  leave(): void
}

/**
 * The shopper's open tabs as a group with one leader, elected by an exclusive Web Lock: the tab
 * holding it keeps the connection; when it closes, the browser releases the lock and the next
 * waiting tab takes over (no timers, no heartbeats between tabs).
 */
export function joinTabGroup(platform: TabPlatform, name: string, onMessage: (message: TabMessage) => void): TabGroup {
  const channel = platform.channel(name)
  let release: (() => void) | null = null
  let left = false
  channel.onmessage = (event) => onMessage(event.data as TabMessage)
  return {
    lead: (onLead) =>
      void platform.locks.request(`${name}:leader`, () => {
        if (left) return Promise.resolve()
        onLead()
        return new Promise<void>((done) => (release = done))
      }),
    post: (message) => {
      if (!left) channel.postMessage(message)
    },
    leave: () => {
      left = true
      release?.()
      channel.close()
    },
  }
}
