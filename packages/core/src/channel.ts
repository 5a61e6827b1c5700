import { atom, type ReadableAtom } from 'nanostores'
import type { Author, ClientFrameInput, ConversationEvent, ServerFrame } from '@attune/protocol'
import { emptyChannel, firstSeq, lastSeq, step, type ChannelInput, type ChannelState } from './channel-state.ts'
import { derived } from './derived.ts'
import { createRetries } from './errors.ts'
import type { Outbox, StoredSend } from './outbox.ts'
import type { Clock } from './platform.ts'
import { createReceipts } from './receipts.ts'
import { classifyEvent, toTimeline, type TimelineItem } from './timeline.ts'

export interface ChannelOptions {
  role: Author['role']
  id?: string | null
  /** Where unacked messages persist, so a reload or a closed tab loses none. */
  outbox: Outbox
  /** The connection's send: false (frame dropped) while offline; the outbox covers that. */
  send: (frame: ClientFrameInput) => boolean
  clock: Clock
  /** A new event entered the log (once per event, whatever replays and resumes bring). */
  applied?: (event: ConversationEvent) => void
}

/**
 * The driver around `step` (channel-state.ts) that both roles' clients share: it keeps the state
 * in a store and does what a frame implies — resume after a gap, drop acked messages from the
 * outbox, send delivered receipts, resend what a busy server refused for now (same clientId: the
 * server stores it once), and on every welcome resume from the last seq and resend the outbox.
 */
export interface Channel {
  readonly $state: ReadableAtom<ChannelState>
  readonly $events: ReadableAtom<readonly ConversationEvent[]>
  readonly $timeline: ReadableAtom<TimelineItem[]>
  readonly $hasOlder: ReadableAtom<boolean>
  /** Applies a local act or a frame the adapter already routed here, without side effects. */
  dispatch(input: ChannelInput): void
  /** A server frame about this conversation; true when a refusal is handled (resent later). */
  receive(frame: ServerFrame): boolean
  /** Welcomed (again): resume after the last seq, resend every unacked message. */
  connected(): void
  /** Shows a message as sending, keeps it in the outbox until acked, sends it now if online. */
  queue(message: StoredSend): void
  /** Sends a failed message again. */
  retry(clientId: string): void
  loadOlder(limit: number): void
}

export function createChannel(options: ChannelOptions): Channel {
  const { outbox, send } = options
  const $state = atom(outbox.load().map(queued).reduce(step, emptyChannel(options.role, options.id)))
  const $events = derived([$state], (s) => s.events)
  const retries = createRetries()
  const receipts = createReceipts(send)
  const dispatch = (input: ChannelInput) => $state.set(step($state.get(), input))
  const pending = (clientId: string) => $state.get().pending.find((m) => m.clientId === clientId)

  // Fields left undefined are left out of the JSON. Only an agent's reply names its conversation
  // (its outbox stores it); a shopper's message goes where the server says (it may open one).
  const transmit = ({ clientId, text, attachments, quickReplies, conversationId }: StoredSend) =>
    send({ type: 'send', clientId, text, conversationId, attachments: attachments?.map((a) => a.id), quickReplies })

  function queue(message: StoredSend): void {
    dispatch(queued(message))
    outbox.put(message)
    transmit(message)
  }

  type Handlers = { [T in ServerFrame['type']]?: (frame: Extract<ServerFrame, { type: T }>) => boolean | void }
  const handlers: Handlers = {
    event(frame) {
      const { event, conversationId } = frame
      const result = classifyEvent(lastSeq($state.get()), event.seq)
      dispatch(frame)
      if (result === 'gap') send({ type: 'resume', conversationId, afterSeq: lastSeq($state.get()) })
      if (result !== 'applied') return
      if (event.kind === 'message') {
        if (event.author.role === options.role) outbox.remove(event.clientId)
        else receipts.delivered(conversationId, event.seq)
      }
      options.applied?.(event)
    },
    ack(frame) {
      retries.settled(frame.clientId)
      dispatch(frame)
      outbox.remove(frame.clientId)
    },
    error({ ref, ...refusal }) {
      if (!ref || !pending(ref)) return
      const wait = retries.delay(ref, refusal)
      if (wait === null) {
        dispatch({ type: 'state', clientId: ref, state: 'failed' })
        outbox.remove(ref)
        return
      }
      // A busy server refuses for now: the message stays in the outbox and goes again.
      options.clock.setTimeout(() => {
        const message = pending(ref)
        if (message?.state === 'sending') transmit(message)
      }, wait)
      return true
    },
    history: dispatch,
    read: dispatch,
  }

  return {
    $state,
    $events,
    $timeline: derived([$state], (s) => toTimeline(s.id, s.events, s.pending, s.role, s.marks)),
    $hasOlder: derived([$state], (s) => firstSeq(s) > 1),
    dispatch,
    receive: (frame) => (handlers[frame.type] as ((frame: ServerFrame) => boolean | void) | undefined)?.(frame) === true,
    connected() {
      const { id } = $state.get()
      if (id) send({ type: 'resume', conversationId: id, afterSeq: lastSeq($state.get()) })
      // Every unacked message this device holds, from any tab (same clientIds: no doubles).
      outbox.load().map(queued).forEach(dispatch)
      for (const message of $state.get().pending) if (message.state === 'sending') queue(message)
    },
    queue,
    retry(clientId) {
      const message = pending(clientId)
      if (message?.state !== 'failed') return
      dispatch({ type: 'state', clientId, state: 'sending' })
      queue(message)
    },
    loadOlder(limit) {
      const s = $state.get()
      if (s.id && firstSeq(s) > 1) send({ type: 'history', conversationId: s.id, beforeSeq: firstSeq(s), limit })
    },
  }
}
const queued = (message: StoredSend): ChannelInput => ({ type: 'queue', message: { ...message, state: 'sending' } })
