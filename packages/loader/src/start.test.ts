// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"handleDisabledFileLoadingAsSuccess":true}}
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { type AttuneStub, type LoaderWindow, start } from './start.ts'
import { snippet, STUB } from './snippet.ts'

const ENTRY = 'assets/widget-abc123.js'

function fakeWindow(readyState: DocumentReadyState) {
  const listeners: (() => void)[] = []
  const idle: (() => void)[] = []
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => readyState })
  const win: LoaderWindow = {
    document,
    addEventListener: (_type, listener) => void listeners.push(listener),
    requestIdleCallback: (callback) => idle.push(callback),
    setTimeout: (callback) => idle.push(callback),
  }
  return { win, fireLoad: () => listeners.forEach((l) => l()), runIdle: () => idle.splice(0).forEach((c) => c()) }
}

const injected = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')]

beforeEach(() => {
  document.head.innerHTML = ''
})

describe('loader', () => {
  it("injects the widget only after load and an idle moment, from the loader's own origin", () => {
    const { win, fireLoad, runIdle } = fakeWindow('loading')
    start(win, 'https://chat.example.com/widget/loader.js', ENTRY)
    expect(injected()).toHaveLength(0)
    fireLoad()
    expect(injected()).toHaveLength(0)
    runIdle()
    expect(injected().map((s) => s.src)).toEqual(['https://chat.example.com/widget/assets/widget-abc123.js'])
  })

  it('does not wait for a load event that already happened', () => {
    const { win, runIdle } = fakeWindow('complete')
    start(win, 'https://chat.example.com/widget/loader.js', ENTRY)
    runIdle()
    expect(injected()).toHaveLength(1)
  })

  it('falls back to setTimeout without requestIdleCallback', () => {
    const { win, runIdle } = fakeWindow('complete')
    const setTimeout = vi.fn(win.setTimeout)
    win.requestIdleCallback = undefined
    win.setTimeout = setTimeout
    start(win, 'https://chat.example.com/widget/loader.js', ENTRY)
    expect(setTimeout).toHaveBeenCalled()
    runIdle()
    expect(injected()).toHaveLength(1)
  })

  it('keeps the calls the stub queued, and queues later ones', () => {
    const { win } = fakeWindow('loading')
    // What the pasted snippet does, in this window.
    new Function('window', `var Attune; ${STUB.replaceAll('Attune.q', 'window.Attune.q')} window.Attune('boot', {siteKey:'demo'})`)(win)
    const stub = win.Attune as AttuneStub
    start(win, 'https://chat.example.com/widget/loader.js', ENTRY)
    expect(win.Attune).toBe(stub)
    win.Attune?.('open')
    expect(stub.q?.map((args) => Array.from(args))).toEqual([['boot', { siteKey: 'demo' }], ['open']])
  })

  it('creates the queue when the store forgot the stub', () => {
    const { win } = fakeWindow('loading')
    start(win, 'https://chat.example.com/widget/loader.js', ENTRY)
    win.Attune?.('boot', { siteKey: 'demo' })
    expect(win.Attune?.q?.map((args) => Array.from(args))).toEqual([['boot', { siteKey: 'demo' }]])
  })
})

describe('snippet', () => {
  it('is the stub, a boot call and the async loader tag', () => {
    expect(snippet({ server: 'https://chat.example.com/', siteKey: 'demo' })).toBe(
      `<script>${STUB}Attune('boot',{"siteKey":"demo"})</script>\n` + '<script async src="https://chat.example.com/widget/loader.js"></script>',
    )
  })
})
