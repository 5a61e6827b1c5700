import { describe, expect, it, vi } from 'vitest'
import { createClient } from './visitor-client.ts'
import { memoryStorage } from './platform.ts'
import { fakeClock } from './testing/fake-clock.ts'
import { SERVER, useMockServer } from './testing/network.ts'

const mock = useMockServer()

describe('the connection', () => {
  it('detects a silent (half-open) socket by its missing pongs and reconnects', async () => {
    const { clock, advance } = fakeClock(Date.now())
    const client = createClient({ server: SERVER, siteKey: 'demo', storage: memoryStorage(), clock, tabs: false, wake: false, random: () => 0 })
    client.connect()
    await vi.waitFor(() => expect(client.$status.get()).toBe('online'))
    mock.mute(true)
    advance(20_000) // ping, no pong
    advance(20_000) // ping, no pong
    expect(client.$status.get()).toBe('online')
    advance(20_000) // 60 s of silence: the socket is declared dead and a new one opened
    expect(client.$status.get()).not.toBe('online')
    mock.mute(false)
    // The new socket's hello went unanswered while muted; the same watchdog retries it.
    await vi.waitFor(() => {
      advance(20_000)
      expect(client.$status.get()).toBe('online')
    })
    client.destroy()
  })

  it('keeps retrying with backoff while the server refuses, then resumes', async () => {
    const client = createClient({ server: SERVER, siteKey: 'demo', storage: memoryStorage(), tabs: false, wake: false, random: () => 0 })
    mock.refuseConnections(true)
    client.connect()
    client.send('typed while the server was down')
    await vi.waitFor(() => expect(client.$status.get()).toBe('offline'))
    mock.refuseConnections(false)
    await vi.waitFor(() => expect(client.$timeline.get()[0]).toMatchObject({ state: 'sent' }))
    client.destroy()
  })
})
