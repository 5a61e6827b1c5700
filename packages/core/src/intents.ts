import type { ClientFrameInput, ShopperContext } from '@attune/protocol'
import type { VisitorIdentity } from './chat-client.ts'
import type { CheckInReply } from './checkin.ts'
import { randomId, type Clock } from './platform.ts'
import { createRetries } from './retries.ts'

type Frame<T extends ClientFrameInput['type']> = Extract<ClientFrameInput, { type: T }>
type OpenContext = Omit<Frame<'open'>, 'type'>
/** What the server must store, and acks by its clientId: a check-in's answer or skip, "End chat". */
type KeptFrame = Frame<'answer' | 'skip' | 'end'>
/** A kept frame as the shopper says it, before it is given its clientId and conversation. */
type Said = CheckInReply | { type: 'end' }

/**
 * What the shopper's page said that the server must hear even if the connection is down when it
 * is said: the panel is open, the page and attributes, "End chat", who the shopper is, a check-in
 * answered or skipped. Each is sent at once when possible and again on the next welcome (all
 * idempotent on the server).
 */
export function createIntents(send: (frame: ClientFrameInput) => boolean, clock: Clock, conversation: () => string | null) {
  // Each kept as the frame to send again.
  let open: Frame<'open'> | null = null
  let context: Frame<'context'> | null = null
  let identity: Frame<'identify'> | null = null
  // Kept until the server has stored them (one clientId, so a frame sent twice is stored once): a
  // "Not yet" lost to a dropped connection or a busy server is the alert the agent never gets.
  const unheard = new Map<string, KeptFrame>()
  const retries = createRetries()
  // A check-in's reply or "End chat" is about the conversation on screen (with none, there is
  // nothing to say): one frame, whose clientId stays the same however often it is sent.
  function keep(said: Said): void {
    const conversationId = conversation()
    if (!conversationId) return
    const frame: KeptFrame = { ...said, clientId: randomId(), conversationId }
    unheard.set(frame.clientId, frame)
    send(frame)
  }

  return {
    open(next: OpenContext = {}): void {
      open = { type: 'open', ...next }
      send(open)
    },
    page(page: NonNullable<ShopperContext['page']>): void {
      context = { ...context, type: 'context', page }
      send({ type: 'context', page })
    },
    update(attributes: NonNullable<ShopperContext['attributes']>): void {
      context = { ...context, type: 'context', attributes: { ...context?.attributes, ...attributes } }
      send({ type: 'context', attributes })
    },
    end: () => keep({ type: 'end' }),
    checkIn: keep,
    /** The server stored `clientId` or refused it: "not now" sends it again after the wait, anything else ends it. */
    answered(clientId: string | undefined, refusal?: { code: string; retryAfterMs?: number | undefined }): void {
      const frame = unheard.get(clientId ?? '')
      if (!frame) return
      const wait = refusal ? retries.delay(frame.clientId, refusal) : null
      if (wait === null) unheard.delete(frame.clientId)
      else clock.setTimeout(() => unheard.has(frame.clientId) && send(frame), wait)
    },
    identify(next: VisitorIdentity): void {
      const frame = { type: 'identify' as const, ...next }
      identity = send(frame) ? null : frame
    },
    /**
     * On a welcome: an identity waiting goes first and returns true (the server answers with a
     * new welcome as that shopper, and the rest is replayed then).
     */
    replayIdentity(): boolean {
      if (!identity) return false
      send(identity)
      identity = null
      return true
    },
    /** On a welcome, after resume and the outbox: the rest of what the page said. */
    replay(): void {
      if (open) send(open)
      if (context) send(context)
      for (const frame of unheard.values()) send(frame)
    },
  }
}
