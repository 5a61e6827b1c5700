// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { Role } from '@attune/protocol'
import type { AgentProfile, InboxAlert } from '../agent.ts'
import { button, cleanup, mount, settle } from '../testing/dom.ts'
import { fakeAgent, summary } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import { Inbox } from './Inbox.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  history.replaceState(null, '', '/')
})

const alert = (over: Partial<InboxAlert> = {}): InboxAlert => ({
  kind: 'complaint',
  conversationId: 'c-000a1b2c',
  seq: 4,
  visitorName: null,
  detail: '1-star review',
  at: '2026-12-01T10:00:00.000Z',
  ...over,
})

async function open(role: Role) {
  vi.stubGlobal('fetch', fakeFetch().fetch)
  const client = fakeAgent()
  client.connect()
  const agent: AgentProfile = { id: 'p1', name: 'Dao', email: 'dao@demo.store', siteKey: 'demo', role, stores: [] }
  const noop = () => {}
  const { root } = mount(<Inbox client={client} agent={agent} onSignOut={noop} onSwitchStore={noop} onSessionChanged={noop} onStoreDeleted={noop} />)
  act(() => client.$conversations.set([summary({ id: 'c-000a1b2c', visitorId: 'v-aaaa3f2a' })]))
  await settle()
  // The alerts come in a chunk of their own, for the roles that get them.
  if (role !== 'agent') await vi.waitFor(() => expect(root.querySelector('p[role="alert"]')).not.toBeNull())
  await settle() // its effects, which listen to the client
  return { root, client }
}

describe('complaint alerts in the inbox', () => {
  it('a manager is told at once, by a live region, which conversation carries the threat, and can open it by keyboard', async () => {
    const { root, client } = await open('manager')
    const region = root.querySelector('p[role="alert"]')!
    expect(region.textContent).toBe('')
    act(() => client.emitAlert(alert()))
    await settle()
    expect(region.textContent).toBe('Visitor 3f2a threatens a public complaint: mentions “1-star review”.')
    const link = root.querySelector<HTMLAnchorElement>('.alerts a')!
    expect(link.getAttribute('aria-label')).toBe('Open conversation: Visitor 3f2a')
    act(() => link.click())
    await settle()
    expect(location.search).toBe('?conversation=c-000a1b2c')
    expect(root.querySelector('#conversation-title')!.textContent).toBe('Visitor 3f2a')
  })

  it('names an identified shopper, keeps each message once, and can be dismissed', async () => {
    const { root, client } = await open('owner')
    act(() => client.emitAlert(alert({ visitorName: 'Somchai' })))
    act(() => client.emitAlert(alert({ visitorName: 'Somchai' })))
    await settle()
    expect(root.querySelectorAll('.alert-item')).toHaveLength(1)
    expect(root.querySelector('.alert-text')!.textContent).toContain('Somchai threatens a public complaint')
    act(() => button(root, 'Dismiss').click())
    await settle()
    expect(root.querySelector('.alert-item')).toBeNull()
  })

  it('alerts about a shopper since erased go, with their name and words, even the one read out; others stay', async () => {
    const { root, client } = await open('manager')
    act(() => client.emitAlert(alert({ conversationId: 'c-other', seq: 2, visitorName: 'Niran', detail: 'consumer board' })))
    act(() => client.emitAlert(alert({ visitorName: 'Somchai' })))
    await settle()
    expect(root.querySelector('p[role="alert"]')!.textContent).toContain('Somchai')

    act(() => {
      client.$conversations.set([])
      client.emitErased(summary({ id: 'c-000a1b2c', visitorId: 'v-aaaa3f2a', status: 'resolved' }))
    })
    await settle()

    expect(root.textContent).not.toMatch(/Somchai|1-star review/)
    expect(root.querySelector('a[href*="c-000a1b2c"]')).toBeNull()
    expect([...root.querySelectorAll('.alert-text')].map((item) => item.textContent)).toEqual([
      'Niran threatens a public complaint: mentions “consumer board”.',
    ])
  })

  it('an alert read out about another shopper is not taken back by an erasure', async () => {
    const { root, client } = await open('manager')
    act(() => client.emitAlert(alert({ conversationId: 'c-other', seq: 2, visitorName: 'Niran' })))
    await settle()
    act(() => client.emitErased(summary({ id: 'c-000a1b2c', visitorId: 'v-aaaa3f2a', status: 'resolved' })))
    await settle()
    expect(root.querySelector('p[role="alert"]')!.textContent).toContain('Niran threatens a public complaint')
  })

  it('an agent’s inbox has no alert strip (the server sends agents none)', async () => {
    const { root, client } = await open('agent')
    act(() => client.emitAlert(alert()))
    await settle()
    expect(root.querySelector('.alerts')).toBeNull()
    expect(root.textContent).not.toContain('threatens a public complaint')
  })
})
