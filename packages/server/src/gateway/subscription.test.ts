import type { ConversationEvent, ServerFrame } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import type { ConversationLog } from '../log.ts'
import { createSubscription } from './subscription.ts'

const event = (seq: number): ConversationEvent => ({
  kind: 'message',
  seq,
  at: new Date(0).toISOString(),
  author: { role: 'visitor', id: 'v' },
  clientId: `c${seq}`,
  text: `m${seq}`,
})

/** A log of `n` events whose reads can be held back, to interleave live events with a replay. */
function fakeLog(n: number) {
  const events = Array.from({ length: n }, (_, i) => event(i + 1))
  let release: () => void = () => {}
  const gate = new Promise<void>((r) => (release = r))
  const log = {
    async readAfter(_id: string, after: number, limit = 200) {
      await gate
      return events.filter((e) => e.seq > after).slice(0, limit)
    },
  } as unknown as ConversationLog
  return { log, events, release }
}

function setup(afterSeq: number, n: number) {
  const { log, events, release } = fakeLog(n)
  const sent: number[] = []
  const sub = createSubscription({
    conversationId: 'c',
    afterSeq,
    log,
    send: (f: ServerFrame) => f.type === 'event' && sent.push(f.event.seq),
    onError: (e) => {
      throw e
    },
  })
  return { sub, sent, events, release }
}

describe('subscription', () => {
  it('delivers replay and live events once each, in seq order, with no gap between them', async () => {
    const { sub, sent, events, release } = setup(1, 5)
    let synced = -1
    const done = sub.replay((last) => (synced = last))
    // Live events published while the replay is still reading: some replayed, one new.
    events.push(event(6))
    sub.live(event(3))
    sub.live(event(6))
    release()
    await done
    sub.live(event(6))
    sub.live(event(7))
    await sub.replay()
    expect(synced).toBe(6) // the log already held 6 when the replay read it
    expect(sent).toEqual([2, 3, 4, 5, 6, 7])
  })

  it('sends nothing before its first replay, and reads no log when it is known to have everything', async () => {
    const { sub, sent, release } = setup(3, 3)
    sub.live(event(4))
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(sent).toEqual([])
    // The log is never released: a read of it would never end.
    let synced = -1
    await sub.replay((last) => (synced = last), 3)
    expect(sent).toEqual([4])
    expect(synced).toBe(4)
    release()
  })

  it('fills a gap from the log when a live event arrives ahead of its predecessor', async () => {
    const { sub, sent, release } = setup(0, 3)
    release()
    sub.live(event(3))
    await sub.replay()
    expect(sent).toEqual([1, 2, 3])
  })
})
