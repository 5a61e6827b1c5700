import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'

// The server serves the built app at /inbox; workspace packages resolve to their TypeScript
// sources through the `@attune/source` export condition, so the inbox builds without theirs.
export default defineConfig({
  base: '/inbox/',
  plugins: [preact()],
  resolve: { conditions: ['@attune/source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No polyfill for <link rel="modulepreload">: every browser the ES2022 target runs in but
    // Safari 16 and Firefox 114 and older preloads natively, and there a chunk is fetched when it is
    // imported instead of ahead; the polyfill cost every agent ~0.3 KB gzip on the first screen.
    modulePreload: { polyfill: false },
  },
})
