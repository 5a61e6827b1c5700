import { defineConfig } from 'vite'

// Inside this workspace `@attune/source` resolves @attune/widget (and core) to their TypeScript
// sources, so the example builds without building them first; the widget's .tsx then needs
// Preact's JSX runtime. A store's own app uses the published package and needs neither line.
// `base: './'` keeps the build relocatable: any static server, any path.
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { conditions: ['@attune/source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
})
