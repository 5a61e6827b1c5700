import { createHmac } from 'node:crypto'
import { WireClient, type Frame } from './wire-client.ts'

/** A store page's origin the demo store allows (any loopback port). */
const STORE_ORIGIN = 'http://127.0.0.1:9'

const isEvent = (kind: string, phase: string) => (f: Frame) => {
  const event = f.event as { kind?: string; phase?: string } | undefined
  return f.type === 'event' && event?.kind === kind && event.phase === phase
}

/**
 * A shopper the store identified (`identify` with its signed user id), speaking the protocol from
 * Node: each `chat` is one conversation, from the before check-in to the after one, as the widget
 * would drive it. One connection per chat, as a shopper coming back another day.
 */
export class IdentifiedShopper {
  private sent = 0

  constructor(
    private readonly url: string,
    private readonly secret: string,
    readonly userId: string,
    readonly name: string,
    /** The email the store's page passes with `identify`, if any. */
    readonly email?: string,
  ) {}

  /** Connects, identifies and opens the chat: the before check-in is asked. */
  async start(): Promise<{ client: WireClient; conversationId: string }> {
    const client = await WireClient.open(`${this.url.replace(/^http/, 'ws')}/v1/visitor?siteKey=demo`, { Origin: STORE_ORIGIN })
    await client.send({ type: 'hello', v: 1 })
    const anonymous = await client.next((f) => f.type === 'welcome', 'visitor welcome', 'hello')
    const userHash = createHmac('sha256', this.secret).update(this.userId).digest('hex')
    await client.send({ type: 'identify', id: this.userId, userHash, name: this.name, ...(this.email ? { email: this.email } : {}) })
    await client.next((f) => f.type === 'welcome' && f !== anonymous, 'welcome after identify', 'identify')
    await client.send({ type: 'open' })
    const conversationId = String((await client.next((f) => f.type === 'synced', 'synced after open', 'open')).conversationId)
    await client.next(isEvent('checkin.asked', 'before'), 'the before check-in')
    return { client, conversationId }
  }

  /** Answers how they feel before, says `text`, ends the chat and answers the after card. */
  async chat(before: Record<string, unknown>, text: string, after: Record<string, unknown>): Promise<void> {
    const { client, conversationId } = await this.start()
    await client.request({ type: 'answer', clientId: this.id(), conversationId, answer: { phase: 'before', ...before } })
    await client.request({ type: 'send', clientId: this.id(), conversationId, text })
    await client.request({ type: 'end', clientId: this.id(), conversationId })
    await client.next(isEvent('checkin.asked', 'after'), 'the after check-in')
    await client.request({ type: 'answer', clientId: this.id(), conversationId, answer: { phase: 'after', ...after } })
    await client.close()
  }

  /** Sends a message in an open chat. */
  async say(client: WireClient, conversationId: string, text: string): Promise<void> {
    await client.request({ type: 'send', clientId: this.id(), conversationId, text })
  }

  private id(): string {
    return `${this.userId}-${++this.sent}`
  }
}
