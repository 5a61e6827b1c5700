// The packages Attune publishes to npm, and how they are packed: with pnpm, which turns each
// `workspace:*` into the version it points at (npm would leave the specifier as is) and adds the
// root LICENSE to a package that has none.
import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..')

/** Folder names under packages/, dependencies before their dependents. */
export const PUBLISHED = ['protocol', 'empathy', 'core', 'mock', 'widget', 'server']

/**
 * Packs every published package into `destination` (they must be built: `pnpm build`).
 * @param {string} destination a folder; pnpm creates it
 * @returns {{ name: string, tarball: string }[]} each package's name and its tarball's path
 */
export function packAll(destination) {
  return PUBLISHED.map((folder) => {
    const output = execFileSync('pnpm', ['pack', '--json', '--pack-destination', destination], {
      cwd: join(repo, 'packages', folder),
      encoding: 'utf8',
    })
    const { name, filename } = JSON.parse(output)
    return { name, tarball: filename }
  })
}
