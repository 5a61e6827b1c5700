import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import type { AssetDirs } from './http/router.ts'

/** Each front end: its variable, its folder in an installed package's dist/public, its monorepo build. */
const FRONT_ENDS = {
  widget: { variable: 'ATTUNE_WIDGET_DIR', monorepo: ['packages', 'widget', 'dist'] },
  loader: { variable: 'ATTUNE_LOADER_DIR', monorepo: ['packages', 'loader', 'dist'] },
  inbox: { variable: 'ATTUNE_INBOX_DIR', monorepo: ['packages', 'inbox', 'dist'] },
  // The demo shop: only `start --demo` serves it.
  store: { variable: 'ATTUNE_STORE_DIR', monorepo: ['examples', 'store'] },
} as const satisfies Record<keyof AssetDirs, { variable: string; monorepo: readonly string[] }>

/**
 * Where the built front ends are served from. The package's build carries copies in
 * dist/public/{widget,loader,inbox,store} (scripts/carry-front-ends.mjs), so an installed
 * `@attune/server` serves its own; the root `pnpm build` refreshes them. Run from src/ in the
 * monorepo there are none, and the built siblings (packages/widget/dist…) are used. A variable
 * (ATTUNE_WIDGET_DIR…) overrides either.
 *
 * @param here the folder of the running file: packages/server/dist or src, or
 *   node_modules/@attune/server/dist when installed
 */
export function defaultAssetDirs(here: string, env: NodeJS.ProcessEnv): AssetDirs {
  const dirs: AssetDirs = {}
  for (const [name, { variable, monorepo }] of Object.entries(FRONT_ENDS)) {
    const carried = resolve(here, 'public', name)
    dirs[name as keyof AssetDirs] = env[variable] || (existsSync(carried) ? carried : resolve(here, '..', '..', '..', ...monorepo))
  }
  return dirs
}
