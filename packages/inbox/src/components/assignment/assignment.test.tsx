// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { render } from 'preact'
import { act } from 'preact/test-utils'
import type { AgentProfile } from '../../agent.ts'
import { createAssignmentApi } from '../../session/assignment.ts'
import { button, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeAgent, summary } from '../../testing/fake-agent.ts'
import { fakeFetch, refusal } from '../../testing/fake-fetch.ts'
import { AssignmentSettings } from './AssignmentSettings.tsx'
import { ConversationAssignment } from './ConversationAssignment.tsx'
import { PresenceMenu } from './PresenceMenu.tsx'
import { TeamList } from './TeamList.tsx'
import { teamState } from './team-state.ts'

afterEach(() => cleanup())

const MEMBERS = [
  { id: 'me', name: 'Dao', email: 'dao@shop.test', role: 'agent' },
  { id: 'kai', name: 'Kai', email: 'kai@shop.test', role: 'agent' },
]

/** An inbox client whose team state answers from `routes`. */
async function setUp(routes: Parameters<typeof fakeFetch>[0] = {}) {
  const server = fakeFetch({ 'GET /api/presence': [200, { people: [{ id: 'me', status: 'online' }], chosen: 'online' }], ...routes })
  const client = fakeAgent()
  teamState(client, createAssignmentApi('', server.fetch), async () => ({ ok: true, value: { members: MEMBERS, invites: [] } }) as never)
  await settle()
  return { client, server }
}

const agent = { id: 'me', role: 'agent' } as const
const DAO: AgentProfile = {
  ...agent,
  name: 'Dao',
  email: 'dao@shop.test',
  siteKey: 'demo',
  stores: [{ siteKey: 'demo', name: 'Shop', role: 'agent' }],
}

describe('the conversation’s holder (issue 14)', () => {
  it('transfers with a note for the next person, and says who holds it now', async () => {
    const { client, server } = await setUp({ 'POST /api/conversations/c1/transfer': [200, { assignee: { id: 'kai', name: 'Kai' } }] })
    const mine = summary({ id: 'c1', assignee: { id: 'me', name: 'Dao' } })
    const { root } = mount(<ConversationAssignment client={client} summary={mine} agent={agent} />)
    expect(root.textContent).toContain('Assigned to you')
    // An agent never assigns; they transfer what they hold.
    expect(root.textContent).not.toContain('Assign ')
    await act(() => button(root, 'Transfer').click())
    const to = root.querySelector<HTMLSelectElement>('select')!
    expect([...to.options].map((o) => o.textContent)).toEqual(['Choose someone', 'Kai'])
    act(() => {
      to.value = 'kai'
      to.dispatchEvent(new Event('change', { bubbles: true }))
    })
    type(root.querySelector('textarea')!, 'Wants the red one')
    await act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })))
    await settle()
    expect(server.calls.at(-1)).toEqual({ route: 'POST /api/conversations/c1/transfer', body: { personId: 'kai', note: 'Wants the red one' } })
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Assigned to Kai.')
    // Handed on, it is no longer theirs to transfer: the focus waits on who holds it.
    expect(document.activeElement).toBe(root.querySelector('.assignment-holder'))
  })

  it('gives the focus back to the button that opened the form when it is cancelled', async () => {
    const { client } = await setUp()
    const mine = summary({ id: 'c1', assignee: { id: 'me', name: 'Dao' } })
    const { root } = mount(<ConversationAssignment client={client} summary={mine} agent={agent} />)
    await act(() => button(root, 'Transfer').click())
    button(root, 'Cancel').focus()
    await act(() => button(root, 'Cancel').click())
    expect(document.activeElement).toBe(button(root, 'Transfer'))
  })

  it('after Take, keeps the focus on who holds the conversation rather than losing it with the button', async () => {
    const { client } = await setUp({ 'POST /api/conversations/c2/take': [200, { assignee: { id: 'me', name: 'Dao' } }] })
    const view = (held?: { id: string; name: string }) => (
      <ConversationAssignment client={client} summary={summary({ id: 'c2', ...(held ? { assignee: held } : {}) })} agent={agent} />
    )
    const { root } = mount(view())
    button(root, 'Take').focus()
    await act(() => button(root, 'Take').click())
    await settle()
    // The list's summary then says who holds it, and "Take" goes.
    act(() => render(view({ id: 'me', name: 'Dao' }), root))
    expect(document.activeElement).toBe(root.querySelector('.assignment-holder'))
  })

  it('tells the one who was second that someone else took it first', async () => {
    const { client } = await setUp({ 'POST /api/conversations/c2/take': [409, refusal('conflict', 'Someone else took this conversation first.')] })
    const { root } = mount(<ConversationAssignment client={client} summary={summary({ id: 'c2' })} agent={agent} />)
    expect(root.textContent).toContain('Unassigned')
    await act(() => button(root, 'Take').click())
    await settle()
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Someone else took this conversation first.')
  })
})

describe('the Status menu (issue 14)', () => {
  it('goes back to the status it still is, and says so, when the server does not take a change', async () => {
    const { client } = await setUp({ 'PUT /api/presence': [503, refusal('unavailable')] })
    const still = { now: () => 0, setTimeout: () => 0, clearTimeout: () => {} }
    const { root } = mount(<PresenceMenu client={client} timers={still} />)
    const menu = root.querySelector<HTMLSelectElement>('#presence-status')!
    act(() => {
      menu.value = 'away'
      menu.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await settle()
    expect(menu.value).toBe('online')
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Your status was not changed. Try again.')
  })
})

describe('the list’s views (issue 14)', () => {
  it('opens an agent on Mine, switches to Unassigned, and offers Take on a waiting row', async () => {
    const { client } = await setUp()
    act(() =>
      client.$conversations.set([
        summary({ id: 'c1', assignee: { id: 'me', name: 'Dao' }, lastMessage: { text: 'mine', role: 'visitor', at: '2026-01-01T10:00:00.000Z' } }),
        summary({ id: 'c2', lastMessage: { text: 'waiting', role: 'visitor', at: '2026-01-01T10:00:00.000Z' } }),
      ]),
    )
    const { root } = mount(
      <TeamList
        client={client}
        agent={DAO}
        selectedId={null}
        onSelect={() => {}}
        hiddenVisitors={new Set()}
        onRefused={() => {}}
        resolved={<p>the resolved list</p>}
      />,
    )
    const tabs = [...root.querySelectorAll('[role="tab"]')]
    // Resolved is listed by the server a page at a time: no count on its tab.
    expect(tabs.map((t) => t.textContent)).toEqual(['Mine 1', 'Unassigned 1', 'Resolved'])
    expect(tabs[0]!.getAttribute('aria-selected')).toBe('true')
    expect(root.querySelector('[role="tabpanel"]')!.textContent).toContain('mine')
    expect(root.querySelector('[role="tabpanel"]')!.textContent).not.toContain('waiting')
    act(() => void (tabs[0] as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })))
    await settle()
    expect(root.querySelector('[role="tab"][aria-selected="true"]')!.textContent).toBe('Unassigned 1')
    expect(root.querySelector('[role="tabpanel"]')!.textContent).toContain('waiting')
    expect(root.querySelector('button[aria-label^="Take "]')).not.toBeNull()
    act(() => (tabs[2] as HTMLElement).click())
    await settle()
    expect(root.querySelector('[role="tabpanel"]')!.textContent).toBe('the resolved list')
    // Who is online, in words.
    expect(root.querySelector('.team-presence')!.textContent).toContain('Dao (you) — Online')
  })
})

describe('the Store page’s Assignment (issue 14)', () => {
  it('shows the store’s mode and limit and saves a change', async () => {
    const server = fakeFetch({
      'GET /api/store/assignment': [200, { mode: 'auto', limit: 5 }],
      'PUT /api/store/assignment': (body) => [200, body],
    })
    const { root } = mount(<AssignmentSettings api={createAssignmentApi('', server.fetch)} />)
    await settle()
    const radios = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
    expect(radios.map((r) => r.checked)).toEqual([true, false])
    act(() => radios[1]!.click())
    type(root.querySelector<HTMLInputElement>('#assignment-limit')!, '3')
    await act(() => button(root, 'Save assignment').click())
    await settle()
    expect(server.calls.at(-1)).toEqual({ route: 'PUT /api/store/assignment', body: { mode: 'manual', limit: 3 } })
    expect(root.querySelector('.settings-status')!.textContent).toBe('Assignment saved.')
  })

  it('says it is loading, and when loading fails says so with "Try again", which loads it', async () => {
    const server = fakeFetch({ 'GET /api/store/assignment': [503, refusal('unavailable')] })
    const { root } = mount(<AssignmentSettings api={createAssignmentApi('', server.fetch)} />)
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Loading…')
    await settle()
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('This page could not be loaded. Check your connection and try again.')
    server.answer({ 'GET /api/store/assignment': [200, { mode: 'manual', limit: 4 }] })
    act(() => button(root, 'Try again').click())
    await settle()
    expect(root.querySelector<HTMLInputElement>('#assignment-limit')!.value).toBe('4')
  })
})
