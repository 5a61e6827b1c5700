// Copies the built front ends into dist/public so the published package serves its own widget,
// loader and inbox (`npx @attune/server`), and the demo shop for `start --demo`. src/assets.ts
// looks for them there. Run by `pnpm build` after the widget, loader and inbox are built.
import { cpSync, existsSync, rmSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const publicDir = join(repo, 'packages', 'server', 'dist', 'public')

const FRONT_ENDS = [
  // dist/npm is the widget's npm build and .vite its manifest (read by the loader's build): neither is served.
  { name: 'widget', from: join(repo, 'packages', 'widget', 'dist'), skip: ['npm', '.vite'] },
  { name: 'loader', from: join(repo, 'packages', 'loader', 'dist'), skip: [] },
  { name: 'inbox', from: join(repo, 'packages', 'inbox', 'dist'), skip: [] },
  { name: 'store', from: join(repo, 'examples', 'store'), skip: ['package.json'] },
]

rmSync(publicDir, { recursive: true, force: true })
for (const { name, from, skip } of FRONT_ENDS) {
  if (!existsSync(from)) {
    console.error(`[Attune] ${from} is missing: build the widget, loader and inbox first (the root "pnpm build" does).`)
    process.exit(1)
  }
  cpSync(from, join(publicDir, name), { recursive: true, filter: (path) => !skip.includes(relative(from, path)) })
}
