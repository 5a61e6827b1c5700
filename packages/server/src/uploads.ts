import { randomUUID } from 'node:crypto'
import { readdir, readFile, rm, rmdir } from 'node:fs/promises'
import { join } from 'node:path'
import { UPLOAD_LIMITS, type Attachment } from '@attune/protocol'
import { lockFor, type Database, type Queryable } from './db/database.ts'
import { log } from './logger.ts'
import { signedUploadUrl } from './upload-links.ts'
import { isUuid } from './uuid.ts'

export { UPLOAD_LIMITS }

/**
 * How much one uploader and one store may upload in any 24 hours (issue 11, finding 6): enough
 * for a shopper to send a day's worth of photos and receipts, too little to fill the disk.
 * Agents count towards their store's bytes only.
 */
export const UPLOAD_QUOTAS = {
  /** Files one shopper may upload in 24 hours. */
  visitorFiles: 20,
  /** Bytes one shopper may upload in 24 hours. */
  visitorBytes: 25 * 1024 * 1024,
  /** Bytes one store's shoppers and agents together may upload in 24 hours. */
  storeBytes: 2 * 1024 * 1024 * 1024,
} as const
type UploadQuotas = { [K in keyof typeof UPLOAD_QUOTAS]: number }

/** Files never attached to a message are removed after this long. */
const UNATTACHED_TTL_MS = 24 * 60 * 60 * 1000
const WINDOW = "now() - interval '24 hours'"

export class UploadRefused extends Error {
  constructor(
    readonly code: 'too_large' | 'unsupported_type' | 'empty' | 'quota',
    message: string,
    /** With `quota`: when an upload of the same size would be accepted again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
  }
}

type UploadRow = { id: string; site_id: string; uploader_role: string; uploader_id: string; name: string; type: string; size: number }
type Uploader = { role: string; id: string }
type Usage = { files: number; bytes: number; oldest: Date | string | null }

/** A file name safe to show and to put in a header: no paths, no control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200)
  return cleaned || 'file'
}

const mb = (bytes: number) => (bytes >= 1024 ** 3 ? `${Math.round(bytes / 1024 ** 3)} GB` : `${Math.round(bytes / 1024 / 1024)} MB`)
/** Seconds until the oldest upload counted leaves the 24-hour window. */
const retryAfter = (oldest: Usage['oldest']) =>
  oldest === null ? 60 : Math.max(60, Math.ceil((new Date(oldest).getTime() + 24 * 3600 * 1000 - Date.now()) / 1000))

/**
 * A file's bytes cross to and from the database as base64 text that PostgreSQL decodes and encodes
 * itself (`decode($n, 'base64')`, `encode(bytes, 'base64')`). The embedded engine passes a bytea as
 * hex made and read by a JavaScript loop in the database's own thread: 3.5 s in and 1.7 s out for
 * 10 MB, with every chat's statements waiting; as base64, 0.2 s and 0.1 s. One way for both engines.
 */
const toBase64 = (bytes: Buffer) => bytes.toString('base64')
const fromBase64 = (text: string) => Buffer.from(text, 'base64')

/** `fallback` for a file or folder that is not there; any other error stands. */
const ifMissing =
  <T>(fallback: T) =>
  (error: NodeJS.ErrnoException): T => {
    if (error.code === 'ENOENT') return fallback
    throw error
  }

/**
 * Attachments: stored once, referenced by id from messages, their bytes in the database beside
 * their row (upload_bytes, decision 011): every process serves every file, and whatever deletes
 * an upload (an erasure, a store deleted, the cleanup below) deletes its bytes in the same
 * transaction. A file is read through a signed, expiring link (upload-links.ts) that only the
 * conversation's participants are sent, or by a member of its store; the uploader's store is
 * checked on use.
 */
export function createUploads(db: Database, secret: string, quotas: UploadQuotas = UPLOAD_QUOTAS) {
  const toAttachment = (row: Pick<UploadRow, 'id' | 'name' | 'type' | 'size'>): Attachment => ({
    id: row.id,
    name: row.name,
    type: row.type,
    size: row.size,
    url: signedUploadUrl(secret, row.id),
  })

  /** Throws the refusal when `size` more bytes would go over a quota; runs inside the upload's transaction. */
  async function checkQuota(tx: Queryable, siteId: string, uploader: Uploader, size: number) {
    const [store] = await tx.query<Usage>(
      `SELECT count(*)::int AS files, COALESCE(sum(size), 0)::bigint AS bytes, min(created_at) AS oldest FROM uploads WHERE site_id = $1 AND created_at > ${WINDOW}`,
      [siteId],
    )
    if (store && Number(store.bytes) + size > quotas.storeBytes) {
      throw new UploadRefused('quota', `This store has received ${mb(quotas.storeBytes)} of files today; try again later.`, retryAfter(store.oldest))
    }
    if (uploader.role !== 'visitor') return
    const [mine] = await tx.query<Usage>(
      `SELECT count(*)::int AS files, COALESCE(sum(size), 0)::bigint AS bytes, min(created_at) AS oldest FROM uploads
       WHERE site_id = $1 AND uploader_role = 'visitor' AND uploader_id = $2 AND created_at > ${WINDOW}`,
      [siteId, uploader.id],
    )
    if (mine && mine.files + 1 > quotas.visitorFiles) {
      throw new UploadRefused('quota', `At most ${quotas.visitorFiles} files a day; try again later.`, retryAfter(mine.oldest))
    }
    if (mine && Number(mine.bytes) + size > quotas.visitorBytes) {
      throw new UploadRefused('quota', `At most ${mb(quotas.visitorBytes)} of files a day; try again later.`, retryAfter(mine.oldest))
    }
  }

  return {
    /** Refuses early, before the body is read, when a file of `size` bytes would go over a quota. */
    precheck: (siteId: string, uploader: Uploader, size: number) => checkQuota(db, siteId, uploader, size),

    async save(siteId: string, uploader: Uploader, file: { name: string; type: string; bytes: Buffer }): Promise<Attachment> {
      if (file.bytes.length === 0) throw new UploadRefused('empty', 'The file is empty.')
      if (file.bytes.length > UPLOAD_LIMITS.maxBytes) {
        throw new UploadRefused('too_large', `Files are at most ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB.`)
      }
      const type = file.type.split(';')[0]!.trim().toLowerCase()
      if (!(UPLOAD_LIMITS.types as readonly string[]).includes(type)) {
        throw new UploadRefused('unsupported_type', `Files of type ${type || 'unknown'} are not accepted.`)
      }
      const id = randomUUID()
      const name = cleanFileName(file.name)
      const base64 = toBase64(file.bytes)
      await db.transaction(async (tx) => {
        // One upload of a store at a time counts and inserts: parallel uploads cannot all slip under a quota.
        await lockFor(tx, `uploads:${siteId}`)
        await checkQuota(tx, siteId, uploader, file.bytes.length)
        await tx.query('INSERT INTO uploads (id, site_id, uploader_role, uploader_id, name, type, size) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          id,
          siteId,
          uploader.role,
          uploader.id,
          name,
          type,
          file.bytes.length,
        ])
        await tx.query(`INSERT INTO upload_bytes (upload_id, bytes) VALUES ($1, decode($2, 'base64'))`, [id, base64])
      })
      return toAttachment({ id, name, type, size: file.bytes.length })
    },

    /**
     * The attachments for a message: only this site's files, in the order given; unknown ids
     * fail. The files count as attached from now on, so the cleanup keeps them.
     */
    async resolve(siteId: string, ids: readonly string[]): Promise<Attachment[] | null> {
      if (ids.length === 0) return []
      if (!ids.every((id) => isUuid(id))) return null
      const rows = await db.query<UploadRow>(
        'UPDATE uploads SET attached_at = COALESCE(attached_at, now()) WHERE site_id = $1 AND id = ANY($2::uuid[]) RETURNING id, name, type, size',
        [siteId, ids],
      )
      const byId = new Map(rows.map((r) => [r.id, r]))
      const found = ids.map((id) => byId.get(id))
      return found.every((r) => r !== undefined) ? found.map((r) => toAttachment(r!)) : null
    },

    /** Removes files uploaded more than a day ago and never attached to a message, bytes and all; answers how many. */
    async removeUnattached(olderThanMs: number = UNATTACHED_TTL_MS): Promise<number> {
      const rows = await db.query<{ id: string }>('DELETE FROM uploads WHERE attached_at IS NULL AND created_at < $1 RETURNING id', [
        new Date(Date.now() - olderThanMs),
      ])
      return rows.length
    },

    /** A file with its store, or null; who may read it is the caller's to check. */
    async read(id: string): Promise<{ siteId: string; name: string; type: string; bytes: Buffer } | null> {
      if (!isUuid(id)) return null
      const [row] = await db.query<Pick<UploadRow, 'site_id' | 'name' | 'type'> & { bytes: string }>(
        `SELECT u.site_id, u.name, u.type, encode(b.bytes, 'base64') AS bytes FROM uploads u JOIN upload_bytes b ON b.upload_id = u.id WHERE u.id = $1`,
        [id],
      )
      return row ? { siteId: row.site_id, name: row.name, type: row.type, bytes: fromBase64(row.bytes) } : null
    },
  }
}

/**
 * Stores an older version's file under its upload, unless it has bytes already; says whether its
 * upload exists and whether this call stored them. One statement: of two processes moving the same
 * file at once, one stores it and the other finds it stored.
 */
const STORE_OLD_FILE = `
  WITH upload AS (SELECT id FROM uploads WHERE id = $1),
       stored AS (INSERT INTO upload_bytes (upload_id, bytes) SELECT id, decode($2, 'base64') FROM upload ON CONFLICT (upload_id) DO NOTHING RETURNING upload_id)
  SELECT EXISTS (SELECT 1 FROM upload) AS known, EXISTS (SELECT 1 FROM stored) AS stored`

/** PostgreSQL's foreign_key_violation: the upload was deleted (an erasure) while its file was being moved. */
const UPLOAD_GONE = '23503'

/**
 * Moves the files an older version kept on this process's disk (`ATTUNE_DATA_DIR/uploads`, one file
 * per upload id) into the database, then deletes them from disk, and logs how many. A file whose
 * upload is gone (its shopper erased or its store deleted through another process, which could
 * not reach this disk) is deleted, not moved. Runs at every start: once the folder is empty it is
 * removed, and later starts find nothing. Safe with two processes on one folder at once: each
 * file is stored once, and counted by the process that stored it.
 */
export async function moveOldUploadFiles(db: Database, dir: string): Promise<{ moved: number; dropped: number }> {
  const names = await readdir(dir).catch(ifMissing<string[]>([]))
  let moved = 0
  let dropped = 0
  for (const id of names.filter((name) => isUuid(name))) {
    const path = join(dir, id)
    // Gone meanwhile: another process on this folder moved it.
    const bytes = await readFile(path).catch(ifMissing(null))
    if (bytes === null) continue
    const outcome = await db
      .query<{ known: boolean; stored: boolean }>(STORE_OLD_FILE, [id, toBase64(bytes)])
      .then(([row]) => row!)
      .catch((error: { code?: unknown }) => (error.code === UPLOAD_GONE ? { known: false, stored: false } : Promise.reject(error)))
    if (outcome.stored) moved++
    if (!outcome.known) dropped++
    await rm(path, { force: true })
  }
  // Removed once empty, so an operator sees files no longer live there; anything else in it stays.
  await rmdir(dir).catch(() => undefined)
  if (moved + dropped > 0) {
    log.info({ dir, moved, dropped }, "moved an older version's files into the database (dropped: their upload was gone)")
  }
  return { moved, dropped }
}

export type Uploads = ReturnType<typeof createUploads>
