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
