import { afterAll, vi } from 'vitest'

// A test can start an import() it does not wait for: a mounted inbox asks for its chunks at once
// (lazyPage), and so does the widget's element. On a busy machine such an import was still
// running when Vitest tore the file's environment down, and the run failed with "Cannot load …
// after the environment was torn down" although every test had passed. Each file waits for the
// imports it started before it ends.
afterAll(() => vi.dynamicImportSettled())

// vi.waitFor gives up after 1 s unless told otherwise, and a wait is not a timing assertion: on a
// busy 2-core machine a mounted inbox's first chunk import alone took longer (notes.test.tsx, in a
// full run beside other work), and a test failed that passes on its own. A wait that names its
// own timeout keeps it; every other one waits up to WAIT_FOR_MS. A condition that never comes
// still fails the test, only later.
const WAIT_FOR_MS = 20_000
const waitFor = vi.waitFor.bind(vi)
vi.waitFor = ((callback, options) =>
  waitFor(callback, { timeout: WAIT_FOR_MS, ...(typeof options === 'number' ? { timeout: options } : options) })) as typeof vi.waitFor

// A DOM test's page lives at happy-dom's address (http://localhost:3000), so a fetch of a relative
// URL that a test gave no stand-in would dial that port of the machine, where a developer's own
// server may be listening, and print ECONNREFUSED into the run where nothing does. It fails at
// once instead, as an unreachable server does (what such a test already met), and says what it
// asked for. A test's own stand-in (vi.stubGlobal, msw) still answers first.
if (typeof window !== 'undefined' && 'happyDOM' in window) {
  const dial = globalThis.fetch
  globalThis.fetch = ((input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href)
    if (url.origin !== location.origin) return dial(input, init)
    return Promise.reject(new TypeError(`Nothing answers ${init?.method ?? 'GET'} ${url.pathname} in a DOM test: give it a stand-in`))
  }) as typeof fetch
}
