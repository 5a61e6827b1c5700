// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import type { TimelineItem } from '../agent.ts'
import { cleanup, button, byLabel, mount, settle, type } from '../testing/dom.ts'
import { fakeConversation } from '../testing/fake-agent.ts'
import { ConversationView } from './ConversationView.tsx'

afterEach(() => {
  cleanup()
})

const at = '2026-01-01T10:00:00Z'
const clock = () => '10:00'
const hello: TimelineItem = { key: 'v1', kind: 'message', role: 'visitor', text: 'Is it in stock?', at, state: 'sent', seq: 1 }

function press(target: HTMLElement, init: KeyboardEventInit) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))
  })
}

function setup(items: TimelineItem[] = [hello]) {
  const conversation = fakeConversation(items)
  const view = mount(<ConversationView conversation={conversation} label="Visitor 3f2a" clock={clock} />)
  return { conversation, root: view.root }
}

describe('ConversationView', () => {
  it('renders the timeline as a log with shopper and agent bubbles', () => {
    const { root } = setup([hello, { key: 'a1', kind: 'message', role: 'agent', text: '<b>Yes</b>', at, state: 'sending' }])
    const log = root.querySelector('[role="log"]')!
    expect(log.getAttribute('aria-label')).toBe('Conversation with Visitor 3f2a')
    const bubbles = [...log.querySelectorAll('.bubble')]
    expect(bubbles.map((b) => b.className)).toEqual(['bubble bubble-shopper', 'bubble bubble-agent'])
    // Text is text: markup from a message is never parsed (ARCHITECTURE promise 4).
    expect(bubbles[1]!.querySelector('.bubble-text')!.textContent).toBe('<b>Yes</b>')
    expect(bubbles[1]!.querySelector('b')).toBeNull()
    expect(bubbles[1]!.textContent).toContain('Sending…')
    expect(bubbles[0]!.textContent).not.toContain('Sent')
  })

  // useStore re-renders on the next macrotask (it batches store changes), hence settle().
  it("shows a shopper's new message as soon as the store changes", async () => {
    const { conversation, root } = setup()
    act(() => conversation.$timeline.set([hello, { key: 'v2', kind: 'message', role: 'visitor', text: 'Hello?', at, state: 'sent', seq: 2 }]))
    await settle()
    expect(root.querySelector('[role="log"]')!.textContent).toContain('Hello?')
    expect(conversation.reads).toBeGreaterThanOrEqual(2)
  })

  it('sends the reply on Enter, keeps Shift+Enter for a new line, and clears the box', () => {
    const { conversation, root } = setup()
    const reply = byLabel<HTMLTextAreaElement>(root, 'Reply')
    expect(reply.tagName).toBe('TEXTAREA')

    type(reply, 'Yes, we have it')
    press(reply, { key: 'Enter', shiftKey: true })
    expect(conversation.replies).toEqual([])

    press(reply, { key: 'Enter' })
    expect(conversation.replies).toEqual(['Yes, we have it'])
    expect(reply.value).toBe('')
    expect(conversation.typing).toEqual([true, false])
  })

  it('sends with the Send button and never sends a blank reply', () => {
    const { conversation, root } = setup()
    const reply = byLabel<HTMLTextAreaElement>(root, 'Reply')
    type(reply, '   ')
    act(() => button(root, 'Send').click())
    expect(conversation.replies).toEqual([])
    type(reply, 'Shipping is free')
    act(() => button(root, 'Send').click())
    expect(conversation.replies).toEqual(['Shipping is free'])
  })

  it('resolves with the Resolve button, then shows the conversation as resolved', async () => {
    const { conversation, root } = setup()
    act(() => button(root, 'Resolve').click())
    expect(conversation.resolved).toBe(1)

    act(() => conversation.$timeline.set([hello, { key: 'r', kind: 'resolved', at, seq: 2 }]))
    await settle()
    expect(button(root, 'Resolve').disabled).toBe(true)
    expect(root.textContent).toContain('This conversation is resolved.')
  })

  // On a phone the actions are a row that scrolls sideways, and Chromium leaves a button it shows
  // in part where it is when Tab reaches it: half a "Delete shopper's data" at the screen's edge.
  it('brings the control Tab reaches whole into view, moving nothing that shows already', () => {
    const { root } = setup()
    const scrolled: { target: Element; options: unknown }[] = []
    const original = HTMLElement.prototype.scrollIntoView
    HTMLElement.prototype.scrollIntoView = function (this: HTMLElement, options?: boolean | ScrollIntoViewOptions) {
      scrolled.push({ target: this, options })
    }
    try {
      const resolve = button(root, 'Resolve')
      act(() => resolve.focus())
      expect(scrolled).toEqual([{ target: resolve, options: { block: 'nearest', inline: 'nearest' } }])
    } finally {
      HTMLElement.prototype.scrollIntoView = original
    }
  })

  it('says when the shopper is typing', async () => {
    const { conversation, root } = setup()
    const status = () => root.querySelector('.typing')!.textContent
    expect(status()).toBe('')
    act(() => conversation.$visitorTyping.set(true))
    await settle()
    expect(status()).toBe('Shopper is typing…')
  })
})
