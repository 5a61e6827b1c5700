import type { ClientFrameInput, ShopperContext } from '@attune/protocol'
import type { VisitorIdentity } from './chat-client.ts'
import type { CheckInReply } from './checkin.ts'
import type { KeptFrame } from './channel.ts'
import { randomId } from './platform.ts'

type Frame<T extends ClientFrameInput['type']> = Extract<ClientFrameInput, { type: T }>
type OpenContext = Omit<Frame<'open'>, 'type'>
/** A kept frame as the shopper says it, before it is given its clientId and conversation. */
type Said = CheckInReply | { type: 'end' }

/**
 * What the shopper's page said that the server must hear even if the connection is down when it
 * is said: the panel is open, the page and attributes, "End chat", who the shopper is, a check-in
 * answered or skipped. Each is sent at once when possible and again on the next welcome (all
 * idempotent on the server); the channel keeps those the server must store, as it keeps messages
 * (one outbox's rules for both: again on every welcome and after a "not now", until acked).
 */
export function createIntents(
  send: (frame: ClientFrameInput) => boolean,
  /** The channel's: sends a frame the server must store, and again until it is stored. */
  keep: (frame: KeptFrame) => void,
  conversation: () => string | null,
) {
  // Each kept as the frame to send again.
  let open: Frame<'open'> | null = null
  let context: Frame<'context'> | null = null
  let identity: Frame<'identify'> | null = null
  // A check-in's reply or "End chat" is about the conversation on screen (with none, there is
  // nothing to say): one frame, whose clientId stays the same however often it is sent, kept
  // until the server has stored it (a "Not yet" lost to a dropped connection or a busy server is
  // the alert the agent never gets).
  function keepSaid(said: Said): void {
    const conversationId = conversation()
    if (conversationId) keep({ ...said, clientId: randomId(), conversationId })
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
    end: () => keepSaid({ type: 'end' }),
    checkIn: keepSaid,
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
    },
  }
}
