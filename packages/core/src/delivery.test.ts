import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { createClient } from './visitor-client.ts'
import { memoryStorage, type WakeSource } from './platform.ts'
import { fakeClock } from './testing/fake-clock.ts'
import { SERVER, useMockServer } from './testing/network.ts'

const mock = useMockServer()
const states = (client: ReturnType<typeof createClient>) =>
  client.$timeline.get().map((item) => (item.kind === 'message' && item.role === 'visitor' ? item.state : item.kind))

function newClient(extra: Partial<Parameters<typeof createClient>[0]> = {}) {
  return createClient({ server: SERVER, siteKey: 'demo', storage: memoryStorage(), random: () => 0, tabs: false, ...extra })
}

describe('delivery states', () => {
  it('moves a message sending → sent → delivered → read as the agent receives and reads it', async () => {
    const client = newClient()
    client.connect()
    client.send('Do you have it in red?')
    expect(states(client)).toEqual(['sending'])
    await vi.waitFor(() => expect(states(client)).toEqual(['sent']))
    mock.agentMarks('delivered', 1)
    await vi.waitFor(() => expect(states(client)).toEqual(['delivered']))
    mock.agentMarks('read', 1)
    await vi.waitFor(() => expect(states(client)).toEqual(['read']))
    client.destroy()
  })

  it('marks a refused message failed and sends it again on retry, exactly once', async () => {
    const client = newClient()
    client.connect()
    mock.failSends('forbidden')
    const key = client.send('hello?')
    await vi.waitFor(() => expect(states(client)).toEqual(['failed']))
    mock.failSends(null)
    client.retry(key)
    expect(states(client)).toEqual(['sending'])
    await vi.waitFor(() => expect(states(client)).toEqual(['sent']))
    expect(
      mock
        .conversations()
        .at(-1)
        ?.events.filter((e) => e.kind === 'message'),
    ).toHaveLength(1)
    client.destroy()
  })

  it('resends by itself what a busy server refused for now, and shows it sent once', async () => {
    const client = newClient()
    client.connect()
    mock.failSends('rate_limited')
    client.send('during a rush')
    await new Promise((r) => setTimeout(r, 300))
    expect(states(client)).toEqual(['sending'])
    mock.failSends(null)
    await vi.waitFor(() => expect(states(client)).toEqual(['sent']), { timeout: 4000 })
    expect(
      mock
        .conversations()
        .at(-1)
        ?.events.filter((e) => e.kind === 'message'),
    ).toHaveLength(1)
    client.destroy()
  })

  // Issue 11, finding 8: a message the server could never store was resent every 2 s for ever.
  it('fails for good, with its retry, a message the server keeps refusing with internal', async () => {
    const { clock, advance } = fakeClock(Date.now())
    const storage = memoryStorage()
    const client = newClient({ clock, storage })
    client.connect()
    await vi.waitFor(() => expect(client.$status.get()).toBe('online'))
    mock.failSends('internal')
    const key = client.send('poison')
    // Five resends, spaced 2, 4, 8, 16 and 32 s apart on the fake clock, then failed.
    await vi.waitFor(
      () => {
        advance(2_000)
        expect(states(client)).toEqual(['failed'])
      },
      { timeout: 15_000, interval: 20 },
    )
    expect(storage.getItem('attune:demo:outbox')).toBeNull()
    mock.failSends(null)
    client.retry(key)
    await vi.waitFor(() => expect(states(client)).toEqual(['sent']))
    client.destroy()
  })

  it('notices a gap in seq and fills it: the missing message is shown, in order, once', async () => {
    const client = newClient()
    client.connect()
    client.send('first')
    await vi.waitFor(() => expect(states(client)).toEqual(['sent']))
    mock.dropNextEvents(1)
    mock.agentSays('lost on the way')
    mock.agentSays('arrives')
    await vi.waitFor(() => expect(client.$timeline.get().map((i) => i.seq)).toEqual([1, 2, 3]))
    client.destroy()
  })
})

describe('history', () => {
  it('loads the latest page first and older pages on demand', async () => {
    const storage = memoryStorage()
    const writer = newClient({ storage })
    writer.connect()
    for (let i = 1; i <= 7; i++) writer.send(`m${i}`)
    await vi.waitFor(() => expect(states(writer).every((s) => s === 'sent')).toBe(true))
    writer.destroy()

    const reader = newClient({ storage, pageSize: 3 })
    reader.connect()
    const texts = () => reader.$timeline.get().map((i) => i.kind === 'message' && i.text)
    await vi.waitFor(() => expect(texts()).toEqual(['m5', 'm6', 'm7']))
    expect(reader.$hasOlder.get()).toBe(true)
    reader.loadOlder()
    await vi.waitFor(() => expect(texts()).toEqual(['m2', 'm3', 'm4', 'm5', 'm6', 'm7']))
    reader.loadOlder()
    await vi.waitFor(() => expect(texts()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']))
    expect(reader.$hasOlder.get()).toBe(false)
    reader.destroy()
  })
})

describe('waking up', () => {
  it('reconnects at once when the network comes back instead of waiting out the backoff', async () => {
    let wake = () => {}
    const source: WakeSource = (fn) => ((wake = fn), () => {})
    // Time stands still: the backoff timer never fires, so only the wake can bring it back.
    const { clock, pending } = fakeClock(Date.now())
    const client = newClient({ wake: source, clock })
    client.connect()
    await vi.waitFor(() => expect(client.$status.get()).toBe('online'))
    mock.refuseConnections(true)
    mock.dropConnections()
    await vi.waitFor(() => expect(client.$status.get()).toBe('offline'))
    mock.refuseConnections(false)
    await new Promise((r) => setTimeout(r, 50))
    expect(client.$status.get()).toBe('offline')
    expect(pending()).toBeGreaterThan(0) // the retry, waiting
    wake()
    await vi.waitFor(() => expect(client.$status.get()).toBe('online'), { timeout: 2000 })
    client.destroy()
  })
})

describe('identity', () => {
  it('joins the account on identify and starts anonymous again on logout', async () => {
    const storage = memoryStorage()
    const client = newClient({ storage })
    client.connect()
    client.send('question before signing in')
    await vi.waitFor(() => expect(states(client)).toEqual(['sent']))
    client.identify({ id: 'user-7', userHash: 'a'.repeat(64) })
    const signedInToken = storage.getItem('attune:demo:token')

    // The same account on another device sees the conversation started anonymously.
    const phone = newClient()
    phone.connect()
    await vi.waitFor(() => expect(phone.$status.get()).toBe('online'))
    phone.identify({ id: 'user-7', userHash: 'a'.repeat(64) })
    await vi.waitFor(() => expect(phone.$timeline.get().map((i) => i.kind === 'message' && i.text)).toEqual(['question before signing in']))
    phone.destroy()

    // Where earlier versions kept the read mark (the server keeps it now): forgotten too.
    storage.setItem('attune:demo:read', '{"id":"c1","seq":1}')
    client.logout()
    expect(client.$timeline.get()).toEqual([])
    expect(storage.getItem('attune:demo:outbox')).toBeNull()
    expect(storage.getItem('attune:demo:read')).toBeNull()
    await vi.waitFor(() => expect(storage.getItem('attune:demo:token')).toBeTruthy())
    expect(storage.getItem('attune:demo:token')).not.toBe(signedInToken)
    client.destroy()
  })

  it('a refused identity leaves the shopper who they were: their chat resumes and what they typed goes', async () => {
    const storage = memoryStorage()
    const first = newClient({ storage })
    first.connect()
    first.send('Is the red one back?')
    await vi.waitFor(() => expect(states(first)).toEqual(['sent']))
    first.destroy()

    // The page says who the shopper is before the connection opens (a hash the server refuses).
    mock.acceptIdentity(false)
    onTestFinished(() => mock.acceptIdentity(true))
    const reloaded = newClient({ storage })
    const errors: string[] = []
    reloaded.on('error', (error) => errors.push(error.code))
    reloaded.identify({ id: 'user-7', userHash: 'b'.repeat(64) })
    reloaded.connect()
    reloaded.send('Any news?')
    await vi.waitFor(() => expect(states(reloaded)).toEqual(['sent', 'sent']))
    expect(reloaded.$timeline.get().map((i) => i.kind === 'message' && i.text)).toEqual(['Is the red one back?', 'Any news?'])
    expect(errors).toEqual(['unauthorized'])
    reloaded.destroy()
  })

  it('refuses an identity without a proper hash, typed, before sending anything', () => {
    const client = newClient()
    expect(() => client.identify({ id: 'u', userHash: 'nope' })).toThrowError(/userHash/)
  })
})
