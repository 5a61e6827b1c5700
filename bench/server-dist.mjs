// The server's built modules, for the benchmarks that measure its parts on their own.
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'packages/server/dist')

/** A module of packages/server/dist by its path there, e.g. `db/pglite.js`. */
export function loadServer(path) {
  if (!existsSync(join(dist, path))) throw new Error(`packages/server/dist/${path} is missing: run \`pnpm build\` first.`)
  return import(pathToFileURL(join(dist, path)).href)
}
