// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { Role } from '@attune/protocol'
import { cleanup, button, mount, settle, type } from '../testing/dom.ts'
import { demoPerson, fakeAgent, summary } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import { Inbox } from './Inbox.tsx'
// The conversation's extra buttons arrive in a chunk of their own: loaded here, so no dynamic import races act().
import './care/care-ui.ts'
import './assignment/assignment-ui.ts'
import './search/index.ts'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  history.replaceState(null, '', '/')
})

const person = demoPerson

async function open(role: Role, path = '/') {
  history.replaceState(null, '', path)
  const server = fakeFetch({
    'GET /api/store': [200, { store: { key: 'demo', name: 'Demo Store', allowedOrigins: [], serverUrl: 'https://chat.example' } }],
    'GET /api/team': [200, { members: [{ id: 'p1', name: 'Dao', email: 'dao@demo.store', role }], invites: [] }],
  })
  vi.stubGlobal('fetch', server.fetch)
  const client = fakeAgent()
  client.connect()
  const { root } = mount(
    <Inbox
      client={client}
      agent={person(role)}
      onSignOut={() => {}}
      onSwitchStore={() => {}}
      onSessionChanged={() => {}}
      onStoreDeleted={() => {}}
    />,
  )
  await settle()
  return { root, client, server }
}

const links = (root: HTMLElement) => [...root.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.textContent)

describe('Inbox: what each role sees', () => {
  it('gives an agent conversations and the team, with no Insights, Settings or Store link', async () => {
    const { root } = await open('agent')
    expect(links(root)).toEqual(['Conversations', 'Follow-ups', 'Team'])
    expect(root.querySelector('.topbar')!.textContent).toContain('Demo Store · Agent')
  })

  it('gives a manager Insights, Settings and Canned replies, but no Store page', async () => {
    expect(links((await open('manager')).root)).toEqual(['Conversations', 'Follow-ups', 'Insights', 'Settings', 'Canned replies', 'Team'])
  })

  it('gives an admin the Store page without its danger zone, and the owner with it', async () => {
    const admin = await open('admin', '/store')
    expect(links(admin.root)).toEqual(['Conversations', 'Follow-ups', 'Insights', 'Settings', 'Canned replies', 'Store', 'Team'])
    await vi.waitFor(() => expect(admin.root.querySelector('#install-title')).not.toBeNull(), { timeout: 10_000 })
    expect(admin.root.querySelector('#danger-title')).toBeNull()
    cleanup()
    const owner = await open('owner', '/store')
    await vi.waitFor(() => expect(owner.root.querySelector('#danger-title')).not.toBeNull(), { timeout: 10_000 })
  })

  it('shows the conversations instead of a page the role may not open, and fixes the address', async () => {
    const { root, server } = await open('agent', '/store')
    expect(location.pathname).toBe('/')
    expect(root.querySelector('#list-title')).not.toBeNull()
    // Nothing of the Store page was asked for (the team's presence is the conversations view's).
    expect(server.calls.filter((c) => !['GET /api/team', 'GET /api/presence'].includes(c.route))).toEqual([])
  })

  it('offers "Delete shopper\'s data" only to roles that may erase shoppers', async () => {
    for (const [role, offered] of [
      ['agent', false],
      ['manager', true],
    ] as const) {
      const { root, client } = await open(role)
      // Assigned to them: an agent's list opens on Mine (issue 14).
      act(() => client.$conversations.set([summary({ id: 'c1', visitorId: 'v-aaaa3f2a', assignee: { id: 'p1', name: 'Dao' } })]))
      await settle()
      act(() => root.querySelector<HTMLButtonElement>('[data-conversation-id="c1"]')!.click())
      await settle()
      expect(root.textContent!.includes("Delete shopper's data")).toBe(offered)
      if (offered) expect(button(root, "Delete shopper's data")).toBeTruthy()
      cleanup()
    }
  })
})

describe('Inbox: a deleted shopper', () => {
  it('leaves what the search found, as it leaves the list', async () => {
    history.replaceState(null, '', '/')
    const found = summary({ id: 'c1', visitorId: 'v-aaaa3f2a' })
    const server = fakeFetch({
      'GET /api/team': [200, { members: [{ id: 'p1', name: 'Dao', email: 'dao@demo.store', role: 'manager' }], invites: [] }],
      'GET /api/conversations/search': [
        200,
        {
          results: [
            { conversation: found, shopper: { name: null, email: null }, match: 'message', snippet: { text: 'my kettle leaks', marks: [[3, 9]] } },
          ],
          next: null,
        },
      ],
    })
    vi.stubGlobal('fetch', server.fetch)
    const client = fakeAgent()
    client.connect()
    act(() => client.$conversations.set([found]))
    const { root } = mount(
      <Inbox
        client={client}
        agent={person('manager')}
        onSignOut={() => {}}
        onSwitchStore={() => {}}
        onSessionChanged={() => {}}
        onStoreDeleted={() => {}}
        visitors={{ deleteVisitor: async () => ({ ok: true }) }}
      />,
    )
    await settle()
    act(() => root.querySelector<HTMLButtonElement>('[data-conversation-id="c1"]')!.click())
    await vi.waitFor(() => expect(root.querySelector('form[role="search"] input')).not.toBeNull())
    type(root.querySelector<HTMLInputElement>('form[role="search"] input')!, 'kettle')
    const foundRow = () => root.querySelector('.search-view [data-conversation-id="c1"]')
    await vi.waitFor(() => expect(foundRow()).not.toBeNull())
    await vi.waitFor(() => button(root, "Delete shopper's data"))
    act(() => button(root, "Delete shopper's data").click())
    await settle()
    act(() => button(root, 'Delete').click())
    await settle()
    expect(root.querySelector('.inbox-notice')!.textContent).toBe('Deleted.')
    expect(root.querySelector('.search-view')).not.toBeNull()
    expect(foundRow()).toBeNull()
  })
})

describe('Inbox: the alerts’ buttons', () => {
  // On a bar of their own under the header they took 35 of a laptop's 800 px from the messages.
  it('sit at the end of the pages’ row, the next stop for Tab after the last page, on the conversations and on any other page', async () => {
    for (const path of ['/', '/team']) {
      const { root } = await open('owner', path)
      await vi.waitFor(() => button(root, 'Keyboard shortcuts'))
      const row = root.querySelector('header .topbar-row')!
      expect([...row.children].map((part) => part.className)).toEqual(['topbar-nav', 'attention-bar'])
      // The shortcuts' dialog, closed, holds no stop.
      const stops = [...row.querySelectorAll('a, button')].filter((stop) => !stop.closest('dialog'))
      expect(stops.map((stop) => stop.textContent).slice(-2)).toEqual(['Team', 'Keyboard shortcuts'])
      cleanup()
    }
  })
})
