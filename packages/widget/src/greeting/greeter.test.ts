import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { GreetingOffer } from '@attune/core'
import { type GreeterSeams, greetingText, startGreeter } from './greeter.ts'

const offer = (id: string, condition: GreetingOffer['condition'], texts: GreetingOffer['texts'] = { en: `Hello from ${id}` }): GreetingOffer => ({
  id,
  condition,
  language: 'en',
  texts,
})

// The greeter over fake seams: a visit record, a focus the test moves, a chat it opens.
function setUp(given: { greeted?: boolean; path?: string } = {}) {
  let greeted = given.greeted ?? false
  let path = given.path ?? '/'
  const pathListeners = new Set<() => void>()
  let typing = false
  let opened = false
  const focusOut = new Set<() => void>()
  const shown: string[] = []
  const seams: GreeterSeams = {
    sinceLoad: () => 0,
    path: () => path,
    onPathChange: (listener) => (pathListeners.add(listener), () => pathListeners.delete(listener)),
    onFacts: () => () => {},
    visit: () => 1,
    hovers: () => true,
    onLeaveTop: () => () => {},
    greeted: () => greeted,
    markGreeted: () => void (greeted = true),
    typing: () => typing,
    onFocusOut: (listener) => (focusOut.add(listener), () => focusOut.delete(listener)),
    chatOpened: () => opened,
  }
  return {
    shown,
    start: (offers: GreetingOffer[], language = 'en') => startGreeter(offers, language, seams, (text) => shown.push(text)),
    type: () => void (typing = true),
    leaveField: () => {
      typing = false
      for (const listener of [...focusOut]) listener()
    },
    openChat: () => void (opened = true),
    /** A single-page app's route change. */
    navigate(to: string) {
      path = to
      for (const listener of [...pathListeners]) listener()
    },
    greeted: () => greeted,
  }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('a store greeting', () => {
  it('shows once, for the first trigger that fires, and marks the visit greeted', () => {
    const { shown, start, greeted } = setUp()
    start([offer('soon', { kind: 'time_on_page', seconds: 10 }), offer('later', { kind: 'time_on_page', seconds: 20 })])
    vi.advanceTimersByTime(60_000)
    expect(shown).toEqual(['Hello from soon'])
    expect(greeted()).toBe(true)
  })

  it('shows nothing in a visit that was greeted already (a reload, another page of the visit)', () => {
    const { shown, start } = setUp({ greeted: true, path: '/checkout' })
    start([offer('checkout', { kind: 'url_pattern', pattern: '/checkout*' })])
    vi.advanceTimersByTime(60_000)
    expect(shown).toEqual([])
  })

  it('waits while the shopper is typing in the page, and shows when they leave the field', () => {
    const { shown, start, type, leaveField } = setUp()
    type()
    start([offer('soon', { kind: 'time_on_page', seconds: 5 })])
    vi.advanceTimersByTime(10_000)
    expect(shown).toEqual([])
    leaveField()
    expect(shown).toEqual(['Hello from soon'])
  })

  it('starts nothing once the chat was opened in this page view', () => {
    const { shown, start, openChat } = setUp({ path: '/checkout' })
    openChat()
    start([offer('soon', { kind: 'time_on_page', seconds: 5 }), offer('checkout', { kind: 'url_pattern', pattern: '/checkout*' })])
    vi.advanceTimersByTime(10_000)
    expect(shown).toEqual([])
  })

  it('a page’s greeting that fired while the shopper typed is not shown on a page a single-page app moved to', () => {
    const { shown, start, type, leaveField, navigate } = setUp({ path: '/checkout' })
    type()
    start([offer('checkout', { kind: 'url_pattern', pattern: '/checkout*' })])
    navigate('/shoes')
    leaveField()
    expect(shown).toEqual([])
    navigate('/checkout/pay')
    expect(shown).toEqual(['Hello from checkout'])
  })

  it('while the shopper types, the first greeting that still holds when they leave the field shows', () => {
    const { shown, start, type, leaveField, navigate } = setUp({ path: '/checkout' })
    type()
    start([offer('checkout', { kind: 'url_pattern', pattern: '/checkout*' }), offer('cart', { kind: 'url_pattern', pattern: '/cart' })])
    navigate('/cart')
    leaveField()
    expect(shown).toEqual(['Hello from cart'])
  })

  it('stops watching when stopped', () => {
    const { shown, start } = setUp()
    const stop = start([offer('soon', { kind: 'time_on_page', seconds: 5 })])
    stop()
    vi.advanceTimersByTime(10_000)
    expect(shown).toEqual([])
  })

  it("speaks the shopper's language when the store wrote it, else the greeting's own", () => {
    const both = offer('x', { kind: 'second_visit' }, { en: 'Welcome back!', th: 'ยินดีต้อนรับกลับมาค่ะ' })
    expect(greetingText(both, 'th')).toBe('ยินดีต้อนรับกลับมาค่ะ')
    expect(greetingText(both, 'lo')).toBe('Welcome back!')
  })
})
