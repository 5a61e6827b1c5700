import type { EmpathySnapshot } from '@attune/protocol'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWaitingCards } from './waiting-cards.ts'

const card = (moodNow: 1 | 2 | 3 | 4 | 5): EmpathySnapshot => ({
  ...{ moodBefore: null, moodNow, moodAfter: null, skipped: [], reason: null, topic: null, understood: null },
  ...{ signal: { level: 'calm', score: 0, cues: [] }, language: null, pending: null },
})

/** The cards written alone, as `[conversation, moodNow]`; `refuse` makes the next writes fail. */
function harness() {
  const written: [string, number | null][] = []
  const failures: unknown[] = []
  let refuse = false
  const cards = createWaitingCards({
    waitMs: 1_000,
    write: async (id, c) => {
      if (refuse) throw new Error('the database is away')
      written.push([id, c.moodNow])
    },
    failed: (error) => void failures.push(error),
  })
  return { cards, written, failures, refuse: (on: boolean) => void (refuse = on) }
}

beforeEach(() => void vi.useFakeTimers())
afterEach(() => void vi.useRealTimers())

describe("the agents' cards waiting to be written", () => {
  it('hands the newest card to the next append of its conversation, once, and writes nothing alone', async () => {
    const { cards, written } = harness()
    cards.set('a', card(1))
    cards.set('a', card(4))
    const ride = cards.ride('a')
    expect(ride?.card.moodNow).toBe(4)
    // An append behind it in the same batch window carries nothing more.
    expect(cards.ride('a')).toBeUndefined()
    expect(cards.unwritten('a')?.moodNow).toBe(4)
    ride!.done(true)
    expect(cards.unwritten('a')).toBeUndefined()
    await vi.advanceTimersByTimeAsync(5_000)
    expect(written).toEqual([])
  })

  it('writes a card alone once it waited a second for an append that did not come', async () => {
    const { cards, written } = harness()
    cards.set('a', card(2))
    await vi.advanceTimersByTimeAsync(999)
    expect(written).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(written).toEqual([['a', 2]])
    expect(cards.unwritten('a')).toBeUndefined()
  })

  it('writes a conversation whose cards keep coming within a second of its first unwritten one', async () => {
    const { cards, written } = harness()
    cards.set('a', card(1))
    await vi.advanceTimersByTimeAsync(600)
    cards.set('a', card(3))
    cards.set('b', card(5))
    await vi.advanceTimersByTimeAsync(400)
    expect(written).toEqual([['a', 3]])
    await vi.advanceTimersByTimeAsync(600)
    expect(written).toEqual([
      ['a', 3],
      ['b', 5],
    ])
  })

  it('keeps a newer card made while an older one was on its way', async () => {
    const { cards } = harness()
    cards.set('a', card(1))
    const ride = cards.ride('a')
    cards.set('a', card(2))
    ride!.done(true)
    expect(cards.unwritten('a')?.moodNow).toBe(2)
    expect(cards.ride('a')?.card.moodNow).toBe(2)
  })

  it('writes alone a card whose append failed, and tries a failed write again a second later', async () => {
    const { cards, written, failures, refuse } = harness()
    cards.set('a', card(3))
    cards.ride('a')!.done(false)
    refuse(true)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(failures).toHaveLength(1)
    expect(cards.unwritten('a')?.moodNow).toBe(3)
    refuse(false)
    await vi.advanceTimersByTimeAsync(1_000)
    expect(written).toEqual([['a', 3]])
    expect(cards.unwritten('a')).toBeUndefined()
  })

  it('writes every waiting card at once when flushed, leaving the ones riding to their appends', async () => {
    const { cards, written } = harness()
    cards.set('a', card(1))
    cards.set('b', card(2))
    cards.set('c', card(3))
    const ride = cards.ride('c')
    await cards.flush()
    expect(written).toEqual([
      ['a', 1],
      ['b', 2],
    ])
    ride!.done(true)
    expect(cards.unwritten('c')).toBeUndefined()
  })
})
