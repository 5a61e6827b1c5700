import { atom, type ReadableAtom } from 'nanostores'
import { PROTOCOL_VERSION, type Attachment, type ConversationSummary, type ServerFrame } from '@attune/protocol'
import { createConnection, type ConnectionStatus } from './connection.ts'
import { createConversationLog, validateText, type ConversationLog } from './conversation.ts'
import { AttuneError, createRetries, toErrorCode } from './errors.ts'
import { createEmitter, type ClientEvents } from './emitter.ts'
import { createReceipts } from './receipts.ts'
import { browserWakeSource, randomId, requireWebSocket, systemClock, type Clock, type WakeSource, type WebSocketConstructor } from './platform.ts'
import { sortByNeed } from './sort-conversations.ts'
import { createPeerTyping, createTypingNotifier } from './typing.ts'
import type { PendingMessage, TimelineItem } from './timeline.ts'
import { socketBase } from './urls.ts'

export interface AgentClientOptions {
  /** The Attune server; the agent's session cookie must be set for it (sign in first). */
  server: string
  WebSocket?: WebSocketConstructor
  clock?: Clock
  random?: () => number
  /** When to skip the reconnect backoff. Default: `online` and the page becoming visible. */
  wake?: WakeSource | false
  /** Events loaded per page of history. Default 50. */
  pageSize?: number
}

export interface AgentProfile {
  id: string
  name: string
  email: string
  /** The store's site key (for uploads and links). */
  siteKey?: string
}

/** One conversation as the agent works on it. */
export interface AgentConversation {
  readonly id: string
  readonly $timeline: ReadableAtom<TimelineItem[]>
  readonly $visitorTyping: ReadableAtom<boolean>
  /** True while older messages can be loaded with `loadOlder()`. */
  readonly $hasOlder: ReadableAtom<boolean>
  loadOlder(): void
  /** Sends a reply; `quickReplies` become buttons the shopper can tap to answer. */
  reply(text: string, options?: { quickReplies?: string[]; attachments?: Attachment[] }): string
  resolve(): void
  /**
   * Asks the shopper "Do you feel we understand what you need?" now (the "Check in" button).
   * Returns the request's id: a refusal (one already pending) comes as an error with this `ref`.
   */
  checkIn(): string
  setTyping(typing: boolean): void
  markRead(): void
}

/** A store agent's live view of the store's conversations. */
export interface AgentClient {
  readonly $status: ReadableAtom<ConnectionStatus>
  readonly $me: ReadableAtom<AgentProfile | null>
  /** The store's open conversations, the most in need first. */
  readonly $conversations: ReadableAtom<ConversationSummary[]>
  connect(): void
  conversation(id: string): AgentConversation
  on<E extends keyof ClientEvents>(event: E, listener: ClientEvents[E]): () => void
  destroy(): void
}

export function createAgentClient(options: AgentClientOptions): AgentClient {
  const clock = options.clock ?? systemClock
  const retries = createRetries()
  const pageSize = options.pageSize ?? 50
  const emitter = createEmitter()
  const $me = atom<AgentProfile | null>(null)
  const $conversations = atom<ConversationSummary[]>([])
  type Opened = { log: ConversationLog; typing: ReturnType<typeof createPeerTyping>; view: AgentConversation }
  const opened = new Map<string, Opened>()

  const connection = createConnection({
    url: `${socketBase(options.server)}/v1/agent`,
    WebSocket: requireWebSocket(options.WebSocket),
    clock,
    ...(options.random ? { random: options.random } : {}),
    hello: () => ({ type: 'hello', v: PROTOCOL_VERSION }),
    onFrame,
    onFatal: (error) => emitter.emit('error', error),
  })
  const receipts = createReceipts((frame) => connection.send(frame))
  const stopWaking = options.wake === false ? null : (options.wake ?? browserWakeSource)(() => connection.wake())

  function onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'welcome': {
        if (frame.role !== 'agent') return
        // Conversations opened before this welcome resume here; ones opened by a listener of the
        // stores set below resume themselves (once).
        const reopen = [...opened]
        $me.set(frame.agent)
        $conversations.set(sortByNeed(frame.conversations.filter((c) => c.status === 'open')))
        for (const [id, entry] of reopen) {
          connection.send({ type: 'resume', conversationId: id, afterSeq: entry.log.lastSeq() })
          for (const message of entry.log.$pending.get()) {
            if (message.state === 'sending') transmitReply(id, message)
          }
        }
        return
      }
      case 'conversation': {
        const others = $conversations.get().filter((c) => c.id !== frame.conversation.id)
        const next = frame.conversation.status === 'open' ? [...others, frame.conversation] : others
        $conversations.set(sortByNeed(next))
        return
      }
      case 'event': {
        const entry = opened.get(frame.conversationId)
        if (!entry) return
        const result = entry.log.apply(frame.event)
        if (result === 'gap') {
          connection.send({ type: 'resume', conversationId: frame.conversationId, afterSeq: entry.log.lastSeq() })
        } else if (result === 'applied') {
          if (frame.event.kind === 'message' && frame.event.author.role === 'visitor') {
            entry.typing.set(false)
            receipts.delivered(frame.conversationId, frame.event.seq)
          }
          emitter.emit('event', frame.event)
        }
        return
      }
      case 'history':
        opened.get(frame.conversationId)?.log.prepend(frame.events, frame.hasMore)
        return
      case 'alert':
        emitter.emit('alert', frame.alert)
        return
      case 'read':
        if (frame.role === 'visitor') opened.get(frame.conversationId)?.log.mark(frame.mark ?? 'read', frame.seq)
        return
      case 'ack':
        retries.settled(frame.clientId)
        opened.get(frame.conversationId)?.log.ack(frame.clientId, frame.seq)
        return
      case 'typing':
        if (frame.role === 'visitor') opened.get(frame.conversationId)?.typing.set(frame.typing)
        return
      case 'error': {
        const ref = frame.ref
        const entry = ref ? [...opened.entries()].find(([, e]) => e.log.$pending.get().some((m) => m.clientId === ref)) : undefined
        const wait = ref && entry ? retries.delay(ref, frame) : null
        if (ref && entry && wait !== null) {
          // A busy server refuses for now: send the same reply again (same id: stored once).
          clock.setTimeout(() => {
            const [id, { log }] = entry
            const message = log.$pending.get().find((m) => m.clientId === ref && m.state === 'sending')
            if (message) transmitReply(id, message)
          }, wait)
          return
        }
        if (ref) entry?.[1].log.fail(ref)
        emitter.emit('error', new AttuneError(toErrorCode(frame.code), frame.message, ref))
        return
      }
      case 'notice':
        emitter.emit('notice', frame.notice)
        return
      default:
        return
    }
  }

  function transmitReply(conversationId: string, message: PendingMessage): void {
    connection.send({
      type: 'send',
      conversationId,
      clientId: message.clientId,
      text: message.text,
      ...(message.quickReplies?.length ? { quickReplies: message.quickReplies } : {}),
      ...(message.attachments?.length ? { attachments: message.attachments.map((a) => a.id) } : {}),
    })
  }

  function conversation(id: string): AgentConversation {
    const existing = opened.get(id)
    if (existing) return existing.view
    const log = createConversationLog('agent', id)
    const typing = createPeerTyping(clock)
    const notifyTyping = createTypingNotifier(clock, (isTyping) => connection.send({ type: 'typing', conversationId: id, typing: isTyping }))
    // The latest page first; older pages on demand.
    const known = $conversations.get().find((c) => c.id === id)
    if (known) log.startAfter(known.lastSeq - pageSize)
    const view: AgentConversation = {
      id,
      $timeline: log.$timeline,
      $visitorTyping: typing.$typing,
      $hasOlder: log.$hasOlder,
      loadOlder() {
        if (log.$hasOlder.get()) connection.send({ type: 'history', conversationId: id, beforeSeq: log.firstSeq(), limit: pageSize })
      },
      reply(text, replyOptions = {}) {
        const attachments = replyOptions.attachments ?? []
        const clean = validateText(text, attachments.length > 0)
        const clientId = randomId()
        const quickReplies = replyOptions.quickReplies?.map((q) => q.trim()).filter(Boolean) ?? []
        const message: PendingMessage = {
          clientId,
          text: clean,
          at: new Date(clock.now()).toISOString(),
          state: 'sending',
          ...(attachments.length ? { attachments } : {}),
          ...(quickReplies.length ? { quickReplies } : {}),
        }
        log.addPending(message)
        notifyTyping(false)
        transmitReply(id, message)
        return clientId
      },
      resolve() {
        connection.send({ type: 'resolve', conversationId: id, clientId: randomId() })
      },
      checkIn() {
        const clientId = randomId()
        connection.send({ type: 'ask', conversationId: id, clientId })
        return clientId
      },
      setTyping: notifyTyping,
      markRead() {
        const seq = log.lastSeq()
        if (seq > 0) connection.send({ type: 'read', conversationId: id, seq })
      },
    }
    opened.set(id, { log, typing, view })
    connection.send({ type: 'resume', conversationId: id, afterSeq: log.lastSeq() })
    return view
  }

  return {
    $status: connection.$status,
    $me,
    $conversations,
    connect: connection.open,
    conversation,
    on: emitter.on,
    destroy() {
      stopWaking?.()
      connection.close()
    },
  }
}
