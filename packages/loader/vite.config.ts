/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig, type Plugin } from 'vite'

// The widget's entry file name changes with every build (content hash); the loader has a stable
// name and is served with no-cache, so it carries the current entry name. Build the widget first.
function widgetEntry(): string {
  const path = fileURLToPath(new URL('../widget/dist/.vite/manifest.json', import.meta.url))
  let manifest: Record<string, { file: string; isEntry?: boolean }>
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    throw new Error(`[Attune] ${path} is missing: run "pnpm --filter @attune/widget build" first.`)
  }
  const entry = manifest['src/script-tag.ts']
  if (!entry?.isEntry) throw new Error('[Attune] The widget manifest has no entry for src/script-tag.ts.')
  return entry.file
}

// Read the manifest when Vite builds, not when this file is imported: tools that only read the
// config (knip, editors) run on a clean checkout, before the widget has been built.
const widgetEntryName: Plugin = {
  name: 'attune-widget-entry',
  config: () => ({ define: { __ATTUNE_WIDGET_ENTRY__: JSON.stringify(widgetEntry()) } }),
}

export default defineConfig({
  plugins: [widgetEntryName],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2017',
    minify: true,
    lib: { entry: 'src/loader.ts', formats: ['iife'], name: 'AttuneLoader', fileName: () => 'loader.js' },
  },
})
