import { afterEach, describe, expect, it, vi } from 'vitest'
import { startHeartbeat, startHelloDeadlines, type Beating } from './heartbeat.ts'

function peer(answers: boolean) {
  let onPong: (this: Beating) => void = () => {}
  const ws = {
    pings: 0,
    terminated: false,
    ping() {
      ws.pings++
      // As an EventEmitter calls its listeners: with the socket as `this`.
      if (answers) onPong.call(ws)
    },
    terminate() {
      ws.terminated = true
    },
    on(_: 'pong', listener: (this: Beating) => void) {
      onPong = listener
    },
  }
  return ws satisfies Beating
}

afterEach(() => {
  vi.useRealTimers()
})

/** Lets the sweep's next turns run: each waits for the one before it (a fake `setImmediate`). */
async function nextTurns(turns: number) {
  for (let turn = 0; turn < turns; turn++) await vi.advanceTimersByTimeAsync(1)
}

describe('heartbeat', () => {
  it('keeps a peer that answers pings and cuts one that stopped answering, after one missed ping', () => {
    vi.useFakeTimers()
    const live = peer(true)
    const dead = peer(false)
    const sockets = new Set([live, dead])
    const heartbeat = startHeartbeat(() => sockets, 1000)
    heartbeat.watch(live)
    heartbeat.watch(dead)

    vi.advanceTimersByTime(1000)
    expect([live.pings, dead.pings]).toEqual([1, 1])
    expect(dead.terminated).toBe(false)
    vi.advanceTimersByTime(1000)
    expect(dead.terminated).toBe(true)
    vi.advanceTimersByTime(5000)
    expect(live.terminated).toBe(false)
    expect(live.pings).toBe(7)
    heartbeat.stop()
  })

  it('pings a crowd a few hundred sockets per turn of the event loop, so frames go on in between', async () => {
    vi.useFakeTimers()
    const crowd = Array.from({ length: 1200 }, (_, i) => peer(i !== 1100))
    const heartbeat = startHeartbeat(() => crowd, 1000)
    for (const ws of crowd) heartbeat.watch(ws)

    vi.advanceTimersByTime(1000)
    // The first turn pings 500 and gives the event loop back; the next turns ping the rest.
    expect(crowd.filter((ws) => ws.pings === 1)).toHaveLength(500)
    await nextTurns(2)
    expect(crowd.every((ws) => ws.pings === 1)).toBe(true)

    // The silent one, in the last turn, is cut at the next sweep; nobody else.
    await vi.advanceTimersByTimeAsync(1000)
    await nextTurns(2)
    expect(crowd.filter((ws) => ws.terminated)).toEqual([crowd[1100]])
    heartbeat.stop()
  })

  it('stops between turns once stopped', async () => {
    vi.useFakeTimers()
    const crowd = Array.from({ length: 1200 }, () => peer(true))
    const heartbeat = startHeartbeat(() => crowd, 1000)
    for (const ws of crowd) heartbeat.watch(ws)
    vi.advanceTimersByTime(1000)
    heartbeat.stop()
    await vi.advanceTimersByTimeAsync(5000)
    expect(crowd.filter((ws) => ws.pings > 0)).toHaveLength(500)
  })
})

describe('hello deadlines', () => {
  it('close a socket silent past the timeout, by one sweep, and never one that said hello', () => {
    vi.useFakeTimers()
    const expired: string[] = []
    const deadlines = startHelloDeadlines<string>(1000, (socket) => expired.push(socket))
    deadlines.wait('silent')
    deadlines.wait('greeted')
    vi.advanceTimersByTime(500)
    deadlines.wait('late')
    deadlines.done('greeted')
    vi.advanceTimersByTime(500)
    expect(expired).toEqual(['silent'])
    vi.advanceTimersByTime(500)
    expect(expired).toEqual(['silent', 'late'])
    vi.advanceTimersByTime(5000)
    expect(expired).toEqual(['silent', 'late'])
    deadlines.stop()
  })
})
