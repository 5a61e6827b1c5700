// Test-only: a tiny builder of conversation logs on a fake clock. Not exported from the package.
import type { CheckInAnswer, CheckInPhase, CheckInTrigger, ConversationEvent } from '@attune/protocol'
import type { ConversationFacts, FrustrationLevel } from './types.ts'

/** The fake clock's zero: the moment the conversation opened. */
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0)
/** Milliseconds since the epoch `sec` seconds after T0. */
export const at = (sec: number): number => T0 + sec * 1000

type Body = ConversationEvent extends infer E ? (E extends ConversationEvent ? Omit<E, 'seq' | 'at'> : never) : never

export class LogBuilder {
  readonly events: ConversationEvent[] = []

  private add(ms: number, body: Body): this {
    this.events.push({ ...body, seq: this.events.length + 1, at: new Date(ms).toISOString() } as ConversationEvent)
    return this
  }
  shopper(ms: number, text = 'hello?'): this {
    const clientId = `m${this.events.length + 1}`
    return this.add(ms, { kind: 'message', author: { role: 'visitor', id: 'v1' }, clientId, text })
  }
  agent(ms: number, text = 'Hi! Let me check.'): this {
    const clientId = `a${this.events.length + 1}`
    return this.add(ms, { kind: 'message', author: { role: 'agent', id: 'a1' }, clientId, text })
  }
  ask(ms: number, phase: CheckInPhase, trigger: CheckInTrigger): this {
    return this.add(ms, { kind: 'checkin.asked', author: { role: 'system', id: 'attune' }, phase, trigger })
  }
  answer(ms: number, answer: CheckInAnswer): this {
    const clientId = `c${this.events.length + 1}`
    return this.add(ms, { kind: 'checkin.answered', author: { role: 'visitor', id: 'v1' }, clientId, answer })
  }
  skip(ms: number, phase: CheckInPhase): this {
    const clientId = `s${this.events.length + 1}`
    return this.add(ms, { kind: 'checkin.skipped', author: { role: 'visitor', id: 'v1' }, clientId, phase })
  }
  resolve(ms: number): this {
    return this.add(ms, { kind: 'conversation.resolved', author: { role: 'agent', id: 'a1' } })
  }
  signal(ms: number, level: FrustrationLevel): this {
    return this.add(ms, { kind: 'signal.raised', author: { role: 'system', id: 'attune' }, level, score: 0.9, cues: [] })
  }
}

export const log = (): LogBuilder => new LogBuilder()

/** Facts for a log at a given time; calm, nobody typing, not opted out unless overridden. */
export function facts(builder: LogBuilder, now: number, over: Partial<ConversationFacts> = {}): ConversationFacts {
  return { now, openedAt: T0, events: builder.events, agentTyping: false, frustration: null, optedOut: false, ...over }
}
