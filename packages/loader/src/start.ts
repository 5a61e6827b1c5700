// The loader's whole job, as a function of its environment so it can be tested without a page.
// Imports nothing: this file and loader.ts are the entire script a store includes.

/** The stub's shape: a function that queues each call's `arguments` on `q`. */
export interface AttuneStub {
  (...args: unknown[]): void
  q?: ArrayLike<unknown>[]
}

export interface LoaderWindow {
  Attune?: AttuneStub
  document: Document
  addEventListener(type: 'load', listener: () => void, options?: { once?: boolean }): void
  requestIdleCallback?: (callback: () => void, options?: { timeout?: number }) => unknown
  setTimeout(callback: () => void, ms?: number): unknown
}

/** Longest wait for an idle moment after `load`, ms: a busy page still gets its chat. */
const IDLE_TIMEOUT_MS = 3000

/**
 * Keeps (or creates) the `Attune` command queue, then after the page's `load` event and an idle
 * moment adds `<script type="module" src="{origin}/widget/{entry}">` to `<head>`.
 */
export function start(win: LoaderWindow, scriptSrc: string | undefined, entry: string): void {
  const doc = win.document
  // Stores that forgot the stub still get a working queue.
  const stub: AttuneStub =
    win.Attune ||
    function () {
      // biome-ignore lint/complexity/noArguments: the queued item is the arguments object, like the snippet's stub.
      ;(stub.q = stub.q || []).push(arguments)
    }
  win.Attune = stub
  const origin = new URL(scriptSrc || doc.baseURI).origin
  const inject = () => {
    const script = doc.createElement('script')
    script.type = 'module'
    script.src = `${origin}/widget/${entry}`
    doc.head.appendChild(script)
  }
  const whenIdle = () => {
    if (win.requestIdleCallback) win.requestIdleCallback(inject, { timeout: IDLE_TIMEOUT_MS })
    else win.setTimeout(inject, 1)
  }
  if (doc.readyState === 'complete') whenIdle()
  else win.addEventListener('load', whenIdle, { once: true })
}
