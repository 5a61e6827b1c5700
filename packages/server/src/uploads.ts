import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { UPLOAD_LIMITS, type Attachment } from '@attune/protocol'
import type { Database } from './db/database.ts'

export { UPLOAD_LIMITS }

export class UploadRefused extends Error {
  constructor(
    readonly code: 'too_large' | 'unsupported_type' | 'empty',
    message: string,
  ) {
    super(message)
  }
}

type UploadRow = { id: string; site_id: string; uploader_role: string; uploader_id: string; name: string; type: string; size: number }

const toAttachment = (row: Pick<UploadRow, 'id' | 'name' | 'type' | 'size'>): Attachment => ({
  id: row.id,
  name: row.name,
  type: row.type,
  size: row.size,
  url: `/api/uploads/${row.id}`,
})

/** A file name safe to show and to put in a header: no paths, no control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200)
  return cleaned || 'file'
}

/**
 * Attachments: stored once, referenced by id from messages. The id is a random UUID and acts as
 * the capability to read the file (like a signed link); the uploader's site is checked on use.
 */
export function createUploads(db: Database, dir: string) {
  const ready = mkdir(dir, { recursive: true })
  return {
    async save(siteId: string, uploader: { role: string; id: string }, file: { name: string; type: string; bytes: Buffer }): Promise<Attachment> {
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
      await db.query('INSERT INTO uploads (id, site_id, uploader_role, uploader_id, name, type, size) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        id,
        siteId,
        uploader.role,
        uploader.id,
        name,
        type,
        file.bytes.length,
      ])
      return toAttachment({ id, name, type, size: file.bytes.length })
    },

    /** The attachments for a message: only this site's files, in the order given; unknown ids fail. */
    async resolve(siteId: string, ids: readonly string[]): Promise<Attachment[] | null> {
      if (ids.length === 0) return []
      if (!ids.every((id) => UUID.test(id))) return null
      const rows = await db.query<UploadRow>('SELECT id, name, type, size FROM uploads WHERE site_id = $1 AND id = ANY($2::uuid[])', [siteId, ids])
      const byId = new Map(rows.map((r) => [r.id, r]))
      const found = ids.map((id) => byId.get(id))
      return found.every((r) => r !== undefined) ? found.map((r) => toAttachment(r!)) : null
    },

    /** Deletes files from disk (their rows are gone already, e.g. with their store). */
    async removeFiles(ids: readonly string[]): Promise<void> {
      await Promise.all(ids.filter((id) => UUID.test(id)).map((id) => rm(join(dir, id), { force: true })))
    },

    async read(id: string): Promise<{ name: string; type: string; bytes: Buffer } | null> {
      if (!UUID.test(id)) return null
      const [row] = await db.query<UploadRow>('SELECT id, name, type, size FROM uploads WHERE id = $1', [id])
      if (!row) return null
      await ready
      return { name: row.name, type: row.type, bytes: await readFile(join(dir, id)) }
    },
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export type Uploads = ReturnType<typeof createUploads>
