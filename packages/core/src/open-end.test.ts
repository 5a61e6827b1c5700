import { describe, expect, it, vi } from 'vitest'
import { createClient } from './visitor-client.ts'
import { memoryStorage } from './platform.ts'
import { SERVER, useMockServer } from './testing/network.ts'

const mock = useMockServer()

describe('opening and ending the chat', () => {
  it('shows the before card when the chat is opened, even if it was opened while offline', async () => {
    mock.refuseConnections(true)
    const client = createClient({ server: SERVER, siteKey: 'demo', storage: memoryStorage(), tabs: false, wake: false, random: () => 0 })
    client.connect()
    client.openChat({ page: '/cart', locale: 'th' })
    await vi.waitFor(() => expect(client.$status.get()).toBe('offline'))
    mock.refuseConnections(false)
    await vi.waitFor(() => expect(client.$checkIn.get()).toMatchObject({ phase: 'before', trigger: 'open' }))
    client.answerCheckIn({ mood: 4 })
    expect(client.$checkIn.get()).toBeNull()
    await vi.waitFor(() =>
      expect(
        mock
          .conversations()
          .at(-1)
          ?.events.some((e) => e.kind === 'checkin.answered'),
      ).toBe(true),
    )
    client.destroy()
  })

  it('ends the chat from the shopper side and shows the after card the server then asks', async () => {
    const client = createClient({ server: SERVER, siteKey: 'demo', storage: memoryStorage(), tabs: false, wake: false })
    client.connect()
    client.send('thanks, that is all')
    await vi.waitFor(() => expect(client.$timeline.get()[0]).toMatchObject({ state: 'sent' }))
    client.endChat()
    await vi.waitFor(() => expect(client.$timeline.get().at(-1)?.kind).toBe('resolved'))
    mock.askCheckIn('after')
    await vi.waitFor(() => expect(client.$checkIn.get()).toMatchObject({ phase: 'after' }))
    client.destroy()
  })
})
