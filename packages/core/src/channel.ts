import { atom, type ReadableAtom } from 'nanostores'
import type { Author, ClientFrameInput, ServerFrame } from '@attune/protocol'
import { emptyChannel, firstSeq, lastSeq, step, type ChannelInput, type ChannelState } from './channel-state.ts'
import { derived } from './derived.ts'
import type { Emitter } from './emitter.ts'
import { AttuneError } from './errors.ts'
import { createRetries } from './retries.ts'
import type { Outbox, StoredSend } from './outbox.ts'
import type { Clock } from './platform.ts'
import type { PendingMessage } from './timeline.ts'
import { createPeerTyping, createTypingNotifier, type Typist } from './typing.ts'

/** What the server must store besides messages, acked by its clientId: a check-in's answer or skip, "End chat". */
export type KeptFrame = Extract<ClientFrameInput, { type: 'answer' | 'skip' | 'end' }>

export interface ChannelOptions {
  role: Author['role']
  id?: string | null
  /** Where unacked messages persist, so a reload or a closed tab loses none. */
  outbox: Outbox
  /** The connection's send: false (frame dropped) while offline; the outbox covers that. */
  send: (frame: ClientFrameInput) => boolean
  clock: Clock
  /**
   * Tells the client's listeners: `event` once per event entering the log (whatever replays and
   * resumes bring), `error` for a final refusal.
   */
  emit: Emitter['emit']
}

/**
 * The driver around `step` (channel-state.ts) that both roles' clients share: it keeps the state
 * in a store and does what a frame implies — resume after a gap, drop acked messages from the
 * outbox, send delivered receipts, resend what a busy server refused for now, with what was typed
 * meanwhile, in order (same clientId: the server stores it once), and on every welcome resume from
 * the last seq and resend the outbox. The shopper's other frames the server must store (a
 * check-in's reply, "End chat") are kept and resent the same way.
 */
export interface Channel {
  /** Each client draws its lines from it (`toTimeline`): the shopper's after the archive, the agent's with refusals. */
  readonly $state: ReadableAtom<ChannelState>
  readonly $hasOlder: ReadableAtom<boolean>
  /** Who on the other side is typing, or null (until their message comes, or a while passes). */
  readonly $peerTyping: ReadableAtom<Typist | null>
  /** This side is typing or stopped: told to the other side, not too often. */
  setTyping(typing: boolean): void
  /** Applies a local act or a frame the adapter already routed here, without side effects. */
  dispatch(input: ChannelInput | ServerFrame): void
  /** A server frame about this conversation (others are ignored). */
  receive(frame: ServerFrame): void
  /** This side's message not yet stored, if `clientId` is one. */
  pending(clientId: string | undefined): PendingMessage | undefined
  /** Whether `clientId` is a message stored in this conversation (its event is here). */
  stored(clientId: string | undefined): boolean
  /** Welcomed (again): resume after the last seq, resend every unacked message. */
  connected(): void
  /** Shows a message as sending, keeps it in the outbox until acked, sends it now if online. */
  queue(message: StoredSend): void
  /**
   * A frame besides a message that the server must store and acks by its clientId (a check-in's
   * reply, "End chat"): sent now if online, and again like an unacked message until it is stored.
   */
  keep(frame: KeptFrame): void
  /** Sends a failed message again. */
  retry(clientId: string): void
  loadOlder(limit: number): void
}

export function createChannel(options: ChannelOptions): Channel {
  const { outbox, send, clock, emit } = options
  const $state = atom(outbox.load().map(queued).reduce(step, emptyChannel(options.role, options.id)))
  const retries = createRetries()
  /** Kept frames not yet stored, by clientId (in memory: the page's intents, not typed words). */
  const kept = new Map<string, KeptFrame>()
  // The newest of the other side's messages, told "delivered" once per burst of events (a replay
  // of 200 events sends one receipt, not 200).
  let delivered: unknown
  const dispatch = (input: ChannelInput | ServerFrame) => $state.set(step($state.get(), input))
  const pending = (clientId: string | undefined) => $state.get().pending.find((m) => m.clientId === clientId)
  const stored = (clientId: string | undefined) => $state.get().events.some((event) => event.kind === 'message' && event.clientId === clientId)
  const peer = createPeerTyping(clock)
  const resume = () => {
    const s = $state.get()
    if (s.id) send({ type: 'resume', conversationId: s.id, afterSeq: lastSeq(s) })
  }

  // Fields left undefined are left out of the JSON. Only an agent's reply names its conversation
  // (its outbox stores it); a shopper's message goes where the server says (it may open one).
  const transmit = ({ clientId, text, attachments, quickReplies, conversationId }: StoredSend) =>
    send({ type: 'send', clientId, text, conversationId, attachments: attachments?.map((a) => a.id), quickReplies })

  // Once the server says "not now", this side's messages wait for one resend, in the order typed,
  // when the longest wait it asked for is over. Sent meanwhile, each would only be refused behind
  // the first (the server stores a conversation's messages in order, gateway/send-order.ts) and
  // come back on a timer of its own: about a dozen refusals for one, at a few messages a second.
  let resumeAt = 0
  let resendTimer: unknown
  const resendAll = () => {
    clock.clearTimeout(resendTimer)
    resumeAt = 0
    for (const message of $state.get().pending) if (message.state === 'sending') transmit(message)
    kept.forEach((frame) => send(frame))
  }
  function resendAfter(wait: number): void {
    if (clock.now() + wait <= resumeAt) return
    resumeAt = clock.now() + wait
    clock.clearTimeout(resendTimer)
    resendTimer = clock.setTimeout(resendAll, wait)
  }

  function queue(message: StoredSend): void {
    dispatch(queued(message))
    outbox.put(message)
    if (!resumeAt) transmit(message)
  }

  // What a frame implies besides the state (which `step` has already moved, from `before`).
  type Handlers = { [T in ServerFrame['type']]?: (frame: Extract<ServerFrame, { type: T }>, before: ChannelState) => void }
  const handlers: Handlers = {
    event({ event, conversationId }, before) {
      if ($state.get() === before) {
        // Not applied: a replayed duplicate, or one after a gap (the resume fills it in order).
        if (event.seq > lastSeq(before)) resume()
        return
      }
      if (event.kind === 'message') {
        if (event.author.role === options.role) outbox.remove(event.clientId)
        else {
          peer.set(null)
          delivered = event
          void Promise.resolve().then(() => {
            if (delivered === event) send({ type: 'read', conversationId, seq: event.seq, mark: 'delivered' })
          })
        }
      }
      emit('event', event)
    },
    ack({ clientId }) {
      retries.settled(clientId)
      outbox.remove(clientId)
      kept.delete(clientId)
    },
    error(frame) {
      const { ref } = frame
      // A message sent twice (a resend after a cut, before the first copy's ack came) may be
      // stored once and refused once ("an earlier message goes first"): a refusal of a copy of
      // what is stored here is no error.
      if (stored(ref)) return
      if (pending(ref) || kept.has(ref!)) {
        const wait = retries.delay(ref!, frame)
        // A busy server refuses for now: the message (in the outbox) or the frame goes again.
        if (wait !== null) return resendAfter(wait)
        dispatch({ type: 'fail', clientId: ref! })
        outbox.remove(ref!)
        kept.delete(ref!)
      }
      emit('error', new AttuneError(frame.code, frame.message, ref))
    },
    // Always the other side's: the server sends no connection its own side's typing (gateway/session.ts).
    typing(frame) {
      if (frame.conversationId === $state.get().id) peer.set(frame.typing ? { name: frame.name } : null)
    },
  }

  return {
    $state,
    $hasOlder: derived([$state], (s) => firstSeq(s) > 1),
    $peerTyping: peer.$typing,
    setTyping: createTypingNotifier(clock, (typing) => {
      const { id } = $state.get()
      if (id) send({ type: 'typing', conversationId: id, typing })
    }),
    dispatch,
    pending,
    stored,
    receive(frame) {
      const before = $state.get()
      dispatch(frame)
      ;(handlers[frame.type] as ((frame: ServerFrame, before: ChannelState) => void) | undefined)?.(frame, before)
    },
    connected() {
      resume()
      // Every unacked message this device holds, from any tab (same clientIds: no doubles), at
      // once: a new connection starts with no refusals behind it.
      outbox.load().map(queued).forEach(dispatch)
      resendAll()
    },
    queue,
    keep(frame) {
      kept.set(frame.clientId, frame)
      send(frame)
    },
    retry(clientId) {
      const message = pending(clientId)
      if (message?.state === 'failed') queue(message)
    },
    loadOlder(limit) {
      const s = $state.get()
      if (s.id && firstSeq(s) > 1) send({ type: 'history', conversationId: s.id, beforeSeq: firstSeq(s), limit })
    },
  }
}
const queued = (message: StoredSend): ChannelInput => ({ type: 'queue', message: { ...message, state: 'sending' } })
