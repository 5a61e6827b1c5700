// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type AttuneChatElement, defineAttuneChat, TAG_NAME } from '../element.ts'
import { agentMessage, type FakeClient, fakeClient } from '../testing/fake-client.ts'
import { act, actUntil } from '../testing/mount.ts'

let client: FakeClient
let element: AttuneChatElement

const $ = <E extends Element = HTMLElement>(selector: string) => element.shadowRoot?.querySelector<E>(selector) ?? null
const launcher = () => $<HTMLButtonElement>('button.launcher')!
const textarea = () => $<HTMLTextAreaElement>('textarea')!

// The panel's texts are a chunk of their own: on a busy machine its import outlasts two frames,
// so opening waits for the message box itself (bounded, like the launcher's wait below).
async function openPanel() {
  await act(() => launcher().click())
  await actUntil(() => $('textarea'), 'the message box')
}

async function type(text: string) {
  await act(() => {
    textarea().value = text
    textarea().dispatchEvent(new Event('input', { bubbles: true }))
  })
}

async function press(key: string, init: KeyboardEventInit = {}, target: Element = textarea()) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init })
  await act(() => target.dispatchEvent(event))
  return event
}

beforeEach(async () => {
  defineAttuneChat()
  client = fakeClient()
  element = document.createElement(TAG_NAME) as AttuneChatElement
  element.client = client
  await act(() => document.body.append(element))
  // The catalog arrives as its own chunk before the first draw.
  await actUntil(() => $('button.launcher'), 'the launcher')
})

afterEach(() => {
  element.remove()
})

describe('<attune-chat>', () => {
  it('renders in an open shadow root with an adopted stylesheet, and connects', () => {
    expect(element.shadowRoot?.mode).toBe('open')
    expect(element.shadowRoot?.adoptedStyleSheets.length).toBe(1)
    expect(document.body.children).toHaveLength(1)
    expect(client.calls.map((c) => c.action)).toContain('connect')
  })

  it('names the launcher "Open chat", then "Close chat" with aria-expanded', async () => {
    expect(launcher().getAttribute('aria-label')).toBe('Open chat')
    expect(launcher().getAttribute('aria-expanded')).toBe('false')
    await openPanel()
    expect(launcher().getAttribute('aria-label')).toBe('Close chat')
    expect(launcher().getAttribute('aria-expanded')).toBe('true')
    const dialog = $('[role="dialog"]')!
    expect(dialog.getAttribute('aria-modal')).toBeNull()
    expect(element.shadowRoot?.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Chat with Demo Store')
  })

  it('describes the unread badge in words', async () => {
    await act(() => client.$unread.set(2))
    const described = launcher().getAttribute('aria-describedby')!
    expect(element.shadowRoot?.getElementById(described)?.textContent).toBe('2 unread messages')
    expect(launcher().getAttribute('aria-label')).toBe('Open chat')
  })

  it('moves focus to the message box on open; Escape closes and returns focus to the launcher', async () => {
    await openPanel()
    expect(element.shadowRoot?.activeElement).toBe(textarea())
    expect($('label[for="attune-message"]')?.textContent).toBe('Message')
    await press('Escape')
    expect($('[role="dialog"]')).toBeNull()
    expect(element.shadowRoot?.activeElement).toBe(launcher())
  })

  it('sends with Enter and clears the box; Shift+Enter does not send; the box says so to screen readers', async () => {
    await openPanel()
    const hint = element.shadowRoot!.getElementById(textarea().getAttribute('aria-describedby')!)
    expect(hint?.textContent).toBe('Enter to send, Shift+Enter for a new line')
    await type('Hello')
    const shift = await press('Enter', { shiftKey: true })
    expect(shift.defaultPrevented).toBe(false)
    expect(client.calls.filter((c) => c.action === 'send')).toHaveLength(0)

    const enter = await press('Enter')
    expect(enter.defaultPrevented).toBe(true)
    expect(client.calls.filter((c) => c.action === 'send')).toEqual([{ action: 'send', args: ['Hello'] }])
    expect(textarea().value).toBe('')
    expect($('.message.mine .delivery')?.textContent).toBe('Sending…')
  })

  it('does not send while an IME composition is being confirmed', async () => {
    await openPanel()
    await type('สวัสดี')
    await press('Enter', { isComposing: true })
    expect(client.calls.filter((c) => c.action === 'send')).toHaveLength(0)
  })

  it('sends with the Send button and tells the agent when typing starts and stops', async () => {
    await openPanel()
    await type('Hi there')
    const send = $<HTMLButtonElement>('button.send')!
    expect(send.textContent).toBe('Send')
    await act(() => send.click())
    expect(client.calls.filter((c) => !['connect', 'markRead', 'openChat'].includes(c.action))).toEqual([
      { action: 'setTyping', args: [true] },
      { action: 'send', args: ['Hi there'] },
      { action: 'setTyping', args: [false] },
    ])
  })

  it('keeps a message too long to send, says why, and marks the box invalid until it is edited', async () => {
    await openPanel()
    await type('a'.repeat(4001))
    await press('Enter')
    expect(client.calls.filter((c) => c.action === 'send')).toHaveLength(0)
    expect(textarea().value).toHaveLength(4001)
    const alert = $('[role="alert"]')!
    expect(alert.textContent).toBe('This message is too long to send.')
    expect(textarea().getAttribute('aria-invalid')).toBe('true')
    expect(textarea().getAttribute('aria-describedby')).toContain(alert.id)

    await type('a'.repeat(4000))
    expect($('[role="alert"]')).toBeNull()
    expect(textarea().hasAttribute('aria-invalid')).toBe(false)
  })

  it('ignores an empty message', async () => {
    await openPanel()
    await type('   ')
    await press('Enter')
    expect(client.calls.filter((c) => c.action === 'send')).toHaveLength(0)
  })

  it('shows a failed message with a Retry button that retries it', async () => {
    await act(() =>
      client.$timeline.set([{ key: 'c9', kind: 'message', role: 'visitor', text: 'Lost?', at: '2025-01-01T10:00:00Z', state: 'failed' }]),
    )
    await openPanel()
    const delivery = $('.delivery')!
    expect(delivery.textContent).toBe('Not sent — Retry')
    await act(() => delivery.querySelector('button')!.click())
    expect(client.calls).toContainEqual({ action: 'retry', args: ['c9'] })
  })

  it('renders message text as text, never as HTML', async () => {
    await act(() => client.$timeline.set([agentMessage('<img src=x onerror=alert(1)>')]))
    await openPanel()
    expect($('.bubble')?.textContent).toBe('<img src=x onerror=alert(1)>')
    expect($('.bubble img')).toBeNull()
  })

  it('puts messages in a polite log, shows who is typing, and marks them read when open', async () => {
    await act(() => {
      client.$timeline.set([agentMessage('How can I help?')])
      client.$unread.set(1)
      client.$agentTyping.set({ name: 'Maya' })
    })
    await openPanel()
    const log = $('[role="log"]')!
    expect(log.getAttribute('aria-label')).toBe('Messages')
    expect(log.querySelector('.author')?.textContent).toBe('Maya')
    expect($('.typing')?.textContent).toBe('Maya is typing…')
    expect(client.calls.map((c) => c.action)).toContain('markRead')
    expect(client.$unread.get()).toBe(0)
  })

  it('shows a notice while offline', async () => {
    await openPanel()
    expect($('[role="status"]')?.textContent).toBe('')
    await act(() => client.$status.set('offline'))
    expect($('[role="status"]')?.textContent).toMatch(/You are offline/)
  })

  it('opens and closes from the imperative API without stealing focus', async () => {
    await act(() => element.open())
    expect($('[role="dialog"]')).not.toBeNull()
    expect(element.shadowRoot?.activeElement).not.toBe(textarea())
    await act(() => element.toggle())
    expect($('[role="dialog"]')).toBeNull()
  })

  it('closes with the header button and returns focus to the launcher', async () => {
    await openPanel()
    const hide = $<HTMLButtonElement>('button.hide')!
    expect(hide.getAttribute('aria-label')).toBe('Hide chat')
    await act(() => hide.click())
    expect($('[role="dialog"]')).toBeNull()
    expect(element.shadowRoot?.activeElement).toBe(launcher())
  })
})
