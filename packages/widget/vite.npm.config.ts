import { defaultClientConditions, defineConfig } from 'vite'
import pkg from './package.json' with { type: 'json' }

// The npm build (`import { boot } from '@attune/widget'`): ES modules for the store's own bundler,
// not minified, with the same on-demand chunks as the script tag (panel, languages, rich content,
// uploads, sound). What the package depends on (core, nanostores, Preact) stays an import, so the
// store's app holds one copy of each (docs/decisions/009, 010). Runs after vite.config.ts, whose build empties dist/.
const external = Object.keys(pkg.dependencies)

export default defineConfig({
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  resolve: { conditions: ['@attune/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist/npm',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: 'src/index.ts', formats: ['es'], fileName: 'index' },
    rollupOptions: {
      external: (id) => external.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
})
