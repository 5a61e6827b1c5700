import type { ReadableAtom } from 'nanostores'
import type { Attachment, ShopperContext, ToldUs } from '@attune/protocol'
import type { AwaitingReply } from './awaiting.ts'
import type { ActiveCheckIn, CheckInFields, CheckInOptions } from './checkin.ts'
import type { ConnectionStatus } from './connection.ts'
import type { ClientEvents } from './emitter.ts'
import type { Clock, StorageLike, WakeSource, WebSocketConstructor } from './platform.ts'
import type { SiteInfo } from './site.ts'
import type { TabPlatform } from './tabs.ts'
import type { TimelineItem } from './timeline.ts'
import type { Typist } from './typing.ts'
import type { FileLike, Uploader } from './upload.ts'
import type { MailPath } from './mail.ts'

// The shopper's client, as stores program against it (implemented in visitor-client.ts).

export interface ClientOptions {
  /** The Attune server, e.g. `https://chat.example.com`. */
  server: string
  /** The store's public site key. */
  siteKey: string
  /** Where the visitor token and the outbox persist. Default: localStorage, else memory. */
  storage?: StorageLike
  /** Default: the global WebSocket. In Node 20 pass `WebSocket` from the `ws` package. */
  WebSocket?: WebSocketConstructor
  clock?: Clock
  random?: () => number
  /** How tabs share one connection. Default: BroadcastChannel + Web Locks where both exist. */
  tabs?: TabPlatform | false
  /** When to skip the reconnect backoff. Default: `online` and the page becoming visible. */
  wake?: WakeSource | false
  /** Events loaded per page of history. Default 50. */
  pageSize?: number
  /** How files are uploaded. Default: fetch; `xhrUploader` reports progress. */
  uploader?: Uploader
  /**
   * The token of a reply email's `#attune-resume=` link the page was opened from (issue 15): the
   * connection adopts that conversation's shopper as it connects; a link that expired opens the
   * chat as it was on this device.
   */
  reopen?: string
}

/** Who the shopper is, as the store's own login knows them (see `identify`). */
export interface VisitorIdentity {
  id: string
  /** HMAC-SHA256 of `id` with the store's identity secret, hex, computed on the store's server. */
  userHash: string
  name?: string
  email?: string
}

/** A shopper's chat with one store. Read the stores, call the actions. */
export interface ChatClient {
  readonly $status: ReadableAtom<ConnectionStatus>
  /** Messages and notices of the conversation, oldest first, pending sends last. */
  readonly $timeline: ReadableAtom<TimelineItem[]>
  /** True while older messages can be loaded with `loadOlder()`. */
  readonly $hasOlder: ReadableAtom<boolean>
  /** Agent messages the shopper has not read (see markRead). */
  readonly $unread: ReadableAtom<number>
  /** The agent who is typing (named as their messages are, when they have a name), or null. */
  readonly $agentTyping: ReadableAtom<Typist | null>
  /** The store's public details, from the server's welcome: null until the first one. */
  readonly $site: ReadableAtom<SiteInfo | null>
  /** The check-in card to show now (before, during or after the chat), or null. */
  readonly $checkIn: ReadableAtom<ActiveCheckIn | null>
  /** Since when the shopper's last message has waited for an answer, or null. */
  readonly $awaitingReply: ReadableAtom<AwaitingReply | null>
  /** How many of the store's agents are online, once the server has said. */
  readonly $agentsOnline: ReadableAtom<number | null>
  /**
   * Once, for an identified shopper whose after-chat comment the store acted on: their comment and
   * the store's note ("You told us …, we …", issue 16); null otherwise, or once dismissed.
   */
  readonly $toldUs: ReadableAtom<ToldUs | null>
  /** The shopper read "You told us …": it goes, for good (the server tells it once). */
  dismissToldUs(): void
  connect(): void
  /**
   * Queues a message (shown at once as sending) and returns its client id. Text may be empty
   * when it carries files uploaded with `upload`.
   */
  send(text: string, options?: { attachments?: Attachment[] }): string
  /** Uploads a file; attach the result to a `send`. Refused files fail with `invalid_input`. */
  upload(file: FileLike, options?: { onProgress?: (sent: number, total: number) => void }): Promise<Attachment>
  /**
   * The shopper's mail (issue 15), one method for its four routes (bytes: the panel carries it):
   * `mail('visitor/email', { email })` — where to be told of replies, `null` forgets it, a bad
   * address fails with `invalid_input`; `mail('visitor/email', {})` — resolves with the
   * `VisitorEmailResponse` (the address left, the identified one); `mail('transcript', { email? })` — a copy of the chat the
   * timeline ends with (the server's pick: the shopper's newest conversation with a line); `mail('transcript/text', { timeZone? })` — resolves with its text, whole
   * (`TranscriptTextResponse`, the download's chat.txt); `mail('resume', { token })` — adopts the
   * shopper of a reply email's `#attune-resume=` link, before `connect` (the `reopen` option does
   * it in the connection's first hello, without a request of its own).
   */
  mail(path: MailPath, body: { email?: string | null; token?: string; timeZone?: string }): Promise<unknown>
  /** The shopper moved to another page (single-page apps call it on every route change). */
  setPage(page: { url: string; title?: string }): void
  /** Facts the store wants its agents to see (cart total, plan, returning customer…). */
  update(attributes: NonNullable<ShopperContext['attributes']>): void
  /** Sends a failed message again, by its timeline key. */
  retry(key: string): void
  /** Loads the page of messages before the oldest one shown. */
  loadOlder(): void
  markRead(): void
  setTyping(typing: boolean): void
  /** Tells the server the shopper opened the chat: it may ask the before-chat check-in. */
  openChat(context?: { page?: string; locale?: string; checkIns?: { before?: boolean; during?: boolean; after?: boolean } }): void
  /** Answers the current check-in; with `{ final: false }` the card stays for its next step. */
  answerCheckIn(fields: CheckInFields, options?: CheckInOptions): void
  /** Skips the current check-in; `{ forever: true }` means "don't ask me again". */
  skipCheckIn(options?: { forever?: boolean }): void
  /** The shopper's "End chat": resolves the conversation and brings the after-chat card. */
  endChat(): void
  /** The shopper signed in to the store: their anonymous chat joins their account's. */
  identify(identity: VisitorIdentity): void
  /** The shopper signed out: this device forgets them, in every tab, and starts anonymous. */
  logout(): void
  on<E extends keyof ClientEvents>(event: E, listener: ClientEvents[E]): () => void
  destroy(): void
}
