import { readdirSync, readFileSync } from 'node:fs'
import { minify } from 'terser'
import { defaultClientConditions, defineConfig, type Plugin } from 'vite'
import { familyRenames, launcherFamily, withRenames } from './build/shared-hash.ts'
import { catalogLists } from './build/catalog-lists.ts'
import { looseKeyHeads, renameKeys, shortKeyIds } from './build/short-keys.ts'
import { en as catalog } from './src/i18n/en.ts'
import { en as laterWords } from './src/i18n/later/en.ts'

// Builds the script-tag chunks. The loader reads dist/.vite/manifest.json to learn the launcher's
// hashed name; the server serves dist/ at /widget/*. Chunk names are stable so the size budgets in
// the root .size-limit.cjs can find them: launcher-*.js (entry), words-<code>-*.js (the launcher's
// texts), panel-*.js, locale-<code>-*.js;
// on demand: later-<code>-*.js (the words a chat reaches later: the during and after check-ins,
// attaching a file), rich-*.js (Markdown, files, quick replies in messages), uploads-*.js (the attachment
// UI) with core-upload-*.js (core's upload call), files-*.js (file helpers both share),
// title-flash-*.js (an agent wrote while the tab is hidden), beep-*.js (the optional sound),
// told-us-*.js ("You told us …", issue 16, with its words), away-*.js ("We're away — back
// tomorrow at 9:00", issue 15, with its words) and greeting-*.js (a store's greeting bubble,
// issue 15, only where the store has one on).
/** Stable names for the on-demand chunks; the rest keep their module's name (panel, beep, files, title-flash). */
function chunkName(facade: string | null): string {
  if (facade?.includes('/src/i18n/launcher/')) return 'words-[name]'
  if (facade?.includes('/src/i18n/later/')) return 'later-[name]'
  if (facade?.includes('/src/i18n/')) return 'locale-[name]'
  if (facade?.includes('/core/src/')) return 'core-[name]'
  if (facade?.endsWith('/ui/Uploads.tsx')) return 'uploads'
  if (facade?.endsWith('/ui/rich.tsx')) return 'rich'
  if (facade?.endsWith('/ui/told-us.ts')) return 'told-us'
  return '[name]'
}

/**
 * Preact's internal properties (`__k`, `__e`, `__H`… and the parent, `__`: Preact's own build
 * shortens them only this far, for its devtools) as one letter each, in the panel chunk where
 * Preact and its hooks live: −0.05 KB gzip for a chat (issue 13). Terser keeps a mangled name
 * off every property the chunk names otherwise, but names agree only within one chunk, so the
 * build stops if another chunk reaches into Preact's internals. `__html` is a prop: it stays.
 */
const PREACT_INTERNALS = /^__[a-zA-Z]?$/
const REACHES_INTERNALS = /\.__[a-zA-Z]?(?![\w$])/

/**
 * Terser's compressor, three passes, on each chunk before oxc minifies it: together they find
 * ~1.5% that either alone leaves (−0.28 KB gzip for a shopper, on every store page view). In
 * renderChunk, so the file names' hashes are of the final bytes.
 */
function terserPasses(): Plugin {
  return {
    name: 'attune:terser-passes',
    apply: 'build',
    async renderChunk(code, chunk) {
      const panel = chunk.name === 'panel'
      if (!panel && REACHES_INTERNALS.test(code)) this.error(`${chunk.fileName} reaches into Preact's internals, which only the panel's own names`)
      // Variables are named once, by oxc after this (output.minify): renamed twice, the launcher is
      // 10 B gzip larger. Preact's properties need Terser's mangler, which names the panel's too.
      const mangle = panel ? { properties: { regex: PREACT_INTERNALS } } : false
      // Statements are joined into comma sequences once, by oxc: joined by Terser first, the result
      // compresses worse (+7 B gzip in the launcher, +6 in the panel).
      // Anonymous functions written `function () {}` become arrows, and in the panel object
      // methods shorthand ones, when they never read `this` or `arguments` (−0.05 KB gzip for a
      // chat, issue 13). Terser calls this unsafe because neither can then be called with `new`:
      // these chunks construct only classes and the platform's constructors, and Preact tells a
      // class component from a function one by `prototype.render`, which a function component
      // lacks either way. Not in the launcher: there it also turns maps of arrows
      // (`en: () => import(…)`) into longer methods (`en(){return import(…)}`), +0.03 KB.
      const compress = { passes: 3, sequences: false, unsafe_arrows: true, unsafe_methods: panel }
      const result = await minify(code, { module: true, ecma: 2020, compress, mangle, format: { comments: 'some' } })
      return { code: result.code ?? code, map: null }
    },
  }
}

/**
 * The catalogs' keys as numbers in every chunk, and each catalog as a list of its texts
 * (build/short-keys.ts, build/catalog-lists.ts): −0.2 to −0.3 KB gzip for a chat when the keys
 * became letters, −0.08 (English) to −0.13 (Arabic) more as lists (issue 13). A key the sources put
 * together at run time (`` `mood.${mood}` ``) is looked up with its template (its place in the
 * family's list, or a prefix); the build stops if a chunk still starts a string with such a
 * template's head some other way. The sources it reads are the code that asks for texts: a
 * catalog writes every key whole, which would make each family one also written whole.
 */
/** A language's catalog, launcher words or later words (`i18n/th.ts`, `i18n/later/th.ts`): the modules written as lists. */
const CATALOG = /(?:^|\/)i18n\/(?:launcher\/|later\/)?[a-z]{2,3}\.ts$/

function shortCatalogKeys(): Plugin {
  const src = new URL('src/', import.meta.url)
  const sources = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !CATALOG.test(file))
    .map((file) => readFileSync(new URL(file, src), 'utf8'))
  const keys = shortKeyIds([...Object.keys(catalog), ...Object.keys(laterWords)], sources)
  return {
    name: 'attune:short-catalog-keys',
    apply: 'build',
    renderChunk(code, chunk) {
      const renamed = renameKeys(code, keys)
      const loose = looseKeyHeads(renamed, keys)
      if (loose.length > 0) this.error(`${chunk.fileName} puts catalog keys together without their template: ${loose.join(', ')}`)
      return { code: CATALOG.test(chunk.facadeModuleId ?? '') ? catalogLists(renamed) : renamed, map: null }
    },
  }
}

/**
 * Two families of chunks each under one hash (build/shared-hash.ts): the launcher's words, and the
 * launcher with every chunk that imports it or the panel. After Vite's own hooks, so its manifest,
 * which the loader's build reads for the launcher's name, is there to be told the new names.
 */
function sharedHashes(): Plugin {
  return {
    name: 'attune:shared-hashes',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk')
        const renames = new Map([
          ...familyRenames(chunks, /^assets\/words-[a-z]+-([0-9a-z]{6})\.js$/),
          ...familyRenames(chunks, launcherFamily(chunks)),
        ])
        for (const chunk of chunks) chunk.code = withRenames(chunk.code, renames)
        // Rolldown writes no chunk added to the bundle this late: each goes out as a file of its own.
        for (const [from, to] of renames) {
          const chunk = bundle[from]
          delete bundle[from]
          if (chunk?.type === 'chunk') this.emitFile({ type: 'asset', fileName: to, source: chunk.code })
        }
        const manifest = bundle['.vite/manifest.json']
        if (manifest?.type === 'asset') manifest.source = withRenames(String(manifest.source), renames)
      },
    },
  }
}

export default defineConfig({
  // In this order: Terser sees the short keys (an id that is a name loses its quotes).
  plugins: [shortCatalogKeys(), terserPasses(), sharedHashes()],
  // Relative base: chunks resolve from the script's own URL, which is the Attune server, not the store.
  base: './',
  // Preact's `h` for JSX (the panel and its on-demand chunks; tsconfig.json says the same): shorter
  // calls than the automatic runtime's `jsx(type, { ...props, children })`, and no runtime module.
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
  // Library mode leaves `process.env.NODE_ENV` as is; browsers have no `process`.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: ['@attune/source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    manifest: true,
    // Native class fields and #private members (Safari 15.4+): adoptedStyleSheets needs Safari 16.4 anyway.
    target: 'es2022',
    // Library mode: Vite then adds no module-preload helper (about 1 KB that writes <link> tags
    // into the host page's <head>, which is not ours to touch; our chunks have nothing to preload).
    lib: { entry: { launcher: 'src/script-tag.ts' }, formats: ['es'] },
    minify: true,
    rollupOptions: {
      // What the launcher and the panel share (AttuneError and friends) stays in the launcher, which
      // is always there first, and the panel imports it from there: one request and one gzip
      // stream fewer than a shared chunk of its own (−0.4 KB gzip for a shopper).
      preserveEntrySignatures: 'allow-extension',
      output: {
        // Lib mode keeps whitespace in ES output by default; these chunks are never bundled again.
        minify: true,
        // The minifier keeps `/* @__PURE__ */` marks (one per JSX element) for a bundler that will
        // never see these chunks: about 150 B gzip. Licence comments stay.
        comments: { legal: true, annotation: false, jsdoc: false },
        // Six hash characters tell builds apart as well as eight; the launcher names 16 chunks, and
        // hashes do not compress (−0.06 KB gzip for a first visit and for a chat; sharedHashes then
        // gives two families one each). In base 36 (31 bits, lower case and digits) rather than 64 they
        // compress a little: −0.02 KB a first visit, −0.03 a chat.
        hashCharacters: 'base36',
        entryFileNames: 'assets/[name]-[hash:6].js',
        chunkFileNames: (chunk) => `assets/${chunkName(chunk.facadeModuleId)}-[hash:6].js`,
        assetFileNames: 'assets/[name]-[hash:6][extname]',
      },
    },
  },
})
