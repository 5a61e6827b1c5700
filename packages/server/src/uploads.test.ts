import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Attachment } from '@attune/protocol'
import { createPeople } from './accounts/people.ts'
import { createStores, type StoreRecord } from './accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from './auth/sessions.ts'
import type { Database } from './db/database.ts'
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from './db/local-postgres.ts'
import { migrate } from './db/migrations.ts'
import { openPglite } from './db/pglite.ts'
import { openPostgres } from './db/postgres.ts'
import { TestClient } from './gateway/test-client.ts'
import { findRedisServer, startLocalRedis, type LocalRedis } from './local-redis.ts'
import { log } from './logger.ts'
import { createAttuneServer, type AttuneServer } from './server.ts'
import { tempDir } from './test-db.ts'
import { signedUploadUrl } from './upload-links.ts'

// A file's bytes live in the database beside its row (decision 011, December 2026): every process
// serves every file, and what deletes an upload deletes its bytes, whichever process does it.
const SECRET = 'uploads-shared-test-secret-0123456789'
const SHOP = 'https://shop.example'
const postgresBin = findPostgresBin()
const redisBin = findRedisServer()
/** Every byte value, so nothing is lost between a Buffer, PostgreSQL's bytea and PGlite's. */
const PICTURE = Buffer.from(Array.from({ length: 256 * 4 }, (_, i) => i % 256))

const started: AttuneServer[] = []
const folders: Array<{ remove: () => Promise<void> }> = []
afterAll(async () => {
  await Promise.allSettled(started.map((server) => server.close()))
  await Promise.allSettled(folders.map((folder) => folder.remove()))
})
afterEach(() => void vi.restoreAllMocks())

async function folder(): Promise<string> {
  const dir = await tempDir()
  folders.push(dir)
  return dir.path
}

async function serve(options: { dataDir: string; databaseUrl?: string; redisUrl?: string }): Promise<AttuneServer> {
  const server = await createAttuneServer({ port: 0, host: '127.0.0.1', secret: SECRET, ...options })
  started.push(server)
  return server
}

/** A store with an owner signed in: the cookie acts on it through any process. */
async function storeWithOwner(db: Database, name: string): Promise<{ store: StoreRecord; cookie: string }> {
  const store = await createStores(db).create({ name, origins: [SHOP] })
  const owner = await createPeople(db).create({ email: `owner-${randomUUID()}@files.example`, name: 'Owner', password: 'a long enough password' })
  await createPeople(db).join(store.id, owner.id, 'owner')
  return { store, cookie: `${SESSION_COOKIE}=${await createSessions(db).create(owner.id, store.id)}` }
}

/** A shopper of `store` on `server` uploads a picture; answers the attachment and who they are. */
async function shopperUploads(server: AttuneServer, store: StoreRecord) {
  const { client, welcome } = await TestClient.greeted(`${server.url.replace('http', 'ws')}/v1/visitor?siteKey=${store.key}`, { Origin: SHOP })
  await client.close()
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  const response = await fetch(`${server.url}/api/uploads?siteKey=${store.key}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${welcome.token}`, 'Content-Type': 'image/png', 'X-Attune-Filename': 'photo.png', Origin: SHOP },
    body: PICTURE,
  })
  expect(response.status).toBe(201)
  const { attachment } = (await response.json()) as { attachment: Attachment }
  return { attachment, visitorId: welcome.visitorId }
}

/** What a signed link answers on a process: its status, headers and bytes. */
async function fetchFile(server: AttuneServer, url: string) {
  const response = await fetch(server.url + url)
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) }
}

const bytesRows = (db: Database, ids: readonly string[]) => db.query('SELECT upload_id FROM upload_bytes WHERE upload_id = ANY($1::uuid[])', [ids])

/** Upload rows as an older version left them: a row here, the bytes in a data folder's uploads/. */
async function filesOfAnOlderVersion(db: Database, siteId: string, dataDir: string, count: number): Promise<string[]> {
  await mkdir(join(dataDir, 'uploads'), { recursive: true })
  const ids = Array.from({ length: count }, () => randomUUID())
  for (const [i, id] of ids.entries()) {
    await db.query(
      `INSERT INTO uploads (id, site_id, uploader_role, uploader_id, name, type, size, attached_at) VALUES ($1, $2, 'visitor', 'v-old', $3, 'image/png', $4, now())`,
      [id, siteId, `old-${i}.png`, PICTURE.length],
    )
    await writeFile(join(dataDir, 'uploads', id), PICTURE)
  }
  return ids
}

/** The files the start moved into the database, summed over every process's log line. */
const movedAsLogged = (info: { mock: { calls: unknown[][] } }) =>
  info.mock.calls.reduce((sum, [fields]) => sum + ((fields as { moved?: number })?.moved ?? 0), 0)

describe.runIf(postgresBin && redisBin)('files with two processes on one PostgreSQL and one Redis, each with its own data folder', () => {
  let postgres: LocalPostgres
  let redis: LocalRedis
  let db: Database
  let a: AttuneServer
  let b: AttuneServer
  /** The first process's data folder: no file's bytes are ever kept there. */
  let aDir: string

  beforeAll(async () => {
    ;[postgres, redis] = await Promise.all([startLocalPostgres(postgresBin!), startLocalRedis(redisBin!)])
    db = await openPostgres(postgres.url)
    aDir = await folder()
    a = await serve({ databaseUrl: postgres.url, redisUrl: redis.url, dataDir: aDir })
    b = await serve({ databaseUrl: postgres.url, redisUrl: redis.url, dataDir: await folder() })
  }, 120_000)
  afterAll(async () => {
    // Every process on this PostgreSQL, the two started at once too, stops before it does.
    await Promise.allSettled(started.map((server) => server.close()))
    await db?.close()
    await Promise.allSettled([redis?.stop(), postgres?.stop()])
  }, 60_000)

  it('a file uploaded through one is served by the other: the same bytes, type, disposition and caching', async () => {
    const { store } = await storeWithOwner(db, 'Shared Files')
    const { attachment } = await shopperUploads(a, store)
    const onA = await fetchFile(a, attachment.url)
    const onB = await fetchFile(b, attachment.url)
    for (const answer of [onA, onB]) {
      expect(answer.status).toBe(200)
      expect(answer.bytes.equals(PICTURE)).toBe(true)
      expect(answer.headers.get('content-type')).toBe('image/png')
      expect(answer.headers.get('content-length')).toBe(String(PICTURE.length))
      expect(answer.headers.get('content-disposition')).toBe("inline; filename*=UTF-8''photo.png")
      expect(answer.headers.get('cache-control')).toMatch(/^private, max-age=\d+, immutable$/)
    }
  }, 120_000)

  it('a shopper erased through the other process: their file is gone on both, bytes and all', async () => {
    const { store, cookie } = await storeWithOwner(db, 'Erasing Files')
    const { attachment, visitorId } = await shopperUploads(a, store)
    const erased = await fetch(`${b.url}/api/visitors/${visitorId}`, { method: 'DELETE', headers: { cookie, origin: b.url } })
    expect(erased.status).toBe(200)
    expect((await fetchFile(a, attachment.url)).status).toBe(404)
    expect((await fetchFile(b, attachment.url)).status).toBe(404)
    expect(existsSync(join(aDir, 'uploads', attachment.id))).toBe(false)
    expect(await bytesRows(db, [attachment.id])).toEqual([])
  }, 120_000)

  it("a store deleted through the other process: its files' bytes are gone", async () => {
    const { store, cookie } = await storeWithOwner(db, 'Closing Shop')
    const { attachment } = await shopperUploads(a, store)
    const deleted = await fetch(`${b.url}/api/store`, {
      method: 'DELETE',
      headers: { cookie, origin: b.url, 'content-type': 'application/json' },
      body: JSON.stringify({ confirmName: store.name }),
    })
    expect(deleted.status).toBe(200)
    expect((await fetchFile(a, attachment.url)).status).toBe(404)
    expect(existsSync(join(aDir, 'uploads', attachment.id))).toBe(false)
    expect(await bytesRows(db, [attachment.id])).toEqual([])
  }, 120_000)

  it("two processes starting at once on one folder of an older version's files move each file in once, then off the disk", async () => {
    const { store } = await storeWithOwner(db, 'Older Files')
    const shared = await folder()
    const ids = await filesOfAnOlderVersion(db, store.id, shared, 5)
    // A file whose upload is gone (erased through a process that could not reach this disk): deleted unread.
    const leftover = randomUUID()
    await writeFile(join(shared, 'uploads', leftover), 'bytes of an erased shopper')
    const info = vi.spyOn(log, 'info')

    const [c, d] = await Promise.all([0, 1].map(() => serve({ databaseUrl: postgres.url, redisUrl: redis.url, dataDir: shared })))

    expect(existsSync(join(shared, 'uploads'))).toBe(false)
    expect(await bytesRows(db, ids)).toHaveLength(ids.length)
    expect(movedAsLogged(info)).toBe(ids.length)
    for (const server of [c!, d!, a]) {
      for (const id of ids) {
        const answer = await fetchFile(server, signedUploadUrl(SECRET, id))
        expect(answer.status).toBe(200)
        expect(answer.bytes.equals(PICTURE)).toBe(true)
      }
    }
  }, 120_000)
})

describe('files an older version kept in the data folder, on the embedded database', () => {
  it('are served after the start, and no longer on disk; the next start has nothing to move', async () => {
    const dataDir = await folder()
    const db = await openPglite(dataDir)
    let ids: string[]
    try {
      await migrate(db)
      const store = await createStores(db).create({ name: 'Embedded Files', origins: [SHOP] })
      ids = await filesOfAnOlderVersion(db, store.id, dataDir, 2)
    } finally {
      await db.close()
    }
    await writeFile(join(dataDir, 'uploads', 'notes.txt'), 'not an upload: left alone')
    const info = vi.spyOn(log, 'info')

    const first = await serve({ dataDir })
    expect(movedAsLogged(info)).toBe(2)
    expect(await readdir(join(dataDir, 'uploads'))).toEqual(['notes.txt'])
    for (const id of ids) expect((await fetchFile(first, signedUploadUrl(SECRET, id))).bytes.equals(PICTURE)).toBe(true)
    await first.close()

    info.mockClear()
    const second = await serve({ dataDir })
    expect(movedAsLogged(info)).toBe(0)
    for (const id of ids) expect((await fetchFile(second, signedUploadUrl(SECRET, id))).status).toBe(200)
  }, 120_000)
})
