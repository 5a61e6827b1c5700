// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { TimelineItem } from '../agent.ts'
import { button, cleanup, mount, settle } from '../testing/dom.ts'
import { fakeConversation } from '../testing/fake-agent.ts'
import { ConversationView } from './ConversationView.tsx'

afterEach(() => {
  cleanup()
})

const at = '2026-01-01T10:00:00Z'
const message = (key: string, over: Partial<Extract<TimelineItem, { kind: 'message' }>> = {}): TimelineItem => ({
  key,
  kind: 'message',
  role: 'visitor',
  text: key,
  at,
  state: 'sent',
  ...over,
})

function setup(items: TimelineItem[]) {
  const conversation = fakeConversation(items)
  const { root } = mount(<ConversationView conversation={conversation} label="Visitor 3f2a" clock={() => '10:00'} />)
  return { conversation, root, log: root.querySelector<HTMLElement>('[role="log"]')! }
}

describe('files in the conversation', () => {
  it('draws images as lazy thumbnails linking to the full image, other files as download links', () => {
    const { log } = setup([
      message('v1', {
        text: '',
        attachments: [
          { id: 'u1', name: 'broken-mug.jpg', type: 'image/jpeg', size: 90_000, url: '/api/uploads/u1' },
          { id: 'u2', name: 'invoice.pdf', type: 'application/pdf', size: 182 * 1024, url: '/api/uploads/u2' },
        ],
      }),
    ])
    const img = log.querySelector('img')!
    expect(img.getAttribute('alt')).toBe('broken-mug.jpg')
    expect(img.getAttribute('loading')).toBe('lazy')
    const thumb = img.closest('a')!
    expect(thumb.getAttribute('href')).toBe('/api/uploads/u1')
    expect(thumb.getAttribute('target')).toBe('_blank')
    expect(thumb.getAttribute('rel')).toBe('noopener noreferrer')
    const download = [...log.querySelectorAll('a')].find((a) => a.textContent === 'invoice.pdf · 182 KB')!
    expect(download.getAttribute('href')).toBe('/api/uploads/u2')
    // A message of files only has no empty text bubble.
    expect(log.querySelector('.bubble-text')).toBeNull()
  })
})

describe('words in any script', () => {
  it('lets a message and a quick reply take the direction of their own first letter (Arabic reads right to left in an English inbox)', () => {
    const { log } = setup([message('وصل مكسورا!'), message('a1', { role: 'agent', text: 'نأسف!', quickReplies: ['أريد بديلا'] })])
    expect([...log.querySelectorAll('.bubble-text')].map((p) => [p.textContent, p.getAttribute('dir')])).toEqual([
      ['وصل مكسورا!', 'auto'],
      ['نأسف!', 'auto'],
    ])
    expect(log.querySelector('.chip')?.getAttribute('dir')).toBe('auto')
  })

  it("isolates an Arabic file's name from the size beside it (the inbox's words isolate what they are given)", () => {
    const { log } = setup([
      message('v1', { text: '', attachments: [{ id: 'u3', name: 'فاتورة', type: 'application/pdf', size: 12 * 1024, url: '/api/uploads/u3' }] }),
    ])
    expect(log.querySelector('a.file-link')?.textContent).toBe('\u2068فاتورة\u2069 · 12 KB')
  })
})

describe("the agent's own messages", () => {
  it('say Delivered and Seen, and show the quick replies offered as read-only chips', () => {
    const { log } = setup([
      message('a1', { role: 'agent', state: 'delivered', seq: 1, quickReplies: ['Track my order', 'Talk to a person'] }),
      message('a2', { role: 'agent', state: 'read', seq: 2 }),
    ])
    const [first, second] = [...log.querySelectorAll('.bubble')]
    expect(first!.querySelector('.bubble-state')!.textContent).toBe('Delivered')
    expect(second!.querySelector('.bubble-state')!.textContent).toBe('Seen')
    const chips = first!.querySelector('ul[aria-label="Quick replies offered"]')!
    expect([...chips.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Track my order', 'Talk to a person'])
    expect(chips.querySelector('button')).toBeNull()
  })
})

describe('a reply the server refused', () => {
  it('offers "Send again", which sends it again and leaves the focus on the message, not on <body>', async () => {
    const { conversation, log } = setup([message('a1', { role: 'agent', text: 'Your refund is on its way', state: 'failed' })])
    const bubble = log.querySelector<HTMLElement>('.bubble-agent')!
    expect(bubble.querySelector('.bubble-state')!.textContent).toBe('Not sent Send again')
    const again = button(bubble, 'Send again')
    again.focus()
    act(() => again.click())
    expect(conversation.retries).toEqual(['a1'])
    // Core queues it again: the failure, and its button, are gone.
    act(() => conversation.$timeline.set([message('a1', { role: 'agent', text: 'Your refund is on its way', state: 'sending' })]))
    await settle()
    expect(log.querySelector('button')).toBeNull()
    expect(document.activeElement).toBe(bubble)
    expect(bubble.querySelector('.bubble-state')!.textContent).toBe('Sending…')
  })
})

describe('a reply refused while the agent follows the newest message', () => {
  /** A ResizeObserver the test drives: `grow(el)` reports a new size for `el` to whoever watches it. */
  function fakeResizeObserver() {
    const watching: { target: Element; report: () => void }[] = []
    vi.stubGlobal(
      'ResizeObserver',
      class {
        constructor(private readonly callback: () => void) {}
        observe(target: Element) {
          watching.push({ target, report: this.callback })
        }
        disconnect() {}
      },
    )
    return { grow: (el: Element) => watching.filter((w) => w.target === el).forEach((w) => w.report()) }
  }
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('scrolls its reason and "Send again" into view: the status line grows, no message is added', async () => {
    const sizes = fakeResizeObserver()
    const { conversation, log } = setup([message('a1', { role: 'agent', text: 'Here is your code', state: 'sending' })])
    Object.defineProperty(log, 'scrollHeight', { configurable: true, value: 400 })
    act(() => conversation.$timeline.set([message('a1', { role: 'agent', text: 'Here is your code', state: 'failed' })]))
    await settle()
    sizes.grow(log.querySelector('.timeline-items')!)
    expect(log.scrollTop).toBe(400)
  })
})

describe('earlier messages', () => {
  it('offers "Load earlier messages" at the top of the log while the server has more', async () => {
    const { conversation, log } = setup([message('m3', { seq: 3 })])
    expect(log.querySelector('button')).toBeNull()
    act(() => conversation.$hasOlder.set(true))
    await settle()
    const load = button(log, 'Load earlier messages')
    expect(log.firstElementChild!.contains(load)).toBe(true)

    act(() => load.click())
    await settle()
    expect(conversation.olderLoads).toBe(1)
    expect(load.textContent).toBe('Loading earlier messages…')

    act(() => conversation.$timeline.set([message('m2', { seq: 2 }), message('m3', { seq: 3 })]))
    await settle()
    expect(load.textContent).toBe('Load earlier messages')
  })

  it('gives focus to the log when the last page removes the button', async () => {
    const { conversation, log } = setup([message('m2', { seq: 2 })])
    act(() => conversation.$hasOlder.set(true))
    await settle()
    const load = button(log, 'Load earlier messages')
    load.focus()
    act(() => load.click())
    act(() => {
      conversation.$timeline.set([message('m1', { seq: 1 }), message('m2', { seq: 2 })])
      conversation.$hasOlder.set(false)
    })
    await settle()
    expect(log.querySelector('button')).toBeNull()
    expect(document.activeElement).toBe(log)
  })
})
