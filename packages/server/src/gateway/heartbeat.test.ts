import { afterEach, describe, expect, it, vi } from 'vitest'
import { startHeartbeat, type Beating } from './heartbeat.ts'

function peer(answers: boolean) {
  let onPong = () => {}
  const ws = {
    pings: 0,
    terminated: false,
    ping() {
      ws.pings++
      if (answers) onPong()
    },
    terminate() {
      ws.terminated = true
    },
    on(_: 'pong', listener: () => void) {
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
