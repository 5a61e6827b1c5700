// The server's built modules, for the benchmarks that measure its parts on their own.
import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'packages/server/dist')

/** A module of packages/server/dist by its path there, e.g. `db/pglite.js`. */
export function loadServer(path) {
  if (!existsSync(join(dist, path))) throw new Error(`packages/server/dist/${path} is missing: run \`pnpm build\` first.`)
  return import(pathToFileURL(join(dist, path)).href)
}

/** A new store on `db` with `count` open conversations, each of its own shopper and at `lastSeq`: their ids. */
export async function openConversations(db, count, lastSeq = 0) {
  const siteId = randomUUID()
  await db.query('INSERT INTO sites (id, key, name) VALUES ($1, $2, $3)', [siteId, siteId, 'Bench store'])
  const ids = []
  for (let i = 0; i < count; i++) {
    const [visitorId, id] = [randomUUID(), randomUUID()]
    await db.query('INSERT INTO visitors (id, site_id) VALUES ($1, $2)', [visitorId, siteId])
    await db.query('INSERT INTO conversations (id, site_id, visitor_id, last_seq) VALUES ($1, $2, $3, $4)', [id, siteId, visitorId, lastSeq])
    ids.push(id)
  }
  return { siteId, ids }
}
