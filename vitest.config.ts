import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Workspace packages resolve to their TypeScript sources (the `@attune/source` condition), so
// tests never need a build first.
const conditions = ['@attune/source', 'module', 'browser', 'development|production']

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions: ['@attune/source', 'module', 'node', 'development|production'] } },
  test: {
    // Vitest's default leaves one core free, which on a 2-core machine is one file at a time; most
    // of a server test's time is spent waiting on sockets, databases and child processes, so two
    // there take two thirds of the time (8.4 → 5.6 min), and the tests meet the busy machine they
    // must pass on anyway. With more cores, the default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.{ts,tsx}'],
    setupFiles: ['./vitest.setup.ts'],
    // Some tests start a server of their own (a restart, a second configuration): that is setup
    // too, and under a loaded 2-core CI machine it has taken more than 20 s.
    testTimeout: 60_000,
    // Setup opens real databases (PGlite's WASM, a PostgreSQL cluster): on a busy 2-core machine
    // that has taken longer than vitest's 10 s default. A slow setup is not a failure; speed is
    // measured in bench/.
    hookTimeout: 120_000,
    // One Preact instance for the inbox: left external, @nanostores/preact and preact/test-utils would load
    // preact through Node's `import` condition while our sources get the `browser` build, and
    // hooks would fail with "reading '__H'".
    server: { deps: { inline: ['preact', '@nanostores/preact'] } },
  },
})
