// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { AgentProfile } from '../agent.ts'
import type { SessionApi, SwitchResult } from '../session/api.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../testing/dom.ts'
import { fakeAgent, type FakeAgent } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import { App } from './App.tsx'
import { $storeTags, learnTags } from './notes/notes-store.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  history.replaceState(null, '', '/')
})

const stores = [
  { siteKey: 'demo', name: 'Demo Store', role: 'owner' as const },
  { siteKey: 'noodles', name: 'Noodle Bar', role: 'agent' as const },
]
const dao: AgentProfile = { id: 'p1', name: 'Dao', email: 'dao@demo.store', siteKey: 'demo', role: 'owner', stores }
const inNoodles: AgentProfile = { ...dao, siteKey: 'noodles', role: 'agent' }

function start(me: AgentProfile | null, switched: SwitchResult = { ok: true, agent: inNoodles }) {
  const clients: FakeAgent[] = []
  const api: SessionApi = {
    me: vi.fn(async () => me),
    login: vi.fn(async () => ({ ok: true as const, agent: dao })),
    logout: vi.fn(async () => {}),
    switchStore: vi.fn(async () => switched),
  }
  const { root } = mount(
    <App
      api={api}
      createAgent={() => {
        const client = fakeAgent()
        clients.push(client)
        return client
      }}
    />,
  )
  return { root, api, clients }
}

const links = (root: HTMLElement) => [...root.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.textContent)
const announced = (root: HTMLElement) => root.querySelector(':scope > .sr-only[role="status"]')!.textContent

describe('App: stores and roles', () => {
  it('switches store: the session moves, a new client starts in it, the old one ends, and it is said', async () => {
    const { root, api, clients } = start(dao)
    await settle()
    act(() => root.querySelector<HTMLButtonElement>('.switcher-toggle')!.click())
    act(() => button(root, 'Noodle Bar · Agent').click())
    await settle()
    expect(api.switchStore).toHaveBeenCalledWith('noodles')
    expect(clients).toHaveLength(2)
    expect(clients[0]!.destroyed).toBe(1)
    expect(clients[1]!.connected).toBe(1)
    expect(root.querySelector('.switcher-toggle')!.textContent).toContain('Noodle Bar · Agent')
    expect(document.activeElement).toBe(root.querySelector('.switcher-toggle'))
    expect(links(root)).toEqual(['Conversations', 'Follow-ups', 'Team'])
    expect(announced(root)).toBe('Now working in Noodle Bar as Agent.')
  })

  it("forgets the last store's tags when it switches, so the tag box never offers them in the next", async () => {
    const { root } = start(dao)
    await settle()
    act(() => learnTags(['demo-only-tag']))
    act(() => root.querySelector<HTMLButtonElement>('.switcher-toggle')!.click())
    act(() => button(root, 'Noodle Bar · Agent').click())
    await settle()
    expect($storeTags.get()).toEqual([])
  })

  it('stays in the store and says so when the switch fails', async () => {
    const { root, clients } = start(dao, { ok: false, error: { code: 'network', message: '' } })
    await settle()
    act(() => root.querySelector<HTMLButtonElement>('.switcher-toggle')!.click())
    act(() => button(root, 'Noodle Bar · Agent').click())
    await settle()
    expect(clients).toHaveLength(1)
    expect(announced(root)).toBe('Could not switch stores. Check your connection and try again.')
  })

  it("reads the session again on a reconnect's welcome, so a changed role shows at once", async () => {
    const { root, api, clients } = start(dao)
    await settle()
    const client = clients[0]!
    act(() => client.$me.set({ id: 'p1', name: 'Dao', email: 'dao@demo.store', siteKey: 'demo', role: 'owner' }))
    await settle()
    expect(api.me).toHaveBeenCalledTimes(1)
    expect(links(root)).toContain('Store')

    // The owner handed the store over: the server closed with 1012, core reconnected.
    vi.mocked(api.me).mockResolvedValue({ ...dao, role: 'admin', stores: [{ ...stores[0]!, role: 'admin' }, stores[1]!] })
    act(() => client.$me.set({ id: 'p1', name: 'Dao', email: 'dao@demo.store', siteKey: 'demo', role: 'admin' }))
    await settle()
    expect(api.me).toHaveBeenCalledTimes(2)
    expect(root.querySelector('.switcher-toggle')!.textContent).toContain('Demo Store · Admin')
    expect(announced(root)).toBe('Your role in Demo Store is now Admin.')
    expect(clients).toHaveLength(1)
  })

  it('returns to sign-in saying the session ended when the server closes for good (removed from the team)', async () => {
    const { root, clients } = start(dao)
    await settle()
    act(() => clients[0]!.emitError('unauthorized'))
    await settle()
    expect(clients[0]!.destroyed).toBe(1)
    expect(byLabel(root, 'Email')).toBeTruthy()
    expect(root.querySelector('.signin-notice')!.textContent).toBe('Your session has ended. Sign in again to keep answering.')
  })

  it('opens an invitation link without a session, and enters the inbox signed in once it is accepted', async () => {
    history.replaceState(null, '', '/invite#tok_abc')
    const server = fakeFetch({
      'POST /api/invites/lookup': [200, { storeName: 'Demo Store', email: 'nok@demo.store', role: 'agent', hasAccount: false }],
      'POST /api/invites/accept': [
        200,
        { agent: { id: 'p2', name: 'Nok', email: 'nok@demo.store', siteKey: 'demo', role: 'agent' }, stores: [stores[0]] },
      ],
    })
    vi.stubGlobal('fetch', server.fetch)
    const { root, api, clients } = start(null)
    await vi.waitFor(() => expect(root.querySelector('h1')!.textContent).toBe('Join Demo Store'))
    await settle()
    expect(api.me).not.toHaveBeenCalled()
    expect(location.hash).toBe('')
    type(byLabel(root, 'Your name'), 'Nok')
    type(byLabel(root, 'Choose a password'), 'a-long-enough-one')
    act(() => button(root, 'Join').click())
    await settle()
    expect(location.pathname).toBe('/')
    expect(clients).toHaveLength(1)
    expect(clients[0]!.connected).toBe(1)
    expect(root.querySelector('.topbar-agent')!.textContent).toBe('Nok')
    expect(links(root)).toEqual(['Conversations', 'Follow-ups', 'Team'])
  })
})
