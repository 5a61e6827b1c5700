import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'

// The server serves the built app at /inbox; workspace packages resolve to their TypeScript
// sources through the `@attune/source` export condition, so the inbox builds without theirs.
export default defineConfig({
  base: '/inbox/',
  plugins: [preact()],
  resolve: { conditions: ['@attune/source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
})
