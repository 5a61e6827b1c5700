import preact from '@preact/preset-vite'
import { minify } from 'terser'
import { defineConfig, type Plugin } from 'vite'

/**
 * Terser's compressor, three passes, on each chunk before oxc minifies it, as the widget does
 * (docs/decisions/010): together they find what either alone leaves, −0.39 KB gzip on the first
 * screen every agent loads at the start of a shift. In renderChunk, so the hashes are of the final
 * bytes.
 */
function terserPasses(): Plugin {
  return {
    name: 'attune:terser-passes',
    apply: 'build',
    async renderChunk(code) {
      const result = await minify(code, { module: true, ecma: 2020, compress: { passes: 3 }, mangle: true, format: { comments: 'some' } })
      return { code: result.code ?? code, map: null }
    },
  }
}

// The server serves the built app at /inbox; workspace packages resolve to their TypeScript
// sources through the `@attune/source` export condition, so the inbox builds without theirs.
export default defineConfig({
  base: '/inbox/',
  plugins: [preact(), terserPasses()],
  resolve: { conditions: ['@attune/source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // No polyfill for <link rel="modulepreload">: every browser the ES2022 target runs in but
    // Safari 16 and Firefox 114 and older preloads natively, and there a chunk is fetched when it is
    // imported instead of ahead; the polyfill cost every agent ~0.2 KB gzip on the first screen.
    modulePreload: { polyfill: false },
  },
})
