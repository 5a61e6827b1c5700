import { defaultClientConditions, defineConfig } from 'vite'

// Builds the script-tag entry. The loader reads dist/.vite/manifest.json to learn its hashed name;
// the server serves dist/ at /widget/*.
export default defineConfig({
  // Relative base: chunks resolve from the script's own URL, which is the Attune server, not the store.
  base: './',
  // Preact's automatic JSX runtime, without the preset's Babel pass (no HMR is needed for a library).
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { conditions: ['@attune/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    // Locale chunks have no dependencies to preload, and the host page's <head> is not ours to touch.
    modulePreload: false,
    rollupOptions: {
      input: { widget: 'src/script-tag.ts' },
      output: {
        entryFileNames: 'assets/[name]-[hash].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
})
