// The embedded database's thread, src/db/pglite-worker.js, runs as it is (plain JavaScript, see
// its header). Each build looks for it beside itself: dist/cli.js (bundled by esbuild) and
// dist/db/pglite.js (the library entry, one file per module by tsc).
import { copyFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const server = join(dirname(fileURLToPath(import.meta.url)), '..')
const worker = join(server, 'src', 'db', 'pglite-worker.js')
for (const dir of ['dist', join('dist', 'db')]) copyFileSync(worker, join(server, dir, 'pglite-worker.js'))
