import type { ClientFrameInput, ShopperContext } from '@attune/protocol'
import type { VisitorIdentity } from './chat-client.ts'
import { randomId, type Clock } from './platform.ts'
import { createRetries } from './retries.ts'

type OpenContext = Omit<Extract<ClientFrameInput, { type: 'open' }>, 'type'>
type CheckInFrame = Extract<ClientFrameInput, { type: 'answer' | 'skip' }>

/**
 * What the shopper's page said that the server must hear even if the connection is down when it
 * is said: the panel is open, the page and attributes, "End chat", who the shopper is, a check-in
 * answered or skipped. Each is sent at once when possible and again on the next welcome (all
 * idempotent on the server).
 */
export function createIntents(send: (frame: ClientFrameInput) => boolean, clock: Clock) {
  let open: OpenContext | null = null
  let context: ShopperContext = {}
  let endOf: string | null = null
  let identity: VisitorIdentity | null = null
  // Check-in answers and skips until the server has stored them: a "Not yet" lost to a dropped
  // connection or a busy server is the alert the agent never gets.
  const unheard = new Map<string, CheckInFrame>()
  const retries = createRetries()

  // "End chat" is kept until the server has heard it.
  const sendEnd = () => {
    if (endOf && send({ type: 'end', clientId: randomId(), conversationId: endOf })) endOf = null
  }

  return {
    open(next: OpenContext = {}): void {
      open = next
      send({ type: 'open', ...next })
    },
    page(page: NonNullable<ShopperContext['page']>): void {
      context = { ...context, page }
      send({ type: 'context', page })
    },
    update(attributes: NonNullable<ShopperContext['attributes']>): void {
      context = { ...context, attributes: { ...context.attributes, ...attributes } }
      send({ type: 'context', attributes })
    },
    end(conversationId: string | null): void {
      endOf = conversationId
      sendEnd()
    },
    checkIn(frame: CheckInFrame): void {
      unheard.set(frame.clientId, frame)
      send(frame)
    },
    /** The server stored `clientId` or refused it: "not now" sends it again after the wait, anything else ends it. */
    answered(clientId: string | undefined, refusal?: { code: string; retryAfterMs?: number | undefined }): void {
      const frame = unheard.get(clientId ?? '')
      if (!frame) return
      const wait = refusal ? retries.delay(frame.clientId, refusal) : null
      if (wait === null) unheard.delete(frame.clientId)
      else clock.setTimeout(() => unheard.has(frame.clientId) && send(frame), wait)
    },
    identify(next: VisitorIdentity): void {
      identity = send({ type: 'identify', ...next }) ? null : next
    },
    /**
     * On a welcome: an identity waiting goes first and returns true (the server answers with a
     * new welcome as that shopper, and the rest is replayed then).
     */
    replayIdentity(): boolean {
      if (!identity) return false
      send({ type: 'identify', ...identity })
      identity = null
      return true
    },
    /** On a welcome, after resume and the outbox: the rest of what the page said. */
    replay(): void {
      if (open) send({ type: 'open', ...open })
      if (context.page || context.attributes) send({ type: 'context', ...context })
      for (const frame of unheard.values()) send(frame)
      sendEnd()
    },
  }
}
