import { defineConfig } from 'vite'

// `@attune/source` makes @attune/core resolve to its TypeScript sources inside the workspace, so
// the example builds without building core first. A store's own app would use the npm package.
// `base: './'` keeps the build relocatable: any static server, any path.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@attune/source', 'module', 'browser', 'development|production'] },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
})
