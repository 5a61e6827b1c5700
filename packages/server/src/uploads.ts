import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UPLOAD_LIMITS, type Attachment } from '@attune/protocol'
import { lockFor, type Database, type Queryable } from './db/database.ts'
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

/** Deletes files from disk (their rows are gone already, e.g. with their store or shopper). */
export async function removeUploadFiles(dir: string, ids: readonly string[]): Promise<void> {
  await Promise.all(ids.filter((id) => isUuid(id)).map((id) => rm(join(dir, id), { force: true })))
}

/**
 * Attachments: stored once, referenced by id from messages. A file is read through a signed,
 * expiring link (upload-links.ts) that only the conversation's participants are sent, or by a
 * member of its store; the uploader's store is checked on use.
 */
export function createUploads(db: Database, dir: string, secret: string, quotas: UploadQuotas = UPLOAD_QUOTAS) {
  const ready = mkdir(dir, { recursive: true })
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

  const removeFiles = (ids: readonly string[]) => removeUploadFiles(dir, ids)

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
      await ready
      const id = randomUUID()
      const name = cleanFileName(file.name)
      await writeFile(join(dir, id), file.bytes)
      try {
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
        })
      } catch (error) {
        await rm(join(dir, id), { force: true })
        throw error
      }
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

    removeFiles,

    /** Removes files uploaded more than a day ago and never attached to a message; answers how many. */
    async removeUnattached(olderThanMs: number = UNATTACHED_TTL_MS): Promise<number> {
      const rows = await db.query<{ id: string }>('DELETE FROM uploads WHERE attached_at IS NULL AND created_at < $1 RETURNING id', [
        new Date(Date.now() - olderThanMs),
      ])
      await removeFiles(rows.map((r) => r.id))
      return rows.length
    },

    /** A file with its store, or null; who may read it is the caller's to check. */
    async read(id: string): Promise<{ siteId: string; name: string; type: string; bytes: Buffer } | null> {
      if (!isUuid(id)) return null
      const [row] = await db.query<UploadRow>('SELECT id, site_id, name, type, size FROM uploads WHERE id = $1', [id])
      if (!row) return null
      await ready
      const bytes = await readFile(join(dir, id)).catch(() => null)
      return bytes && { siteId: row.site_id, name: row.name, type: row.type, bytes }
    },
  }
}

export type Uploads = ReturnType<typeof createUploads>
