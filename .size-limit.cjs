// Byte budgets (gzip), checked by `pnpm test`. Workspace packages are bundled from their sources.
const fromSource = (config) => ({ ...config, conditions: ['@attune/source', ...(config.conditions ?? [])] })

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
]
