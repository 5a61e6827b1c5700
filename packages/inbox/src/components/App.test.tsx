// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SETTINGS } from '@attune/empathy'
import { insightsFixture } from '../insights/fixture.ts'
import { act } from 'preact/test-utils'
import type { AgentProfile } from '../agent.ts'
import type { SessionApi } from '../session/api.ts'
import { cleanup, button, byLabel, mount, settle, type } from '../testing/dom.ts'
import { fakeAgent, summary } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import { App } from './App.tsx'
import { navigate } from './use-location.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  history.replaceState(null, '', '/')
})

const dao: AgentProfile = {
  id: 'ag_1',
  name: 'Dao',
  email: 'agent@demo.store',
  siteKey: 'demo',
  role: 'owner',
  stores: [{ siteKey: 'demo', name: 'Demo Store', role: 'owner' }],
}

function fakeApi(me: AgentProfile | null): SessionApi & { loggedOut: number } {
  const api = {
    loggedOut: 0,
    me: vi.fn(async () => me),
    login: vi.fn(async () => ({ ok: true as const, agent: dao })),
    logout: vi.fn(async () => {
      api.loggedOut++
    }),
    switchStore: vi.fn(async () => ({ ok: false as const, error: { code: 'network' as const, message: '' } })),
  }
  return api
}

async function start(me: AgentProfile | null) {
  const agent = fakeAgent()
  const api = fakeApi(me)
  const { root } = mount(<App api={api} createAgent={() => agent} />)
  await settle()
  return { agent, api, root }
}

/** Waiting for what the chunks after the first screen draw: their first import is slow on a busy machine. */
const LAZY_CHUNKS = { timeout: 15_000 }

describe('App', () => {
  it('offers "Attach a file" to the store the session works in', async () => {
    const { agent, root } = await start(dao)
    act(() => agent.$conversations.set([summary({ id: 'c1', visitorId: 'v-aaaa3f2a' })]))
    await settle()
    act(() => root.querySelector<HTMLButtonElement>('.conv-row')!.click())
    await settle()
    expect(root.textContent).toContain('Attach a file')
  })

  it('skips the sign-in form when the session cookie is still valid', async () => {
    const { agent, root } = await start(dao)
    expect(root.querySelector('input[type="password"]')).toBeNull()
    expect(root.querySelector('.topbar')!.textContent).toContain('Dao')
    expect(root.querySelector('.topbar [role="status"]')!.textContent).toBe('Connected')
    expect(agent.connected).toBe(1)
    expect(root.textContent).toContain('No open conversations')
  })

  it('shows the sign-in form without a session, then the inbox after signing in', async () => {
    const { agent, root } = await start(null)
    expect(byLabel(root, 'Email')).toBeTruthy()
    expect(agent.connected).toBe(0)
    byLabel(root, 'Email').value = 'agent@demo.store'
    byLabel(root, 'Password').value = 'demo-agent'
    act(() => button(root, 'Sign in').click())
    await settle()
    expect(agent.connected).toBe(1)
    expect(button(root, 'Sign out')).toBeTruthy()
  })

  it('lists open conversations live and opens the one picked', async () => {
    const { agent, root } = await start(dao)
    act(() =>
      agent.$conversations.set([
        summary({
          id: 'c1',
          visitorId: 'v-aaaa3f2a',
          waitingSince: new Date(Date.now() - 5 * 60_000).toISOString(),
          lastMessage: { text: 'Do you ship to Vientiane?', role: 'visitor', at: new Date().toISOString() },
        }),
        summary({ id: 'c2', visitorId: 'v-bbbb9c1e' }),
      ]),
    )
    await settle()
    const rows = [...root.querySelectorAll<HTMLButtonElement>('.conv-row')]
    expect(rows.map((r) => r.querySelector('.conv-row-label')!.textContent)).toEqual(['Visitor 3f2a', 'Visitor 9c1e'])
    expect(rows[0]!.classList.contains('is-waiting')).toBe(true)
    expect(rows[0]!.textContent).toContain('Waiting 5 min')
    expect(rows[0]!.textContent).toContain('Do you ship to Vientiane?')

    act(() => rows[1]!.click())
    await settle()
    expect(rows[1]!.getAttribute('aria-current')).toBe('true')
    expect(rows[0]!.hasAttribute('aria-current')).toBe(false)
    expect(root.querySelector('#conversation-title')!.textContent).toBe('Visitor 9c1e')
    expect(agent.conversations.has('c2')).toBe(true)
    expect(byLabel(root, 'Reply').tagName).toBe('TEXTAREA')
  })

  it('shows each row\'s mood in words, and raises a "Not yet" conversation live with a badge', async () => {
    const { agent, root } = await start(dao)
    // The team's list and the search box may arrive at any moment here: the list's live region and
    // what it has seen outlive the new list each makes (Inbox.announcements.test.tsx).
    const calm = { level: 'calm' as const, score: 0, cues: [] }
    const feeling = (moodNow: 1 | 2 | 3 | 4 | 5 | null, understood: boolean | null) => ({
      moodBefore: moodNow,
      moodNow,
      moodAfter: null,
      skipped: [],
      reason: null,
      topic: null,
      understood,
      signal: calm,
      language: 'en',
      pending: null,
    })
    act(() =>
      agent.$conversations.set([
        summary({ id: 'c1', visitorId: 'v-aaaa3f2a', waitingSince: new Date().toISOString(), empathy: feeling(4, null) }),
        summary({ id: 'c2', visitorId: 'v-bbbb9c1e', empathy: feeling(2, null) }),
      ]),
    )
    await settle()
    const labels = () => [...root.querySelectorAll('.conv-row')].map((r) => r.querySelector('.conv-row-label')!.textContent)
    expect(labels()).toEqual(['Visitor 9c1e', 'Visitor 3f2a'])
    expect(root.querySelector('.conv-row')!.textContent).toContain('upset')

    act(() =>
      agent.$conversations.set([
        summary({ id: 'c1', visitorId: 'v-aaaa3f2a', waitingSince: new Date().toISOString(), empathy: feeling(4, false) }),
        summary({ id: 'c2', visitorId: 'v-bbbb9c1e', empathy: feeling(2, null) }),
      ]),
    )
    await settle()
    expect(labels()).toEqual(['Visitor 3f2a', 'Visitor 9c1e'])
    const first = root.querySelector('.conv-row')!
    expect(first.querySelector('.badge-not-yet')!.textContent).toBe('Not yet')
    expect(first.textContent).toContain('good')
    expect(root.querySelector('.pane-list > .sr-only[role="status"]')!.textContent).toBe("Visitor 3f2a doesn't feel understood yet")
  })

  it('opens Insights from the header and reloads them when a filter changes', async () => {
    const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify(insightsFixture()), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    const { root } = await start(dao)
    const nav = root.querySelector('nav[aria-label="Main"]')!
    const insights = [...nav.querySelectorAll('a')].find((a) => a.textContent === 'Insights')!
    act(() => insights.click())
    // The feedback list on the page asks for its own data (issue 16), the team's presence for its
    // own (issue 14); count the figures' calls.
    const insightsCalls = () => fetch.mock.calls.filter(([url]) => String(url).includes('/api/insights'))
    // The page is a lazy chunk: wait for it to arrive and ask for its data.
    await vi.waitFor(() => expect(insightsCalls().length).toBeGreaterThan(0), { timeout: 10_000 })
    await settle()
    expect(location.pathname).toBe('/insights')
    expect(insights.getAttribute('aria-current')).toBe('page')
    expect(root.querySelector('#insights-title')!.textContent).toBe('Insights')
    expect(insightsCalls()).toHaveLength(1)

    const language = byLabel<HTMLSelectElement>(root, 'Language')
    act(() => {
      language.value = 'en'
      language.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await settle()
    expect(location.search).toContain('language=en')
    expect(insightsCalls()).toHaveLength(2)
    expect(String(insightsCalls()[1]![0])).toContain('language=en')

    // A risk-list link opens the conversation in the inbox.
    act(() => root.querySelector<HTMLAnchorElement>('[aria-labelledby="risk-title"] a')!.click())
    await settle()
    expect(root.querySelector('#conversation-title')!.textContent).toBe('Conversation bbbb')

    // Back to Insights: the chunk is cached now and renders at once.
    act(() => [...root.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a')].find((a) => a.textContent === 'Insights')!.click())
    await settle()
    expect(root.querySelector('[data-figure="satisfaction"]')!.textContent).toContain('67%')
  })

  it('signing out destroys the live client and clears the cookie', async () => {
    const { agent, api, root } = await start(dao)
    act(() => button(root, 'Sign out').click())
    await settle()
    expect(agent.destroyed).toBe(1)
    expect(api.loggedOut).toBe(1)
    expect(byLabel(root, 'Email')).toBeTruthy()
  })

  it('keeps a half-written reply for its writer only: the next person at a shared till never finds it', async () => {
    const nok: AgentProfile = { ...dao, id: 'ag_2', name: 'Nok', email: 'nok@demo.store', role: 'agent' }
    // The conversation's notes and the store's tags, which its page reads.
    vi.stubGlobal('fetch', fakeFetch({ 'GET /api/conversations/c9/notes': [200, { notes: [] }], 'GET /api/tags': [200, { tags: [] }] }).fetch)
    const { agent, api, root } = await start(dao)
    vi.mocked(api.login).mockResolvedValueOnce({ ok: true, agent: nok }).mockResolvedValueOnce({ ok: true, agent: dao })
    act(() => agent.$conversations.set([summary({ id: 'c9', visitorId: 'v-aaaa3f2a' })]))
    await settle()
    // By its address: which of the list's tabs shows it ("Mine", "Unassigned") depends on when
    // the assignment chunk arrives. The reply box is drawn again as the later chunks arrive.
    const openTheConversation = async () => {
      act(() => navigate('/?conversation=c9'))
      await settle()
      return vi.waitFor(() => byLabel<HTMLTextAreaElement>(root, 'Reply'), LAZY_CHUNKS)
    }
    const signOutThenIn = async () => {
      act(() => button(root, 'Sign out').click())
      await settle()
      type(byLabel(root, 'Email'), 'someone@demo.store')
      type(byLabel(root, 'Password'), 'a-long-enough-one')
      act(() => button(root, 'Sign in').click())
      await settle()
    }
    type(await openTheConversation(), "Dao's half-written words")
    await signOutThenIn()
    expect(root.querySelector('.topbar-agent')!.textContent).toBe('Nok')
    expect((await openTheConversation()).value).toBe('')
    await signOutThenIn()
    expect((await openTheConversation()).value).toBe("Dao's half-written words")
  })

  it('goes back to sign in when the server says the session is no longer valid', async () => {
    const { agent, root } = await start(dao)
    act(() => agent.emitError('unauthorized'))
    await settle()
    expect(agent.destroyed).toBe(1)
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(/session has ended/)
  })
})

describe('App: settings and erasure', () => {
  it('opens Settings from the header, beside Conversations and Insights', async () => {
    const fetch = vi.fn(async (_url: string) => new Response(JSON.stringify({ settings: DEFAULT_SETTINGS }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    const { root } = await start(dao)
    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Main"] a')]
    expect(links.map((a) => a.textContent)).toEqual(['Conversations', 'Follow-ups', 'Insights', 'Settings', 'Canned replies', 'Store', 'Team'])
    const settings = links.find((a) => a.textContent === 'Settings')!
    act(() => settings.click())
    // The page is a lazy chunk: wait for it to arrive and load the settings.
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/settings', expect.anything()), { timeout: 10_000 })
    await settle()
    expect(location.pathname).toBe('/settings')
    expect(settings.getAttribute('aria-current')).toBe('page')
    expect(byLabel(root, 'Keep check-in answers for (days)').value).toBe('90')
  })

  it("deletes the shopper's data only after confirming, then leaves the conversation", async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ deleted: true }), { status: 200 }))
    vi.stubGlobal('fetch', fetch)
    // Opening a conversation also loads the shopper's earlier chats (a GET): only DELETEs erase.
    const deletes = () => fetch.mock.calls.filter(([, init]) => init?.method === 'DELETE')
    const { agent, root } = await start(dao)
    act(() => agent.$conversations.set([summary({ id: 'c1', visitorId: 'v-aaaa3f2a' }), summary({ id: 'c2', visitorId: 'v-bbbb0001' })]))
    await settle()
    act(() => root.querySelector<HTMLButtonElement>('[data-conversation-id="c1"]')!.click())
    await settle()

    // The button comes with the chunk drawn after the first screen (care-ui): wait for it.
    await vi.waitFor(() => button(root, "Delete shopper's data"), { timeout: 10_000 })
    // Asking is not deleting; "Cancel" has focus, and cancelling gives it back to the button.
    act(() => button(root, "Delete shopper's data").click())
    await settle()
    expect(deletes()).toEqual([])
    const group = root.querySelector('[role="group"][aria-labelledby="delete-confirm-text"]')!
    expect(group.textContent).toContain('Delete everything this shopper said and answered? This cannot be undone.')
    expect(document.activeElement).toBe(button(root, 'Cancel'))
    act(() => button(root, 'Cancel').click())
    await settle()
    expect(deletes()).toEqual([])
    expect(document.activeElement).toBe(button(root, "Delete shopper's data"))

    act(() => button(root, "Delete shopper's data").click())
    await settle()
    act(() => button(root, 'Delete').click())
    await settle()
    expect(deletes()).toHaveLength(1)
    expect(deletes()[0]![0]).toBe('/api/visitors/v-aaaa3f2a')
    expect(root.querySelector('#conversation-title')).toBeNull()
    expect(root.querySelector('.inbox-notice')!.textContent).toBe('Deleted.')
    expect(root.querySelector('.inbox-notice')!.getAttribute('role')).toBe('status')
    expect(root.querySelector('[data-conversation-id="c1"]')).toBeNull()
    expect(root.querySelector('[data-conversation-id="c2"]')).not.toBeNull()
  })

  it('keeps the conversation and explains when the deletion fails', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 500 })),
    )
    const { agent, root } = await start(dao)
    act(() => agent.$conversations.set([summary({ id: 'c1', visitorId: 'v-aaaa3f2a' })]))
    await settle()
    act(() => root.querySelector<HTMLButtonElement>('[data-conversation-id="c1"]')!.click())
    await settle()
    await vi.waitFor(() => button(root, "Delete shopper's data"), { timeout: 10_000 })
    act(() => button(root, "Delete shopper's data").click())
    await settle()
    act(() => button(root, 'Delete').click())
    await settle()
    expect(root.querySelector('#conversation-title')).not.toBeNull()
    expect(root.querySelector('.conversation-head [role="alert"]')!.textContent).toMatch(/Nothing was deleted/)
  })
})
