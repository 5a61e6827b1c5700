import { describe, expect, it, vi } from 'vitest'
import { createClient } from './visitor-client.ts'
import { memoryStorage } from './platform.ts'
import { fakeBrowser } from './testing/fake-tabs.ts'
import { SERVER, useMockServer } from './testing/network.ts'

const mock = useMockServer()
const texts = (client: ReturnType<typeof createClient>) => client.$timeline.get().map((i) => i.kind === 'message' && i.text)

function twoTabs() {
  const browser = fakeBrowser()
  // Tabs of one browser share localStorage.
  const storage = memoryStorage()
  const open = () => createClient({ server: SERVER, siteKey: 'demo', storage, tabs: browser.tab(), wake: false, random: () => 0 })
  return { first: open(), second: open(), open }
}

describe('several tabs of one shopper', () => {
  it('share one connection and show the same timeline and unread count', async () => {
    const { first, second } = twoTabs()
    first.connect()
    second.connect()
    await vi.waitFor(() => expect([first.$status.get(), second.$status.get()]).toEqual(['online', 'online']))
    expect(mock.connectionCount()).toBe(1)

    second.send('sent from the second tab')
    await vi.waitFor(() => expect(texts(first)).toEqual(['sent from the second tab']))
    await vi.waitFor(() => expect(second.$timeline.get()[0]).toMatchObject({ state: 'sent', seq: 1 }))
    mock.agentSays('Hello from Alex')
    await vi.waitFor(() => expect([first.$unread.get(), second.$unread.get()]).toEqual([1, 1]))
    first.markRead()
    await vi.waitFor(() => expect(second.$unread.get()).toBe(0))
    expect(
      mock
        .conversations()
        .at(-1)
        ?.events.filter((e) => e.kind === 'message'),
    ).toHaveLength(2)
    first.destroy()
    second.destroy()
  })

  it('hands the connection over when the leading tab closes, losing and doubling nothing', async () => {
    const { first, second } = twoTabs()
    first.connect()
    second.connect()
    await vi.waitFor(() => expect(second.$status.get()).toBe('online'))
    first.send('one')
    first.destroy() // the leader closes before (or just after) "one" reached the server
    second.send('two')
    await vi.waitFor(() => expect(second.$status.get()).toBe('online'))
    await vi.waitFor(() => expect(texts(second)).toEqual(['one', 'two']))
    await vi.waitFor(() => expect(second.$timeline.get().every((i) => i.kind === 'message' && i.state === 'sent')).toBe(true))
    const stored = mock
      .conversations()
      .at(-1)
      ?.events.map((e) => e.kind === 'message' && e.text)
    expect(stored).toEqual(['one', 'two'])
    expect(mock.connectionCount()).toBe(1)
    second.destroy()
  })

  it("a tab opened later catches up with everything said before, and with the store's details", async () => {
    const { first, open } = twoTabs()
    first.connect()
    first.send('early message')
    await vi.waitFor(() => expect(first.$timeline.get()[0]).toMatchObject({ state: 'sent' }))
    const late = open()
    late.connect()
    await vi.waitFor(() => expect(texts(late)).toEqual(['early message']))
    // The leader's welcome, a while ago, had them: the late tab's is the leader's view of it.
    expect(mock.connectionCount()).toBe(1)
    expect(late.$site.get()).toMatchObject({ name: 'Demo Store', checkIns: { topics: ['order', 'product', 'returns', 'payment', 'other'] } })
    first.destroy()
    late.destroy()
  })

  it('a tab opened later is welcomed as the shopper stands now, not told again what the first welcome told once', async () => {
    mock.tellOnNextWelcome({ comment: 'Delivery was slow', note: 'We added a second courier.' })
    const { first, open } = twoTabs()
    first.connect()
    await vi.waitFor(() => expect(first.$toldUs.get()).not.toBeNull())
    first.send('Where is my order?')
    await vi.waitFor(() => expect(first.$timeline.get()[0]).toMatchObject({ state: 'sent' }))
    const late = open()
    late.connect()
    await vi.waitFor(() => expect(texts(late)).toEqual(['Where is my order?']))
    expect(late.$toldUs.get()).toBeNull()
    expect(late.$site.get()).toMatchObject({ name: 'Demo Store' })
    first.destroy()
    late.destroy()
  })

  it('a tab opened later knows how many agents are online, which the server told before it came', async () => {
    const { first, open } = twoTabs()
    first.connect()
    await vi.waitFor(() => expect(first.$agentsOnline.get()).toBe(1))
    mock.setAgentsOnline(2)
    await vi.waitFor(() => expect(first.$agentsOnline.get()).toBe(2))
    const late = open()
    late.connect()
    await vi.waitFor(() => expect(late.$status.get()).toBe('online'))
    await vi.waitFor(() => expect(late.$agentsOnline.get()).toBe(2))
    first.destroy()
    late.destroy()
  })

  it('a tab opened later counts unread from where the shopper read in another tab', async () => {
    const { first, open } = twoTabs()
    first.connect()
    first.send('Is it in stock?')
    await vi.waitFor(() => expect(first.$timeline.get()[0]).toMatchObject({ state: 'sent' }))
    mock.agentSays('Yes, since this morning.')
    await vi.waitFor(() => expect(first.$unread.get()).toBe(1))
    first.markRead()
    const late = open()
    late.connect()
    await vi.waitFor(() => expect(texts(late)).toEqual(['Is it in stock?', 'Yes, since this morning.']))
    expect(late.$unread.get()).toBe(0)
    mock.agentSays('Shall I hold one for you?')
    await vi.waitFor(() => expect([first.$unread.get(), late.$unread.get()]).toEqual([1, 1]))
    first.destroy()
    late.destroy()
  })
})
