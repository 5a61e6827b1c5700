// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { ConversationSummary } from '@attune/protocol'
import type { TimelineItem } from '../agent.ts'
import { cleanup, button, byLabel, mount, settle, type } from '../testing/dom.ts'
import { demoPerson, fakeAgent, summary } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import { $notices, listenForNotices } from './care/notices.ts'
import { keep, notesOf } from './notes/notes-store.ts'
import { draftOf } from './reply-drafts.ts'
import { Inbox } from './Inbox.tsx'
// The notice and the conversation's extra buttons arrive in a chunk of their own: loaded here, so no dynamic import races act().
import './care/care-ui.ts'
import './assignment/assignment-ui.ts'

// A shopper's right to erasure, as an open inbox meets it: erased from this inbox, another, or the CLI.

afterEach(() => {
  cleanup()
  $notices.set([])
  vi.unstubAllGlobals()
  history.replaceState(null, '', '/')
})

const at = '2026-01-01T10:00:00.000Z'
const manager = demoPerson('manager')
// Everything the inbox shows of Mali: her name, her email, her page, her words.
const mali = summary({
  id: 'c1',
  visitorId: 'v-mali',
  visitorName: 'Mali Chanthavong',
  lastMessage: { text: 'My kettle leaks', role: 'visitor', at },
  waitingSince: at,
  context: { page: { url: 'https://shop.example/kettles/blue', title: 'Blue kettle' }, attributes: { email: 'mali@example.com' } },
})
const niran = summary({ id: 'c2', visitorId: 'v-niran', visitorName: 'Niran', lastMessage: { text: 'Where is my parcel?', role: 'visitor', at } })
const said: TimelineItem = { key: 'm1', kind: 'message', role: 'visitor', text: 'My kettle leaks', at, state: 'sent', seq: 1 }
const OF_MALI = ['Mali', 'mali@example.com', 'kettle', 'Blue kettle']

/** A manager's inbox at `address`, its list holding `conversations`. */
async function inboxAt(address: string, conversations: ConversationSummary[]) {
  history.replaceState(null, '', address)
  vi.stubGlobal('fetch', fakeFetch({ 'GET /api/team': [200, { members: [], invites: [] }] }).fetch)
  const client = fakeAgent()
  client.connect()
  act(() => client.$conversations.set(conversations))
  const { root } = mount(
    <Inbox
      client={client}
      agent={manager}
      onSignOut={() => {}}
      onSwitchStore={() => {}}
      onSessionChanged={() => {}}
      onStoreDeleted={() => {}}
      history={{ shopperHistory: async () => ({ ok: false }) }}
    />,
  )
  await settle()
  return { client, root }
}

async function withMaliOpen() {
  const { client, root } = await inboxAt('/', [mali, niran])
  act(() => root.querySelector<HTMLButtonElement>('[data-conversation-id="c1"]')!.click())
  act(() => client.conversation('c1').$timeline.set([said]))
  keep({ id: 'n1', conversationId: 'c1', text: 'Mali wants a refund', author: { id: 'p1', name: 'Dao' }, at })
  await settle()
  type(byLabel<HTMLTextAreaElement>(root, 'Reply'), 'Sorry about the kettle, Mali')
  await settle()
  // On screen before: so "nothing of her" after means something.
  for (const trace of OF_MALI) expect(root.textContent).toContain(trace)
  return { client, root }
}

/** What core does when the server erases a shopper: the row goes (if listed), then the listeners hear the update that dropped it. */
function erase(client: ReturnType<typeof fakeAgent>, conversationId: string, visitorId: string) {
  act(() => {
    client.$conversations.set(client.$conversations.get().filter((c) => c.id !== conversationId))
    client.emitErased(summary({ id: conversationId, visitorId, status: 'resolved' }))
  })
}

describe('Inbox: a shopper erased while their conversation is open', () => {
  it('puts a notice in place of the conversation, drops the draft and the notes, and shows nothing of them', async () => {
    const { client, root } = await withMaliOpen()

    erase(client, 'c1', 'v-mali')
    await settle()

    const pane = root.querySelector<HTMLElement>('.pane-conversation')!
    expect(pane.querySelector('h2')!.textContent).toBe("This shopper's data was erased.")
    expect(document.activeElement).toBe(pane.querySelector('h2'))
    for (const trace of OF_MALI) expect(root.textContent).not.toContain(trace)
    expect(root.querySelector('textarea')).toBeNull()
    expect(draftOf('p1/c1')).toBe('')
    expect(notesOf('c1').get()).toEqual([])

    act(() => button(root, 'Back to conversations').click())
    await settle()
    expect(pane.textContent).toContain('Select a conversation to read and reply.')
    expect(document.activeElement).toBe(root.querySelector('#list-title'))
    expect(root.querySelector('[data-conversation-id="c2"]')).not.toBeNull()
  })

  it('puts the notice in place of a resolved conversation opened by a link (search, earlier chats, Insights), too', async () => {
    const { client, root } = await inboxAt('/?conversation=c9', [niran])
    act(() => client.conversation('c9').$timeline.set([said]))
    await settle()
    expect(root.querySelector('.pane-conversation')!.textContent).toContain('My kettle leaks')

    // Not in the list: the server tells of it all the same (server: visitors.ts).
    erase(client, 'c9', 'v-mali')
    await settle()

    expect(root.querySelector('.pane-conversation h2')!.textContent).toBe("This shopper's data was erased.")
    expect(root.textContent).not.toContain('kettle')
    expect(root.querySelector('[data-conversation-id="c2"]')).not.toBeNull()
  })

  it('takes the notices about it from the corner, a hand-off naming the shopper and an offer that went with it; others stay', async () => {
    const { client, root } = await withMaliOpen()
    listenForNotices(client)
    act(() => {
      client.emitNotice({ kind: 'handed_on', conversationId: 'c7', visitorId: 'v_00009b1c', to: 'Ben', why: 'away' })
      client.emitNotice({ kind: 'care.offer', offerId: 'o1', conversationId: 'c1' })
      client.emitNotice({ kind: 'handoff', conversationId: 'c1', by: 'Kai' })
    })
    await settle()
    const corner = root.querySelector('.care-notices')!
    expect(corner.textContent).toContain('Kai handed')

    erase(client, 'c1', 'v-mali')
    await settle()

    expect(corner.textContent).not.toContain('Kai handed')
    expect(corner.textContent).not.toContain('How are you after that one?')
    expect([...corner.querySelectorAll('.care-alert')].map((card) => card.textContent)).toEqual([
      expect.stringContaining("While you were away, Visitor 9b1c's chat went to Ben."),
    ])
  })

  it('leaves the open conversation, its draft and its notes alone when another shopper is erased', async () => {
    const { client, root } = await withMaliOpen()

    erase(client, 'c2', 'v-niran')
    await settle()

    expect(root.querySelector('.pane-conversation')!.textContent).toContain('My kettle leaks')
    expect(root.textContent).not.toContain("This shopper's data was erased.")
    expect(byLabel<HTMLTextAreaElement>(root, 'Reply').value).toBe('Sorry about the kettle, Mali')
    expect(draftOf('p1/c1')).toBe('Sorry about the kettle, Mali')
    expect(notesOf('c1').get()).toHaveLength(1)
    expect(root.querySelector('[data-conversation-id="c2"]')).toBeNull()
  })
})
