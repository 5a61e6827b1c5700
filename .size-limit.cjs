// Byte budgets (gzip), checked by `pnpm test`. Workspace packages are bundled from their sources.
const fromSource = (config) => ({ ...config, conditions: ['@attune/source', ...(config.conditions ?? [])] })

// The widget's built chunks (packages/widget/vite.config.ts names them): the launcher entry (it also
// holds what the panel shares with it), the lazy panel, one file per language; `upload-*` and
// `beep-*` load only when a shopper attaches a file or a store turns the sound on.
// Without the esbuild plugin: measure the files as served, each gzipped, summed (no re-bundling, which would
// follow the dynamic imports and count every language).
const widget = (name) => `packages/widget/dist/assets/${name}-*.js`

module.exports = [
  {
    name: '@attune/core, typical import (createClient + stores)',
    path: 'packages/core/size/typical.ts',
    limit: '8 KB',
    modifyEsbuildConfig: fromSource,
    gzip: true,
  },
  {
    name: '@attune/loader (script-tag stub + loader)',
    path: 'packages/loader/dist/loader.js',
    limit: '1 KB',
    gzip: true,
  },
  {
    name: '@attune/widget launcher chunk (on every page view: element, launcher, badge, commands)',
    path: widget('launcher'),
    limit: '10 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@attune/widget, everything a shopper loads to chat in English (launcher + panel + core + en)',
    path: [widget('launcher'), widget('panel'), widget('locale-en')],
    limit: '31.5 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@attune/widget, attaching a file: the attachment UI, the XHR uploader, core\'s upload call, file helpers (loaded on the first file)',
    path: [widget('uploads'), widget('core-upload'), widget('files')],
    limit: '2.5 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
  {
    name: '@attune/widget, the largest language file (Thai)',
    path: widget('locale-th'),
    limit: '2.5 KB',
    gzip: true,
    disablePlugins: ['@size-limit/esbuild'],
  },
]
