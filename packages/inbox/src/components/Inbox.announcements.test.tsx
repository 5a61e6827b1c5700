// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { AgentProfile } from '../agent.ts'
import type { SessionApi } from '../session/api.ts'
import { button, cleanup, mount, settle } from '../testing/dom.ts'
import { demoPerson, empathy, fakeAgent, summary, type FakeAgent } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import * as careChunk from './care/care-ui.ts'
import { App } from './App.tsx'
import { Inbox } from './Inbox.tsx'
import * as searchChunk from './search/index.ts'

// The team's list (care's chunk) and the search box arrive when the test says, the same way to
// every component that asks for them, instead of whenever their import happens to settle.
const arrived = await vi.hoisted(async () => {
  const { atom } = await import('nanostores')
  return { team: atom<typeof careChunk | null>(null), search: atom<typeof searchChunk | null>(null) }
})
vi.mock('./care/lazy.ts', async () => {
  const { useStore } = await import('@nanostores/preact')
  return { useLazyCare: () => useStore(arrived.team) }
})
vi.mock('./search/lazy.ts', async () => {
  const { useStore } = await import('@nanostores/preact')
  return { useLazySearch: () => useStore(arrived.search) }
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  arrived.team.set(null)
  arrived.search.set(null)
})

const manager = demoPerson('manager')

const row = (understood: boolean | null) => summary({ id: 'c1', visitorId: 'v-aaaa3f2a', empathy: empathy({ moodNow: 4, understood }) })

/** The list's live region: the inbox's, beside whichever list is drawn. */
const listRegion = (root: HTMLElement) => root.querySelector('.pane-list > .sr-only[role="status"]')

/** What a screen reader hears from `region`: its words each time they change. */
function listen(region: Element): string[] {
  const heard: string[] = []
  let words = region.textContent
  new MutationObserver(() => {
    if (region.textContent === words) return
    words = region.textContent
    heard.push(words ?? '')
  }).observe(region, { childList: true, characterData: true, subtree: true })
  return heard
}

const CHUNKS = [
  ['team', () => arrived.team.set(careChunk)],
  ['search', () => arrived.search.set(searchChunk)],
] as const

describe.each(CHUNKS)('Inbox: the list’s announcements as the %s chunk arrives (WCAG 4.1.3)', (_name, arrive) => {
  it.each(['just before', 'as', 'just after'] as const)(
    'says a shopper does not feel understood yet once, in the same live region, when it happens %s the chunk arrives',
    async (moment) => {
      vi.stubGlobal('fetch', fakeFetch({ 'GET /api/team': [200, { members: [], invites: [] }] }).fetch)
      const client = fakeAgent()
      client.connect()
      act(() => client.$conversations.set([row(null)]))
      const { root } = mount(
        <Inbox client={client} agent={manager} onSignOut={() => {}} onSwitchStore={() => {}} onSessionChanged={() => {}} onStoreDeleted={() => {}} />,
      )
      await settle()
      const region = listRegion(root)!
      const heard = listen(region)
      const notYet = () => client.$conversations.set([row(false)])

      if (moment === 'just before') {
        act(notYet)
        await settle()
        act(arrive)
      } else if (moment === 'as') {
        act(() => {
          notYet()
          arrive()
        })
      } else {
        act(arrive)
        await settle()
        act(notYet)
      }
      await settle()

      expect(root.querySelector('.badge-not-yet')).not.toBeNull()
      expect(listRegion(root)?.textContent).toBe("Visitor 3f2a doesn't feel understood yet")
      expect(listRegion(root)).toBe(region)
      expect(heard).toEqual(["Visitor 3f2a doesn't feel understood yet"])
    },
  )
})

/** A conversation of shopper …3f2a, or of another, with or without their "Not yet". */
const conversation = (id: string, understood: boolean | null, assigned = false) =>
  summary({
    id,
    visitorId: `v-aaaa${id === 'c1' ? '3f2a' : '77b0'}`,
    empathy: empathy({ moodNow: 4, understood }),
    ...(assigned ? { assignee: { id: 'p1', name: 'Dao' } } : {}),
  })

/** What a welcome brings at once: who is connected, then the store's open conversations (core's order). */
function welcome(client: FakeAgent, person: AgentProfile, conversations: ReturnType<typeof conversation>[]) {
  client.$me.set({ id: person.id, name: person.name, email: person.email, siteKey: person.siteKey, role: person.role })
  client.$conversations.set(conversations)
}

function mountInbox(client: FakeAgent, person: AgentProfile) {
  return mount(
    <Inbox client={client} agent={person} onSignOut={() => {}} onSwitchStore={() => {}} onSessionChanged={() => {}} onStoreDeleted={() => {}} />,
  )
}

describe('Inbox: the list speaks of what the agent sees happen, not of what is there (WCAG 4.1.3)', () => {
  it('says nothing of a shopper already "Not yet" when the sign-in\'s welcome brings the list, then speaks of the next', async () => {
    vi.stubGlobal('fetch', fakeFetch({}).fetch)
    const client = fakeAgent()
    client.connect()
    const { root } = mountInbox(client, manager)
    await settle()
    const heard = listen(listRegion(root)!)

    act(() => welcome(client, manager, [conversation('c1', false), conversation('c2', null)]))
    await settle()
    expect(root.querySelector('.badge-not-yet')).not.toBeNull()
    expect(heard).toEqual([])

    act(() => client.$conversations.set([conversation('c1', false), conversation('c2', false)]))
    await settle()
    expect(heard).toEqual(["Visitor 77b0 doesn't feel understood yet"])
  })

  it('says nothing of a "Not yet" given while the connection was down: the reconnect\'s welcome brings it as found', async () => {
    vi.stubGlobal('fetch', fakeFetch({}).fetch)
    const client = fakeAgent()
    client.connect()
    const { root } = mountInbox(client, manager)
    act(() => welcome(client, manager, [conversation('c1', null)]))
    await settle()
    const heard = listen(listRegion(root)!)

    act(() => client.$status.set('offline'))
    await settle()
    act(() => {
      client.$status.set('online')
      welcome(client, manager, [conversation('c1', false)])
    })
    await settle()
    expect(root.querySelector('.badge-not-yet')).not.toBeNull()
    expect(heard).toEqual([])
  })

  it('says nothing when another view shows a shopper who was "Not yet" before: the row is found, not raised', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/team': [200, { members: [], invites: [] }] }).fetch)
    const agent = demoPerson('agent')
    const client = fakeAgent()
    client.connect()
    act(() => welcome(client, agent, [conversation('c1', null, true)]))
    const { root } = mountInbox(client, agent)
    act(() => arrived.team.set(careChunk))
    await settle()
    const heard = listen(listRegion(root)!)

    // Raised while the agent looks at their own ("Mine"): not on screen, so not said.
    act(() => client.$conversations.set([conversation('c2', false), conversation('c1', null, true)]))
    await settle()
    act(() => root.querySelector<HTMLButtonElement>('#view-tab-unassigned')!.click())
    await settle()
    expect(root.querySelector('.badge-not-yet')).not.toBeNull()
    expect(heard).toEqual([])
  })

  it('says nothing of a shopper already "Not yet" in the store switched to', async () => {
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/team': [200, { members: [], invites: [] }] }).fetch)
    const demo = { ...manager, stores: [...manager.stores, { siteKey: 'noodles', name: 'Noodle Bar', role: 'manager' as const }] }
    const noodles = { ...demo, siteKey: 'noodles' }
    const clients: FakeAgent[] = []
    const api: SessionApi = {
      me: vi.fn(async () => demo),
      login: vi.fn(async () => ({ ok: true as const, agent: demo })),
      logout: vi.fn(async () => {}),
      switchStore: vi.fn(async () => ({ ok: true as const, agent: noodles })),
    }
    const createAgent = () => {
      const client = fakeAgent()
      clients.push(client)
      return client
    }
    const { root } = mount(<App api={api} createAgent={createAgent} />)
    await settle()
    act(() => welcome(clients[0]!, demo, [conversation('c2', null)]))
    await settle()

    act(() => root.querySelector<HTMLButtonElement>('.switcher-toggle')!.click())
    act(() => button(root, 'Noodle Bar · Manager').click())
    await settle()
    const heard = listen(listRegion(root)!)
    act(() => welcome(clients[1]!, noodles, [conversation('c1', false)]))
    await settle()
    expect(root.querySelector('.badge-not-yet')).not.toBeNull()
    expect(heard).toEqual([])
  })
})
