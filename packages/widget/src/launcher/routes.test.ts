import { describe, expect, it, vi } from 'vitest'
import { createPageReporter, onRouteChange, pageUrl, type RouteWindow } from './routes.ts'

function historyWindow() {
  const popstate: (() => void)[] = []
  const calls: string[] = []
  const history = {
    pushState: (_state: unknown, _title: string, url?: string | URL | null) => void calls.push(`push ${url}`),
    replaceState: (_state: unknown, _title: string, url?: string | URL | null) => void calls.push(`replace ${url}`),
  }
  const win: RouteWindow = { addEventListener: (_type, listener) => void popstate.push(listener), history }
  return { win, calls, back: () => popstate.forEach((l) => l()) }
}

describe('route-change observer', () => {
  it('hears pushState, replaceState and back/forward, and still performs the navigation', () => {
    const { win, calls, back } = historyWindow()
    const heard = vi.fn()
    onRouteChange(win, heard)
    win.history.pushState({}, '', '/shoes')
    win.history.replaceState({}, '', '/shoes?size=42')
    back()
    expect(calls).toEqual(['push /shoes', 'replace /shoes?size=42'])
    expect(heard).toHaveBeenCalledTimes(3)
  })

  it('wraps history once however many widgets listen, and stops calling a listener that left', () => {
    const { win } = historyWindow()
    const a = vi.fn()
    const b = vi.fn()
    const stopA = onRouteChange(win, a)
    const wrapped = win.history.pushState
    onRouteChange(win, b)
    expect(win.history.pushState).toBe(wrapped)
    stopA()
    win.history.pushState({}, '', '/x')
    expect(a).not.toHaveBeenCalled()
    expect(b).toHaveBeenCalledTimes(1)
  })

  it('uses the Navigation API where there is one, patching nothing', () => {
    const { win } = historyWindow()
    const listeners: (() => void)[] = []
    const original = win.history.pushState
    win.navigation = { addEventListener: (_type, listener) => void listeners.push(listener) }
    const heard = vi.fn()
    onRouteChange(win, heard)
    expect(win.history.pushState).toBe(original)
    listeners.forEach((l) => l())
    expect(heard).toHaveBeenCalledTimes(1)
  })
})

describe('page reporter', () => {
  it('reports origin + path with the title set after the URL, once per page, never the query or hash', () => {
    let page = { href: 'https://shop.example/', title: 'Home' }
    const reported: unknown[] = []
    const later: (() => void)[] = []
    const report = createPageReporter({
      read: () => ({ url: pageUrl(page.href), title: page.title }),
      report: (p) => reported.push(p),
      defer: (cb) => later.push(cb),
    })

    page = { href: 'https://shop.example/cart?coupon=SECRET&email=a@b.c#top', title: 'Home' }
    report()
    report() // a burst of route events makes one report
    page.title = 'Your cart'
    later.splice(0).forEach((cb) => cb())
    expect(reported).toEqual([{ url: 'https://shop.example/cart', title: 'Your cart' }])

    page = { href: 'https://shop.example/cart?coupon=OTHER', title: 'Your cart' }
    report()
    later.splice(0).forEach((cb) => cb())
    expect(reported).toHaveLength(1)
  })

  it('strips query and hash', () => {
    expect(pageUrl('https://shop.example/a/b?q=1#h')).toBe('https://shop.example/a/b')
    expect(pageUrl('not a url')).toBe('')
  })
})
