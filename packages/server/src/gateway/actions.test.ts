import type { ConversationEvent, ServerFrame } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { acked } from './actions.ts'
import type { Session } from './context.ts'

/** A shopper's connection whose frames, fan-out and work after an ack write into `log`. */
function connection(conversationId: string, log: string[]): Session {
  const work =
    (name: string) =>
    async (...args: unknown[]) => {
      log.push(`${name} ${(args.at(-1) as ConversationEvent).seq}`)
    }
  const session = {
    subscriptions: new Map([[conversationId, {}]]),
    send: (frame: ServerFrame) => log.push(`${frame.type} ${frame.type === 'ack' ? frame.seq : ''}`),
    deps: {
      bus: { publish: (_topic: string, frame: { event: ConversationEvent }) => log.push(`fan-out ${frame.event.seq}`) },
      care: { afterEvent: work('care') },
      empathy: { afterEvent: work('rules') },
      complaints: { afterEvent: work('complaints') },
    },
  }
  return session as unknown as Session
}

const message = (seq: number): ConversationEvent => ({
  kind: 'message',
  seq,
  at: new Date(0).toISOString(),
  author: { role: 'visitor', id: `v${seq}` },
  clientId: `m${seq}`,
  text: 'Where is my order?',
})

describe('acked', () => {
  // Issue 12: the appends of one batch are answered in one turn of the event loop, and frames leave
  // when a turn ends (outgoing.ts). The rules ran in that turn too, message after message, so the
  // batch's last ack left only after the rules of all of its messages.
  it('sends the acks and the fan-out of a whole batch before the work after an ack, which runs in the next turn', async () => {
    const log: string[] = []
    const nextTurnBegan = new Promise<void>((resolve) => setImmediate(() => resolve(void log.push('next turn'))))
    await Promise.all([1, 2, 3].map((seq) => acked(connection(`c${seq}`, log), `m${seq}`, `c${seq}`, message(seq), false)))
    await nextTurnBegan
    const turn = log.indexOf('next turn')
    expect(log.slice(0, turn)).toEqual(['ack 1', 'fan-out 1', 'ack 2', 'fan-out 2', 'ack 3', 'fan-out 3'])
    expect(log.slice(turn + 1).sort()).toEqual([
      'care 1',
      'care 2',
      'care 3',
      'complaints 1',
      'complaints 2',
      'complaints 3',
      'rules 1',
      'rules 2',
      'rules 3',
    ])
  })

  it('fans out nothing and runs no rules for a duplicate, which is acked again only', async () => {
    const log: string[] = []
    await acked(connection('c1', log), 'm1', 'c1', message(1), true)
    expect(log).toEqual(['ack 1'])
  })
})
