import { afterAll, vi } from 'vitest'

// A test can start an import() it does not wait for: a mounted inbox asks for its chunks at once
// (lazyPage), and so does the widget's element. On a busy machine such an import was still
// running when Vitest tore the file's environment down, and the run failed with "Cannot load …
// after the environment was torn down" although every test had passed. Each file waits for the
// imports it started before it ends.
afterAll(() => vi.dynamicImportSettled())
