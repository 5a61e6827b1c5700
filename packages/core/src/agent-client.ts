import { atom, type ReadableAtom } from 'nanostores'
import { decodeServerFrame, PROTOCOL_VERSION, type Attachment, type ConversationSummary, type ServerFrame } from '@attune/protocol'
import { createChannel, type Channel } from './channel.ts'
import { lastSeq } from './channel-state.ts'
import { createConnection, type ConnectionStatus } from './connection.ts'
import { validateText } from './conversation.ts'
import { derived } from './derived.ts'
import { AttuneError, type AttuneErrorCode } from './errors.ts'
import { createEmitter, type ClientEvents } from './emitter.ts'
import { createOutbox, type Outbox } from './outbox.ts'
import {
  browserWakeSource,
  randomId,
  requireWebSocket,
  systemClock,
  type Clock,
  type StorageLike,
  type WakeSource,
  type WebSocketConstructor,
} from './platform.ts'
import { sortByNeed } from './sort-conversations.ts'
import { toTimeline, type TimelineItem } from './timeline.ts'
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
  /**
   * Where replies not yet acked persist (per agent), so a reload loses none. Default: the
   * browser's localStorage; without one (Node, or storage blocked) they wait in memory only.
   */
  storage?: StorageLike
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
  /** Its messages; a reply the server refused for good says why (`refusal`). */
  readonly $timeline: ReadableAtom<TimelineItem[]>
  readonly $visitorTyping: ReadableAtom<boolean>
  /** True while older messages can be loaded with `loadOlder()`. */
  readonly $hasOlder: ReadableAtom<boolean>
  loadOlder(): void
  /** Sends a reply; `quickReplies` become buttons the shopper can tap to answer. */
  reply(text: string, options?: { quickReplies?: string[]; attachments?: Attachment[] }): string
  /** Sends a failed reply again, by its timeline key (as a shopper's `retry`). */
  retry(key: string): void
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
  const storage = options.storage ?? localStorageIfAny()
  const pageSize = options.pageSize ?? 50
  const emitter = createEmitter()
  const $me = atom<AgentProfile | null>(null)
  const $conversations = atom<ConversationSummary[]>([])
  type Opened = { channel: Channel; view: AgentConversation }
  const opened = new Map<string, Opened>()
  // The signed-in agent's unacked replies in this store, one list for all its conversations; known
  // from the welcome (until then replies wait in memory, and the welcome stores them).
  let outbox: Outbox | null = null
  // The server's last refusal of each reply, by clientId: a failed reply's timeline item carries it
  // as `refusal`, so the agent reads why beside "Not sent". Kept here, not in the channel state the
  // shopper's widget shares: there it cost the widget's panel 16 bytes gzip of a budget nearly spent.
  const refusals = new Map<string, AttuneErrorCode>()

  const connection = createConnection({
    url: `${socketBase(options.server)}/v1/agent`,
    WebSocket: requireWebSocket(options.WebSocket),
    clock,
    ...(options.random ? { random: options.random } : {}),
    hello: () => ({ type: 'hello', v: PROTOCOL_VERSION }),
    decode: decodeServerFrame,
    onFrame,
    onFatal: (error) => emitter.emit('error', error),
  })
  const stopWaking = options.wake === false ? null : (options.wake ?? browserWakeSource)(() => connection.wake())

  function onFrame(frame: ServerFrame): void {
    switch (frame.type) {
      case 'welcome': {
        if (frame.role !== 'agent') return
        // Conversations opened before this welcome resume here; ones opened by a listener of the
        // stores set below resume themselves (once).
        const reopen = [...opened.values()]
        const { id, siteKey } = frame.agent
        if (storage) outbox = createOutbox(storage, `attune:${siteKey}:agent:${id}:outbox`)
        $me.set(frame.agent)
        $conversations.set(sortByNeed(frame.conversations.filter((c) => c.status === 'open')))
        for (const { channel } of reopen) channel.connected()
        // Replies a reload or a closed tab left unsent: opening their conversation sends them.
        for (const { conversationId } of outbox?.load() ?? []) if (conversationId) conversation(conversationId)
        return
      }
      case 'conversation': {
        const others = $conversations.get().filter((c) => c.id !== frame.conversation.id)
        const next = frame.conversation.status === 'open' ? [...others, frame.conversation] : others
        $conversations.set(sortByNeed(next))
        if (frame.erased) forget(frame.conversation)
        return
      }
      // The conversation's own frames go to its channel (channel.ts), as the shopper's do.
      case 'event':
      case 'history':
      case 'read':
      case 'ack':
      case 'typing':
        opened.get(frame.conversationId)?.channel.receive(frame)
        return
      case 'alert':
        emitter.emit('alert', frame.alert)
        return
      case 'error': {
        const ref = frame.ref
        const entry = [...opened.values()].find(({ channel }) => channel.pending(ref) || channel.stored(ref))
        // A reply's refusal goes to its channel (which resends it if the server is only busy, and
        // ignores a refused copy of a reply already stored), known before the channel fails it.
        if (entry) {
          refusals.set(ref!, frame.code)
          entry.channel.receive(frame)
        } else emitter.emit('error', new AttuneError(frame.code, frame.message, ref))
        return
      }
      case 'notice':
        emitter.emit('notice', frame.notice)
        return
      case 'note':
        emitter.emit('note', frame.note)
        return
      case 'team':
        emitter.emit('team', frame.people)
        return
      default:
        return
    }
  }

  /**
   * The conversation went with its shopper's data: its log leaves memory, the agent's replies not yet
   * stored leave the outbox (the server would refuse them), and the listeners are told. A view still
   * held shows nothing of it and asks for nothing more: without an id its channel ignores every frame.
   */
  function forget(summary: ConversationSummary): void {
    const { id } = summary
    opened.get(id)?.channel.dispatch({ type: 'reset', id: null })
    opened.delete(id)
    for (const { clientId } of outboxOf(id).load()) outbox?.remove(clientId)
    emitter.emit('erased', summary)
  }

  /** This conversation's part of the agent's outbox. */
  const outboxOf = (id: string): Outbox => ({
    load: () => outbox?.load().filter((m) => m.conversationId === id) ?? [],
    put: (message) => outbox?.put(message),
    remove: (clientId) => outbox?.remove(clientId),
  })

  function conversation(id: string): AgentConversation {
    const existing = opened.get(id)
    if (existing) return existing.view
    const channel = createChannel({
      role: 'agent',
      id,
      outbox: outboxOf(id),
      send: connection.send,
      clock,
      emit: emitter.emit,
    })
    const notifyTyping = channel.setTyping
    // The latest page first; older pages on demand.
    const known = $conversations.get().find((c) => c.id === id)
    if (known) channel.dispatch({ type: 'reset', id, base: known.lastSeq - pageSize })
    const view: AgentConversation = {
      id,
      // Only a failed reply's refusal is told: one refused for now and then stored has none.
      $timeline: derived([channel.$state], (state) =>
        toTimeline(state).map((item) => (item.kind === 'message' && item.state === 'failed' ? { ...item, refusal: refusals.get(item.key) } : item)),
      ),
      $visitorTyping: derived([channel.$peerTyping], (typist) => typist !== null),
      $hasOlder: channel.$hasOlder,
      loadOlder: () => channel.loadOlder(pageSize),
      reply(text, { attachments, quickReplies } = {}) {
        const clean = validateText(text, !!attachments?.length)
        const clientId = randomId()
        const buttons = quickReplies?.map((q) => q.trim()).filter(Boolean)
        notifyTyping(false)
        // Fields left undefined are left out of the outbox and the frame.
        channel.queue({
          conversationId: id,
          clientId,
          text: clean,
          at: new Date(clock.now()).toISOString(),
          attachments,
          quickReplies: buttons?.length ? buttons : undefined,
        })
        return clientId
      },
      retry: channel.retry,
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
        const seq = lastSeq(channel.$state.get())
        if (seq > 0) connection.send({ type: 'read', conversationId: id, seq })
      },
    }
    opened.set(id, { channel, view })
    // Resumes after the last seq, and sends the replies stored for it (when online).
    channel.connected()
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

/** The browser's localStorage; reading it throws where the browser blocks storage. */
function localStorageIfAny(): StorageLike | undefined {
  try {
    return (globalThis as { localStorage?: StorageLike }).localStorage
  } catch {
    return undefined
  }
}
