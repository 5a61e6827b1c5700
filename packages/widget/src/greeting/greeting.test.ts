// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GreetingOffer } from '@attune/core'
import { type Controller, createController } from '../controller.ts'
import { createTranslator } from '../i18n/t.ts'
import { en as words } from '../i18n/launcher/en.ts'
import type { Catalog } from '../i18n/en.ts'
import { buildLauncher } from '../launcher/dom.ts'
import type { PanelModule } from '../launcher/panel-chunk.ts'
import { css, greet, typingIn } from './greeting.ts'

// The bubble on a real (happy-dom) page: a shadow root with the launcher in it, the controller
// with no panel and no client (a first-time visitor), and the page's own storage and events.
const offers: GreetingOffer[] = [
  { id: 'g1', condition: { kind: 'time_on_page', seconds: 5 }, language: 'en', texts: { en: 'Need a hand with sizes?', th: 'ให้เราช่วยเรื่องไซซ์ไหมคะ' } },
]

function setUp(locale = 'en', beforeGreeting: (chat: Controller) => void = () => {}) {
  const element = document.createElement('div')
  document.body.append(element)
  const shadow = element.attachShadow({ mode: 'open' })
  const root = document.createElement('div')
  shadow.append(root)
  const loadPanel = vi.fn(() => new Promise<PanelModule>(() => {}))
  const never = () => new Promise<never>(() => {})
  const chat = createController({
    returning: false,
    idle: () => {},
    loadPanel,
    makeClient: () => ({}) as never,
    languages: () => [],
    loadWords: never,
    loadCatalog: never,
    loadAway: never,
    greet: never,
    announce: () => {},
    hidden: () => false,
    warn: () => {},
  })
  element.setAttribute('site-key', 'shop')
  beforeGreeting(chat)
  const stop = greet(element, chat, offers)
  // As the element does when the launcher's words arrive: build it, then set the texts.
  buildLauncher(root, chat)
  chat.$locale.set({ t: createTranslator(words as unknown as Catalog, { locale, dir: 'ltr' }), locale, dir: 'ltr' })
  return {
    chat,
    stop,
    loadPanel,
    bubble: () => shadow.querySelector<HTMLElement>('.greeting-bubble'),
    button: (name: string) => [...shadow.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name),
    status: () => shadow.querySelector('[role="status"]')!.textContent,
    shadow,
  }
}

beforeEach(() => {
  vi.useFakeTimers()
  sessionStorage.clear()
  localStorage.clear()
  document.body.replaceChildren()
})
afterEach(() => vi.useRealTimers())

describe('the greeting bubble', () => {
  it('shows beside the launcher as a labelled message, announced politely, without taking the focus', () => {
    const { bubble, button, status } = setUp()
    expect(bubble()).toBeNull()
    vi.advanceTimersByTime(5_000)
    expect(bubble()?.getAttribute('aria-label')).toBe('Message from the store')
    expect(bubble()?.nextElementSibling?.className).toContain('launcher')
    expect(button('Need a hand with sizes?')).toBeDefined()
    expect(button('Close message')).toBeDefined()
    expect(status()).toBe('Message from the store: Need a hand with sizes?')
    expect(document.activeElement).toBe(document.body)
  })

  it("speaks the shopper's language when the store wrote it", () => {
    const { button } = setUp('th')
    vi.advanceTimersByTime(5_000)
    expect(button('ให้เราช่วยเรื่องไซซ์ไหมคะ')).toBeDefined()
    expect(button('ปิดข้อความ')).toBeDefined()
  })

  it('never opens the chat, nor fetches the panel, on its own; a click on it opens the chat', () => {
    const { chat, bubble, button, loadPanel } = setUp()
    vi.advanceTimersByTime(60_000)
    expect(chat.$open.get()).toBe(false)
    expect(loadPanel).not.toHaveBeenCalled()
    button('Need a hand with sizes?')!.click()
    expect(chat.$open.get()).toBe(true)
    expect(chat.focusPanel).toBe(true)
    expect(bubble()).toBeNull()
  })

  it('closes with its close button, the focus going to the launcher', () => {
    const { bubble, button, shadow } = setUp()
    vi.advanceTimersByTime(5_000)
    const close = button('Close message')!
    close.focus()
    close.click()
    expect(bubble()).toBeNull()
    expect(shadow.activeElement?.className).toContain('launcher')
  })

  it('closes with Escape, and leaves the focus where the shopper had it', () => {
    const { bubble } = setUp()
    vi.advanceTimersByTime(5_000)
    const field = document.createElement('button')
    document.body.append(field)
    field.focus()
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect(bubble()).toBeNull()
    expect(document.activeElement).toBe(field)
  })

  it('goes when the chat opens another way', () => {
    const { chat, bubble } = setUp()
    vi.advanceTimersByTime(5_000)
    chat.setOpen(true)
    expect(bubble()).toBeNull()
  })

  it('is an invitation: once the shopper has opened the chat, none shows in this page view, even after closing it', () => {
    const { chat, bubble } = setUp()
    vi.advanceTimersByTime(2_000)
    chat.setOpen(true)
    chat.setOpen(false)
    vi.advanceTimersByTime(60_000)
    expect(bubble()).toBeNull()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('shows none when the shopper opened and closed the chat before the greeting chunk came', () => {
    const { bubble } = setUp('en', (chat) => (chat.setOpen(true), chat.setOpen(false)))
    vi.advanceTimersByTime(60_000)
    expect(bubble()).toBeNull()
  })

  it('shows at most once per visit: not again after a reload', () => {
    const first = setUp()
    vi.advanceTimersByTime(5_000)
    expect(first.bubble()).not.toBeNull()
    first.stop()
    expect(first.bubble()).toBeNull()
    document.body.replaceChildren()
    const reloaded = setUp()
    vi.advanceTimersByTime(60_000)
    expect(reloaded.bubble()).toBeNull()
  })

  it("styles only its own elements, none of the panel's, whose rules join it in the widget's one stylesheet", () => {
    const ui = `${import.meta.dirname}/../ui`
    const panelCss = readdirSync(ui)
      .filter((file) => file.endsWith('.css'))
      .map((file) => readFileSync(`${ui}/${file}`, 'utf8'))
      .join('')
    expect(panelCss).toContain('.panel {')
    // The root's own classes (its theme's side) are the ones the bubble may share.
    const classes = new Set(
      [...css.matchAll(/\.([a-z][\w-]*)/g)].map(([, name]) => name).filter((name) => !['root', 'left', 'right'].includes(name!)),
    )
    expect(classes.size).toBeGreaterThan(0)
    for (const name of classes) expect(panelCss).not.toMatch(new RegExp(`\\.${name}(?![\\w-])`))
  })

  it('waits while the shopper types in the page, then shows once they leave the field', () => {
    const field = document.createElement('textarea')
    document.body.append(field)
    const { bubble } = setUp()
    field.focus()
    vi.advanceTimersByTime(10_000)
    expect(bubble()).toBeNull()
    field.blur()
    vi.advanceTimersByTime(1)
    expect(bubble()).not.toBeNull()
  })
})

describe('typing in the page', () => {
  it('is a focused input, textarea or contenteditable, also inside a shadow root', () => {
    const input = document.createElement('input')
    const editable = document.createElement('div')
    editable.contentEditable = 'true'
    const host = document.createElement('div')
    const inner = document.createElement('textarea')
    host.attachShadow({ mode: 'open' }).append(inner)
    const link = document.createElement('a')
    link.href = '#'
    document.body.append(input, editable, host, link)
    for (const field of [input, editable, inner]) {
      field.focus()
      expect(typingIn(document)).toBe(true)
    }
    link.focus()
    expect(typingIn(document)).toBe(false)
  })
})
