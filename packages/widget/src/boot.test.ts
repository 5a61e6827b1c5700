// @vitest-environment happy-dom
// The whole shopper path against @attune/mock, which speaks the real protocol over msw.
import { createAttuneMock } from '@attune/mock'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { boot, close, off, on, open, setLocale, shutdown } from './index.ts'
// The panel is a lazy chunk: loaded here first, its dynamic import resolves at once.
import './panel.ts'

const server = 'http://attune.test'
const mock = createAttuneMock({ server, siteName: 'Demo Store', agentName: 'Alex' })
const network = setupServer(...mock.handlers)

beforeAll(() => network.listen({ onUnhandledRequest: 'error' }))
afterAll(() => network.close())
afterEach(() => {
  shutdown()
  mock.dropConnections()
})

const root = () => document.querySelector('attune-chat')?.shadowRoot ?? null
const $ = <E extends Element = HTMLElement>(selector: string) => root()?.querySelector<E>(selector) ?? null

describe('boot against the protocol mock', () => {
  it('puts one element on the page; a message is sent and the agent reply shows', async () => {
    boot({ siteKey: 'demo', server })
    expect(document.body.querySelectorAll('attune-chat')).toHaveLength(1)
    open()
    await vi.waitFor(() => expect($('[role="dialog"] h2')?.textContent).toBe('Chat with Demo Store'))

    const textarea = $<HTMLTextAreaElement>('textarea')!
    textarea.value = 'Where is my parcel?'
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    await vi.waitFor(() => expect(textarea.value).toBe('Where is my parcel?'))
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))

    await vi.waitFor(() => expect($('.message.mine .delivery')?.textContent).toBe('Sent'))
    mock.agentSays('Hi! Alex here. Let me check.')
    await vi.waitFor(() => expect($('.message.theirs .bubble')?.textContent).toBe('Hi! Alex here. Let me check.'))
    expect($('.message.theirs .author')?.textContent).toBe('Alex')
  })

  it('tells listeners added with on() about open and close, until off()', async () => {
    const seen: string[] = []
    const listener = () => seen.push('open')
    on('open', listener)
    on('close', () => seen.push('close'))
    boot({ siteKey: 'demo', server })
    open()
    close()
    off('open', listener)
    open()
    expect(seen).toEqual(['open', 'close'])
    expect(() => on('dance' as never, () => {})).toThrow(/Unknown event "dance"/)
  })

  it('switches language with setLocale, keeping the conversation', async () => {
    boot({ siteKey: 'demo', server, locale: 'en' })
    await vi.waitFor(() => expect($('button.launcher')?.getAttribute('aria-label')).toBe('Open chat'))
    setLocale('es')
    await vi.waitFor(() => expect($('button.launcher')?.getAttribute('aria-label')).toBe('Abrir chat'))
    expect($('.root')?.getAttribute('lang')).toBe('es')
  })

  it('shuts down cleanly', () => {
    boot({ siteKey: 'demo', server })
    shutdown()
    expect(document.querySelector('attune-chat')).toBeNull()
  })
})

describe('when nobody can answer (issue 15)', () => {
  afterEach(() => {
    mock.setHours({ open: true })
    mock.setAgentsOnline(1)
  })

  it('the launcher and the panel say the store is away, when it is back and how soon it replies; the shopper can still write', async () => {
    const nine = new Date()
    nine.setDate(nine.getDate() + 1)
    nine.setHours(9, 0, 0, 0)
    mock.setHours({ open: false, next: nine.toISOString(), replyTime: 'hour' })
    boot({ siteKey: 'demo', server, locale: 'en' })
    const line = "We're away — back tomorrow at 9:00 AM"
    await vi.waitFor(() => expect($('button.launcher')?.getAttribute('aria-label')).toBe(`Open chat, ${line}`), { timeout: 5_000 })
    expect($('button.launcher')?.getAttribute('data-away')).toBe(line)

    open()
    await vi.waitFor(() =>
      expect($('.header .presence')?.textContent).toBe("We're away right now. We're back tomorrow at 9:00 AM. We usually reply within an hour."),
    )
    expect($('button.launcher')?.hasAttribute('data-away')).toBe(false)
    const textarea = $<HTMLTextAreaElement>('textarea')!
    textarea.value = 'Do you ship to Chiang Mai?'
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    await vi.waitFor(() => expect($('.message.mine .delivery')?.textContent).toBe('Sent'))
  })

  it('a store with no hours and no reply time keeps its launcher as it was when nobody is online', async () => {
    mock.setAgentsOnline(0)
    const asked = mock.launcherAnswers()
    boot({ siteKey: 'demo', server, locale: 'en' })
    await vi.waitFor(() => expect($('button.launcher')?.getAttribute('aria-label')).toBe('Open chat'))
    // The answer came (nobody online) and was read.
    await vi.waitFor(() => expect(mock.launcherAnswers()).toBe(asked + 1), { timeout: 5_000 })
    await new Promise((done) => setTimeout(done))
    expect($('button.launcher')?.getAttribute('aria-label')).toBe('Open chat')
    expect($('button.launcher')?.hasAttribute('data-away')).toBe(false)
    open()
    await vi.waitFor(() => expect($('.header .presence')?.textContent).toBe("We'll reply as soon as we can"))
  })
})

// Last in the file: the shopper it leaves behind has a before card waiting.
describe('a second chat in the same page view', () => {
  beforeEach(() => localStorage.clear()) // a first-time shopper, not the one the tests above made

  it('asks its before card: after a resolve, the next open of the panel shows it', async () => {
    boot({ siteKey: 'demo', server, locale: 'en' })
    open()
    const beforeCard = () => $('.checkin .ci-legend')?.textContent
    await vi.waitFor(() => expect(beforeCard()).toBe('How are you feeling right now?'))
    const textarea = $<HTMLTextAreaElement>('textarea')!
    textarea.value = 'Do you gift-wrap?'
    textarea.dispatchEvent(new Event('input', { bubbles: true }))
    await vi.waitFor(() => expect(textarea.value).toBe('Do you gift-wrap?'))
    textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    await vi.waitFor(() => expect($('.message.mine .delivery')?.textContent).toBe('Sent'))
    expect(beforeCard()).toBeUndefined()
    mock.resolve()
    await vi.waitFor(() => expect(root()?.textContent).toContain('This conversation was marked as resolved.'))
    close()
    open()
    await vi.waitFor(() => expect(beforeCard()).toBe('How are you feeling right now?'))
    // The first chat stays on screen above it.
    expect($('.message.mine .bubble')?.textContent).toBe('Do you gift-wrap?')
  })
})
