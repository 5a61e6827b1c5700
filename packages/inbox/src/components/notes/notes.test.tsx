// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { AttuneErrorCode } from '@attune/core'
import type { Note } from '@attune/protocol'
import type { AgentProfile, TimelineItem } from '../../agent.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeAgent, fakeConversation, summary } from '../../testing/fake-agent.ts'
import { fakeFetch, refusal, type FakeFetch } from '../../testing/fake-fetch.ts'
import { ConversationList } from '../ConversationList.tsx'
import { ConversationView } from '../ConversationView.tsx'
import { TagFilter } from './TagFilter.tsx'
import { $storeTags, loadStoreTags } from './notes-store.ts'
import { noteKey } from './NotesComposer.tsx'
import { takeDraft } from '../reply-drafts.ts'
import { forgetSession } from '../../session/forget.ts'
import type { NotesApi } from '../../session/notes.ts'

const at = '2026-01-01T10:00:00.000Z'
const hello: TimelineItem = { key: 'v1', kind: 'message', role: 'visitor', text: 'Is it in stock?', at, state: 'sent', seq: 1 }
const note = (text: string, id = 'n1', when = '2026-01-01T10:02:00.000Z'): Note => ({
  id,
  conversationId: 'c1',
  author: { id: 'p1', name: 'Dao' },
  text,
  at: when,
})

let server: FakeFetch
beforeEach(() => {
  server = fakeFetch({
    'GET /api/conversations/c1/notes': [200, { notes: [] }],
    'GET /api/conversations/c2/notes': [200, { notes: [] }],
    'GET /api/tags': [200, { tags: ['Refund', 'VIP'] }],
    'POST /api/conversations/c1/notes': (body) => [201, note((body as { text: string }).text)],
    'PUT /api/conversations/c1/tags': (body) => [200, body],
  })
  vi.stubGlobal('fetch', server.fetch)
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  // Unsent words wait while the inbox is open (reply-drafts.ts): the next test starts with none.
  for (const key of ['c1', 'c2', 'ag_1/c1', 'ag_2/c1']) {
    takeDraft(key)
    takeDraft(noteKey(key))
  }
})

function setup(tags?: string[]) {
  const conversation = fakeConversation([hello])
  const client = fakeAgent()
  // The list's tag filter is where the inbox hears notes; it stands beside every open conversation.
  const { root } = mount(
    <>
      <TagFilter client={client} conversations={[]} value={null} onChange={() => {}} />
      <ConversationView
        conversation={conversation}
        label="Visitor 3f2a"
        clock={() => '10:00'}
        summary={summary({ id: 'c1', ...(tags ? { tags } : {}) })}
      />
    </>,
  )
  const noteArrives = (n: Note) => act(() => client.emitNote(n))
  return { conversation, root, noteArrives }
}

/** Conversation `id` on screen, in a view of its own as the inbox opens one, for `agent` when given. */
function open(id: string, items: TimelineItem[] = [hello], agent?: AgentProfile) {
  const conversation = fakeConversation(items, id)
  const view = mount(
    <ConversationView conversation={conversation} label={`Visitor ${id}`} clock={() => '10:00'} summary={summary({ id })} agent={agent} />,
  )
  return { ...view, conversation }
}

const noteSwitch = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('[role="switch"]')
const noteBox = (root: HTMLElement) => byLabel<HTMLTextAreaElement>(root, 'Note for your team')
const replyBox = (root: HTMLElement) => byLabel<HTMLTextAreaElement>(root, 'Reply')
const timelineText = (root: HTMLElement) => root.querySelector('[role="log"]')!.textContent ?? ''

async function switchOn(root: HTMLElement) {
  await vi.waitFor(() => expect(noteSwitch(root)).not.toBeNull())
  act(() => noteSwitch(root)!.click())
}

describe('the Private note switch', () => {
  it('is a labelled switch that turns the box yellow and says only the team sees it', async () => {
    const { root } = setup()
    await vi.waitFor(() => expect(noteSwitch(root)).not.toBeNull())
    expect(noteSwitch(root)!.textContent).toBe('Private note')
    expect(noteSwitch(root)!.getAttribute('aria-checked')).toBe('false')
    act(() => noteSwitch(root)!.click())
    expect(noteSwitch(root)!.getAttribute('aria-checked')).toBe('true')
    expect(root.querySelector('.composer')!.classList.contains('is-note')).toBe(true)
    expect(byLabel<HTMLTextAreaElement>(root, 'Note for your team').getAttribute('aria-describedby')).toBe('composer-note-hint')
    // A note in Arabic reads right to left as it is typed, in an inbox that speaks English.
    expect(byLabel<HTMLTextAreaElement>(root, 'Note for your team').getAttribute('dir')).toBe('auto')
    expect(root.querySelector('#composer-note-hint')!.textContent).toBe('Only your team sees this')
  })

  it('makes Send store a note for the team, never a reply, and never tells the shopper "typing"', async () => {
    const { root, conversation } = setup()
    await switchOn(root)
    type(byLabel<HTMLTextAreaElement>(root, 'Note for your team'), 'Call the courier first')
    act(() => button(root, 'Send').click())
    await vi.waitFor(() => expect(timelineText(root)).toContain('Call the courier first'))
    expect(conversation.replies).toEqual([])
    expect(conversation.typing).not.toContain(true)
    expect(server.calls.find((c) => c.route === 'POST /api/conversations/c1/notes')?.body).toEqual({ text: 'Call the courier first' })
    const entry = root.querySelector('.bubble-note')!
    expect(entry.textContent).toContain('Private note · Dao')
    expect(root.querySelector('.note-status')!.textContent).toBe('Note added. Only your team sees it.')
  })

  it('keeps a note that was not saved in the box and says so', async () => {
    server.answer({ 'POST /api/conversations/c1/notes': [503, refusal('unavailable')] })
    const { root } = setup()
    await switchOn(root)
    type(byLabel<HTMLTextAreaElement>(root, 'Note for your team'), 'Do not lose me')
    act(() => button(root, 'Send').click())
    await vi.waitFor(() => expect(root.querySelector('.note-status')!.textContent).toContain('not saved'))
    expect(byLabel<HTMLTextAreaElement>(root, 'Note for your team').value).toBe('Do not lose me')
  })

  it('carries a reply’s words into the note, and keeps the note’s while it is off', async () => {
    const { root } = setup()
    await vi.waitFor(() => expect(noteSwitch(root)).not.toBeNull())
    type(byLabel<HTMLTextAreaElement>(root, 'Reply'), 'Should have been a note')
    act(() => noteSwitch(root)!.click())
    expect(byLabel<HTMLTextAreaElement>(root, 'Note for your team').value).toBe('Should have been a note')
    act(() => noteSwitch(root)!.click())
    act(() => noteSwitch(root)!.click())
    expect(byLabel<HTMLTextAreaElement>(root, 'Note for your team').value).toBe('Should have been a note')
  })

  it('takes a reply’s words out of the reply: once the note is saved and the switch is off, the shopper’s box is empty', async () => {
    const { root, conversation } = setup()
    await vi.waitFor(() => expect(noteSwitch(root)).not.toBeNull())
    type(byLabel<HTMLTextAreaElement>(root, 'Reply'), 'He is rude, refund only if he insists')
    act(() => noteSwitch(root)!.click())
    act(() => button(root, 'Send').click())
    await vi.waitFor(() => expect(root.querySelector('.note-status')!.textContent).toBe('Note added. Only your team sees it.'))
    act(() => noteSwitch(root)!.click())
    expect(byLabel<HTMLTextAreaElement>(root, 'Reply').value).toBe('')
    expect(conversation.replies).toEqual([])
  })

  it('keeps a note’s words in the box until it is saved, so a failed one keeps them with what was typed meanwhile', async () => {
    server.answer({ 'POST /api/conversations/c1/notes': [503, refusal('unavailable')] })
    let answer = () => {}
    const held = new Promise<void>((resolve) => (answer = resolve))
    // The note's POST waits until the test answers it.
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') await held
      return server.fetch(url, init)
    })
    const { root } = setup()
    await switchOn(root)
    const box = () => byLabel<HTMLTextAreaElement>(root, 'Note for your team')
    type(box(), 'Call the courier')
    act(() => button(root, 'Send').click())
    await settle()
    expect(box().value).toBe('Call the courier')
    type(box(), 'Call the courier, then refund')
    answer()
    await vi.waitFor(() => expect(root.querySelector('.note-status')!.textContent).toContain('not saved'))
    expect(box().value).toBe('Call the courier, then refund')
  })

  it('off again, Send replies to the shopper as before', async () => {
    const { root, conversation } = setup()
    await switchOn(root)
    act(() => noteSwitch(root)!.click())
    type(byLabel<HTMLTextAreaElement>(root, 'Reply'), 'It is in stock')
    act(() => button(root, 'Send').click())
    expect(conversation.replies).toEqual(['It is in stock'])
    expect(server.calls.some((c) => c.route === 'POST /api/conversations/c1/notes')).toBe(false)
  })

  it('shows a teammate’s note as it arrives, among the messages by time', async () => {
    const { root, noteArrives } = setup()
    // The timeline listens from the moment it asks for the notes written before.
    await vi.waitFor(() => expect(server.calls.map((c) => c.route)).toContain('GET /api/conversations/c1/notes'))
    noteArrives(note('VIP customer, be quick', 'n9', '2026-01-01T09:59:00.000Z'))
    await vi.waitFor(() => expect(timelineText(root)).toContain('VIP customer, be quick'))
    const [first, second] = root.querySelectorAll('.timeline-items > li')
    expect(first!.className).toBe('bubble bubble-note')
    expect(first!.textContent).toContain('VIP customer, be quick')
    expect(second!.className).toBe('bubble bubble-shopper')
  })
})

describe('a note not saved yet', () => {
  it('waits in its conversation while the agent reads another, and is in view again on coming back', async () => {
    const first = open('c1')
    await switchOn(first.root)
    type(noteBox(first.root), 'Refund approved by Dao')
    first.unmount()

    const other = open('c2')
    await switchOn(other.root)
    expect(noteBox(other.root).value).toBe('')
    other.unmount()

    const back = open('c1')
    await vi.waitFor(() => expect(noteSwitch(back.root)).not.toBeNull())
    expect(noteSwitch(back.root)!.getAttribute('aria-checked')).toBe('true')
    expect(noteBox(back.root).value).toBe('Refund approved by Dao')
    // The team's words stay out of the reply the shopper would get.
    act(() => noteSwitch(back.root)!.click())
    expect(replyBox(back.root).value).toBe('')
  })

  it('waits behind the switch when the agent left a reply in view', async () => {
    const first = open('c1')
    await switchOn(first.root)
    type(noteBox(first.root), 'VIP, be quick')
    act(() => noteSwitch(first.root)!.click())
    type(replyBox(first.root), 'Let me check')
    first.unmount()

    const back = open('c1')
    await vi.waitFor(() => expect(noteSwitch(back.root)).not.toBeNull())
    expect(noteSwitch(back.root)!.getAttribute('aria-checked')).toBe('false')
    expect(replyBox(back.root).value).toBe('Let me check')
  })

  it('is forgotten once saved, also when the agent opened another conversation before the save came back', async () => {
    let answer = () => {}
    const held = new Promise<void>((resolve) => (answer = resolve))
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      if (init?.method === 'POST') await held
      return server.fetch(url, init)
    })
    const first = open('c1')
    await switchOn(first.root)
    type(noteBox(first.root), 'Call the courier first')
    act(() => button(first.root, 'Send').click())
    first.unmount()
    answer()
    await vi.waitFor(() => expect(server.calls.map((c) => c.route)).toContain('POST /api/conversations/c1/notes'))
    await settle()

    const back = open('c1')
    await vi.waitFor(() => expect(noteSwitch(back.root)).not.toBeNull())
    expect(noteSwitch(back.root)!.getAttribute('aria-checked')).toBe('false')
    act(() => noteSwitch(back.root)!.click())
    expect(noteBox(back.root).value).toBe('')
  })

  it('waits for its writer only, as a reply does: the next person at a shared till never finds it', async () => {
    const person = (id: string, name: string): AgentProfile => ({ id, name, email: `${id}@demo.store`, siteKey: 'demo', role: 'agent', stores: [] })
    const dao = person('ag_1', 'Dao')
    const first = open('c1', [hello], dao)
    await switchOn(first.root)
    type(noteBox(first.root), 'He threatened a chargeback')
    first.unmount()

    const nok = open('c1', [hello], person('ag_2', 'Nok'))
    await switchOn(nok.root)
    expect(noteBox(nok.root).value).toBe('')
    nok.unmount()

    const back = open('c1', [hello], dao)
    await vi.waitFor(() => expect(noteSwitch(back.root)).not.toBeNull())
    expect(noteBox(back.root).value).toBe('He threatened a chargeback')
  })
})

describe('a reply the server refused', () => {
  const refused = (refusal?: AttuneErrorCode): TimelineItem => ({
    key: 'r1',
    kind: 'message',
    role: 'agent',
    text: 'Your refund is on its way',
    at,
    state: 'failed',
    ...(refusal ? { refusal } : {}),
  })
  const failedState = (root: HTMLElement) => root.querySelector('.state-failed')?.textContent

  it('says why beside "Send again"', async () => {
    const { root, conversation } = open('c1', [hello, refused('closed')])
    await vi.waitFor(() => expect(failedState(root)).toBe('Not sent: the conversation was resolved. Send again'))
    act(() => button(root, 'Send again').click())
    expect(conversation.retries).toEqual(['r1'])
  })

  it('says "Not sent" alone when the reason is not known', async () => {
    const { root } = open('c1', [hello, refused()])
    await vi.waitFor(() => expect(noteSwitch(root)).not.toBeNull())
    expect(failedState(root)).toBe('Not sent Send again')
  })
})

describe('tags in the conversation header', () => {
  it('adds a tag on Enter and removes one by its labelled button, saving the whole list', async () => {
    const { root } = setup(['VIP'])
    await vi.waitFor(() => expect(root.querySelector('#tag-input')).not.toBeNull())
    type(byLabel(root, 'Add a tag'), ' Refund ')
    act(() => root.querySelector<HTMLFormElement>('.tag-add')!.requestSubmit())
    await vi.waitFor(() => expect(root.querySelector('.tag-status')!.textContent).toBe('Tag Refund added.'))
    expect(server.calls.filter((c) => c.route === 'PUT /api/conversations/c1/tags').map((c) => c.body)).toEqual([{ tags: ['VIP', 'Refund'] }])

    const remove = root.querySelector<HTMLButtonElement>('button[aria-label="Remove tag VIP"]')!
    act(() => remove.click())
    await vi.waitFor(() => expect(root.querySelector('.tag-status')!.textContent).toBe('Tag VIP removed.'))
    expect(server.calls.at(-1)?.body).toEqual({ tags: ['Refund'] })
    expect([...root.querySelectorAll('.conv-tags .chip-tag')].map((c) => c.firstChild?.textContent)).toEqual(['Refund'])
    // The pressed button is gone: the keyboard stays in the group.
    expect(document.activeElement?.id).toBe('tag-input')
  })

  it('keeps the tags as they were when the server refuses, and says so', async () => {
    server.answer({ 'PUT /api/conversations/c1/tags': [503, refusal('unavailable')] })
    const { root } = setup(['VIP'])
    await vi.waitFor(() => expect(root.querySelector('#tag-input')).not.toBeNull())
    type(byLabel(root, 'Add a tag'), 'Refund')
    act(() => root.querySelector<HTMLFormElement>('.tag-add')!.requestSubmit())
    await vi.waitFor(() => expect(root.querySelector('.tag-status')!.textContent).toContain('not saved'))
    expect([...root.querySelectorAll('.conv-tags .chip-tag')].map((c) => c.firstChild?.textContent)).toEqual(['VIP'])
  })
})

describe('the conversation list by tag', () => {
  it('shows only the conversations with the chosen tag, each row naming its tags', async () => {
    const client = fakeAgent()
    client.$conversations.set([summary({ id: 'c1', tags: ['VIP'] }), summary({ id: 'c2' })])
    const { root } = mount(<ConversationList client={client} selectedId={null} onSelect={() => {}} tag="VIP" />)
    expect([...root.querySelectorAll('[data-conversation-id]')].map((r) => r.getAttribute('data-conversation-id'))).toEqual(['c1'])
    await vi.waitFor(() => expect(root.querySelector('.conv-row-tags')?.textContent).toContain('Tags: VIP'))
  })

  it("drops the store's tags that arrive after a store switch: they are the last store's", async () => {
    forgetSession()
    let answer: (tags: string[]) => void = () => {}
    const slow = { tags: () => new Promise((resolve) => (answer = (tags) => resolve({ ok: true, value: tags }))) } as NotesApi
    loadStoreTags(slow)
    forgetSession()
    answer(['demo-only-tag'])
    await Promise.resolve()
    await Promise.resolve()
    expect($storeTags.get()).toEqual([])
  })
})
