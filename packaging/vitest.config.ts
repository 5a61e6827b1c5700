import { defineConfig } from 'vitest/config'

// The pack-and-install test: run by `pnpm test:packages` after `pnpm build`, not with the unit
// tests (it needs the built packages and the npm registry, and takes minutes).
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['*.test.ts'],
    testTimeout: 10 * 60_000,
    hookTimeout: 10 * 60_000,
  },
})
