import { atom, computed, onMount, type ReadableAtom } from 'nanostores'
import { PROTOCOL_VERSION, type ServerFrame } from '@attune/protocol'
import { awaitingReply, type AwaitingReply } from './awaiting.ts'
import { createCheckIns, type ActiveCheckIn, type CheckInFields, type CheckInOptions } from './checkin.ts'
import { createConnection, type ConnectionStatus } from './connection.ts'
import { createConversationLog, validateText } from './conversation.ts'
import { AttuneError, AttuneErrorCode, toErrorCode } from './errors.ts'
import { createEmitter, type ClientEvents } from './emitter.ts'
import { createOutbox, toPending } from './outbox.ts'
import {
  defaultStorage,
  randomId,
  requireWebSocket,
  systemClock,
  type Clock,
  type FetchLike,
  type StorageLike,
  type WebSocketConstructor,
} from './platform.ts'
import { createPeerTyping, createTypingNotifier } from './typing.ts'
import { DeliveryState, toTimeline, type TimelineItem } from './timeline.ts'
import { httpBase, socketBase } from './urls.ts'

export interface ClientOptions {
  /** The Attune server, e.g. `https://chat.example.com`. */
  server: string
  /** The store's public site key. */
  siteKey: string
  /** Where the visitor token and the outbox persist. Default: localStorage, else memory. */
  storage?: StorageLike
  /** Default: the global WebSocket. In Node 20 pass `WebSocket` from the `ws` package. */
  WebSocket?: WebSocketConstructor
  fetch?: FetchLike
  clock?: Clock
  random?: () => number
}

export interface SiteInfo {
  name: string
}

/** A shopper's chat with one store. Read the stores, call the actions. */
export interface ChatClient {
  readonly $status: ReadableAtom<ConnectionStatus>
  /** Messages and notices of the conversation, oldest first, pending sends last. */
  readonly $timeline: ReadableAtom<TimelineItem[]>
  /** Agent messages the shopper has not read (see markRead). */
  readonly $unread: ReadableAtom<number>
  readonly $agentTyping: ReadableAtom<boolean>
  /** The store's public details; fetched on the first subscriber. */
  readonly $site: ReadableAtom<SiteInfo | null>
  /** The check-in card to show now (before, during or after the chat), or null. */
  readonly $checkIn: ReadableAtom<ActiveCheckIn | null>
  /** Since when the shopper's last message has waited for an answer, or null. */
  readonly $awaitingReply: ReadableAtom<AwaitingReply | null>
  connect(): void
  /**
   * Tells the server the shopper opened the chat (call it when the panel opens): it opens a
   * conversation if needed and may ask the before-chat check-in.
   */
  openChat(context?: { page?: string; locale?: string }): void
  /** Answers the current check-in; with `{ final: false }` the card stays for its next step. */
  answerCheckIn(fields: CheckInFields, options?: CheckInOptions): void
  /** Skips the current check-in; `{ forever: true }` means "don't ask me again". */
  skipCheckIn(options?: { forever?: boolean }): void
  /** The shopper's "End chat": resolves the conversation and brings the after-chat card. */
  endChat(): void
  /** Queues a message (shown at once as sending) and returns its client id. */
  send(text: string): string
  /** Sends a failed message again, by its timeline key. */
  retry(key: string): void
  markRead(): void
  setTyping(typing: boolean): void
  on<E extends keyof ClientEvents>(event: E, listener: ClientEvents[E]): () => void
  destroy(): void
}

export function createClient(options: ClientOptions): ChatClient {
  const { server, siteKey } = options
  if (typeof server !== 'string' || !/^https?:\/\//.test(server)) {
    throw new AttuneError(AttuneErrorCode.InvalidInput, `"server" must be an http(s) URL, got ${String(server)}.`)
  }
  if (typeof siteKey !== 'string' || siteKey.length === 0) {
    throw new AttuneError(AttuneErrorCode.InvalidInput, '"siteKey" is required.')
  }
  const storage = options.storage ?? defaultStorage()
  const clock = options.clock ?? systemClock
  const keys = {
    token: `attune:${siteKey}:token`,
    outbox: `attune:${siteKey}:outbox`,
    read: `attune:${siteKey}:read`,
  }
  const outbox = createOutbox(storage, keys.outbox)
  const emitter = createEmitter()
  const log = createConversationLog('visitor')
  for (const stored of outbox.load()) log.addPending(toPending(stored))

  // Earlier conversations of this visitor stay on screen when a new one starts after a resolve.
  const $archive = atom<TimelineItem[]>([])
  const $timeline = computed([$archive, log.$timeline], (archive, current) =>
    archive.length === 0 ? current : [...archive, ...current],
  )
  const $readSeq = atom(0)
  const $unread = computed([log.$events, $readSeq], (events, readSeq) =>
    events.filter((e) => e.kind === 'message' && e.author.role === 'agent' && e.seq > readSeq).length,
  )
  const agentTyping = createPeerTyping(clock)
  const $site = atom<SiteInfo | null>(null)
  onMount($site, () => {
    if ($site.get() === null) void loadSite()
  })

  const connection = createConnection({
    url: `${socketBase(server)}/v1/visitor?siteKey=${encodeURIComponent(siteKey)}`,
    WebSocket: requireWebSocket(options.WebSocket),
    clock,
    ...(options.random ? { random: options.random } : {}),
    hello: () => {
      const token = storage.getItem(keys.token)
      return token ? { type: 'hello', v: PROTOCOL_VERSION, token } : { type: 'hello', v: PROTOCOL_VERSION }
    },
    onFrame,
    onFatal: (error) => emitter.emit('error', error),
  })

  const checkIns = createCheckIns(log.$events, {
    answer: (answer) => {
      if (log.id) connection.send({ type: 'answer', clientId: randomId(), conversationId: log.id, answer })
    },
    skip: (phase, forever) => {
      if (log.id) connection.send({ type: 'skip', clientId: randomId(), conversationId: log.id, phase, forever })
    },
  })
  const $awaitingReply = computed(log.$events, awaitingReply)

  const notifyTyping = createTypingNotifier(clock, (typing) => {
    if (log.id) connection.send({ type: 'typing', conversationId: log.id, typing })
  })

  function onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'welcome': {
        if (frame.role !== 'visitor') return
        storage.setItem(keys.token, frame.token)
        const conversation = frame.conversation
        if (conversation && conversation.id !== log.id) switchTo(conversation.id)
        if (log.id) connection.send({ type: 'resume', conversationId: log.id, afterSeq: log.lastSeq() })
        flushOutbox()
        return
      }
      case 'event': {
        if (frame.conversationId !== log.id) {
          const ours = frame.event.kind === 'message' && isPending(frame.event.clientId)
          if (!ours) return
          switchTo(frame.conversationId)
        }
        const result = log.apply(frame.event)
        if (result === 'gap') {
          connection.send({ type: 'resume', conversationId: frame.conversationId, afterSeq: log.lastSeq() })
        } else if (result === 'applied' && frame.event.kind === 'message') {
          if (frame.event.author.role === 'visitor') outbox.remove(frame.event.clientId)
          else agentTyping.set(false)
          emitter.emit('event', frame.event)
        }
        return
      }
      case 'synced':
        // The answer to `open` names the conversation the server opened for this shopper.
        if (frame.conversationId !== log.id && log.$events.get().length === 0 && !isPendingAnywhere()) {
          switchTo(frame.conversationId)
        }
        return
      case 'ack': {
        if (frame.conversationId !== log.id) switchTo(frame.conversationId)
        log.ack(frame.clientId, frame.seq)
        outbox.remove(frame.clientId)
        return
      }
      case 'typing':
        if (frame.role === 'agent' && frame.conversationId === log.id) agentTyping.set(frame.typing)
        return
      case 'error': {
        const error = new AttuneError(toErrorCode(frame.code), frame.message)
        if (frame.ref && isPending(frame.ref)) {
          log.fail(frame.ref)
          outbox.remove(frame.ref)
        }
        emitter.emit('error', error)
        return
      }
      default:
        return
    }
  }

  function isPendingAnywhere(): boolean {
    return log.$pending.get().some((m) => m.state === DeliveryState.Sending)
  }

  function isPending(clientId: string): boolean {
    return log.$pending.get().some((m) => m.clientId === clientId)
  }

  function switchTo(conversationId: string): void {
    if (log.id !== null && log.$events.get().length > 0) {
      $archive.set([...$archive.get(), ...toTimeline(log.id, log.$events.get(), [], 'visitor')])
    }
    log.reset(conversationId)
    $readSeq.set(readMark(conversationId))
  }

  function flushOutbox(): void {
    for (const message of log.$pending.get()) {
      if (message.state === DeliveryState.Sending) {
        connection.send({ type: 'send', clientId: message.clientId, text: message.text })
      }
    }
  }

  function readMark(conversationId: string): number {
    try {
      const mark = JSON.parse(storage.getItem(keys.read) ?? 'null') as { id?: string; seq?: number } | null
      return mark?.id === conversationId && typeof mark.seq === 'number' ? mark.seq : 0
    } catch {
      return 0
    }
  }

  async function loadSite(): Promise<void> {
    const fetchImpl = options.fetch ?? (globalThis as { fetch?: FetchLike }).fetch
    if (!fetchImpl) return
    try {
      const response = await fetchImpl(`${httpBase(server)}/api/sites/${encodeURIComponent(siteKey)}`)
      if (!response.ok) return
      const body = (await response.json()) as { name?: unknown }
      if (typeof body.name === 'string') $site.set({ name: body.name })
    } catch {
      // The header falls back to a generic title; the chat itself does not depend on it.
    }
  }

  return {
    $status: connection.$status,
    $timeline,
    $unread,
    $agentTyping: agentTyping.$typing,
    $site,
    $checkIn: checkIns.$checkIn,
    $awaitingReply,
    connect: connection.open,
    openChat(context = {}) {
      connection.send({ type: 'open', ...context })
    },
    answerCheckIn(fields, options) {
      checkIns.answer(fields, options)
    },
    skipCheckIn(options = {}) {
      checkIns.skip(options.forever ?? false)
    },
    endChat() {
      if (log.id) connection.send({ type: 'end', clientId: randomId(), conversationId: log.id })
    },
    send(text) {
      const clean = validateText(text)
      const message = { clientId: randomId(), text: clean, at: new Date(clock.now()).toISOString() }
      log.addPending(toPending(message))
      outbox.put(message)
      notifyTyping(false)
      checkIns.messageSent()
      connection.send({ type: 'send', clientId: message.clientId, text: message.text })
      return message.clientId
    },
    retry(key) {
      const message = log.$pending.get().find((m) => m.clientId === key && m.state === DeliveryState.Failed)
      if (!message) return
      log.setState(key, DeliveryState.Sending)
      outbox.put({ clientId: message.clientId, text: message.text, at: message.at })
      connection.send({ type: 'send', clientId: message.clientId, text: message.text })
    },
    markRead() {
      const seq = log.lastSeq()
      if (!log.id || seq <= $readSeq.get()) return
      $readSeq.set(seq)
      try {
        storage.setItem(keys.read, JSON.stringify({ id: log.id, seq }))
      } catch {
        // Unread counts are a convenience; never fail the chat over them.
      }
      connection.send({ type: 'read', conversationId: log.id, seq })
    },
    setTyping: notifyTyping,
    on: emitter.on,
    destroy: connection.close,
  }
}
