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
