import { randomBytes, randomUUID } from 'node:crypto'
import { originProblem, type ThaiVoice } from '@attune/protocol'
import type { Database, Queryable } from '../db/database.ts'
import { AccountError } from './errors.ts'

/** A store as its owner and admins manage it. */
export type StoreRecord = { id: string; key: string; name: string; allowedOrigins: string[]; thaiVoice: ThaiVoice }

type StoreRow = { id: string; key: string; name: string; allowed_origins: string[]; thai_voice: ThaiVoice }
const toStore = (row: StoreRow): StoreRecord => ({
  id: row.id,
  key: row.key,
  name: row.name,
  allowedOrigins: row.allowed_origins,
  thaiVoice: row.thai_voice,
})
const COLUMNS = 'id, key, name, allowed_origins, thai_voice'

/** The key a store pastes into its snippet: public, random, unguessable enough to not be listed. */
const newSiteKey = () => randomBytes(8).toString('hex')
/** The secret a store's own server signs user ids with (identify); 256 bits. */
const newIdentitySecret = () => randomBytes(32).toString('hex')

/** Trims, validates and de-duplicates origins; every bad one is named in one error. */
function cleanOrigins(origins: readonly string[]): string[] {
  const trimmed = origins.map((o) => o.trim()).filter(Boolean)
  const problems = trimmed.map(originProblem).filter((p): p is string => p !== null)
  if (problems.length) throw new AccountError('bad_request', problems.join(' '))
  return [...new Set(trimmed)]
}

const cleanName = (name: string) => {
  const trimmed = name.trim()
  if (!trimmed || trimmed.length > 100) throw new AccountError('bad_request', 'A store name is 1 to 100 characters.')
  return trimmed
}

/** Stores: create, read, rename, set origins, rotate the identity secret, delete. */
export function createStores(db: Database) {
  return {
    async create(input: { name: string; origins: readonly string[]; key?: string }, tx: Queryable = db): Promise<StoreRecord> {
      const store: StoreRecord = {
        id: randomUUID(),
        key: input.key ?? newSiteKey(),
        name: cleanName(input.name),
        allowedOrigins: cleanOrigins(input.origins),
        thaiVoice: 'female',
      }
      const rows = await tx.query(
        `INSERT INTO sites (id, key, name, allowed_origins, identity_secret) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (key) DO NOTHING RETURNING id`,
        [store.id, store.key, store.name, store.allowedOrigins, newIdentitySecret()],
      )
      if (!rows.length) throw new AccountError('conflict', `A store with the key "${store.key}" exists already.`)
      return store
    },

    async list(): Promise<(StoreRecord & { members: number })[]> {
      const rows = await db.query<StoreRow & { members: number }>(
        `SELECT s.id, s.key, s.name, s.allowed_origins, s.thai_voice, (SELECT count(*)::int FROM memberships m WHERE m.site_id = s.id) AS members
         FROM sites s ORDER BY s.created_at, s.key`,
      )
      return rows.map((row) => ({ ...toStore(row), members: row.members }))
    },

    async byKey(key: string): Promise<StoreRecord> {
      const [row] = await db.query<StoreRow>(`SELECT ${COLUMNS} FROM sites WHERE key = $1`, [key])
      if (!row) throw new AccountError('not_found', `No store has the key "${key}".`)
      return toStore(row)
    },

    async byId(id: string): Promise<StoreRecord> {
      const [row] = await db.query<StoreRow>(`SELECT ${COLUMNS} FROM sites WHERE id = $1`, [id])
      if (!row) throw new AccountError('not_found', 'No such store.')
      return toStore(row)
    },

    /** Renames, replaces the allowed origins and/or sets the Thai voice. */
    async update(
      id: string,
      change: { name?: string | undefined; allowedOrigins?: readonly string[] | undefined; thaiVoice?: ThaiVoice | undefined },
    ): Promise<StoreRecord> {
      const [row] = await db.query<StoreRow>(
        `UPDATE sites SET name = COALESCE($2, name), allowed_origins = COALESCE($3, allowed_origins), thai_voice = COALESCE($4, thai_voice)
         WHERE id = $1 RETURNING ${COLUMNS}`,
        [
          id,
          change.name === undefined ? null : cleanName(change.name),
          change.allowedOrigins === undefined ? null : cleanOrigins(change.allowedOrigins),
          change.thaiVoice ?? null,
        ],
      )
      if (!row) throw new AccountError('not_found', 'No such store.')
      return toStore(row)
    },

    async identitySecret(id: string): Promise<string> {
      const [row] = await db.query<{ identity_secret: string | null }>('SELECT identity_secret FROM sites WHERE id = $1', [id])
      if (!row) throw new AccountError('not_found', 'No such store.')
      return row.identity_secret ?? (await this.rotateIdentitySecret(id))
    },

    /** A new identity secret; the old one stops verifying at once. */
    async rotateIdentitySecret(id: string): Promise<string> {
      const secret = newIdentitySecret()
      const rows = await db.query('UPDATE sites SET identity_secret = $2 WHERE id = $1 RETURNING id', [id, secret])
      if (!rows.length) throw new AccountError('not_found', 'No such store.')
      return secret
    },

    /**
     * Deletes the store and everything in it: conversations, shoppers, files' records, the team's
     * memberships and sessions. People stay (they may belong to other stores). Returns the ids of
     * the uploads removed, so their files can be deleted from disk.
     */
    async remove(id: string): Promise<{ uploadIds: string[] }> {
      return db.transaction(async (tx) => {
        const uploads = await tx.query<{ id: string }>('SELECT id FROM uploads WHERE site_id = $1', [id])
        await tx.query('DELETE FROM events WHERE conversation_id IN (SELECT id FROM conversations WHERE site_id = $1)', [id])
        await tx.query('DELETE FROM conversations WHERE site_id = $1', [id])
        await tx.query('DELETE FROM visitors WHERE site_id = $1', [id])
        await tx.query('DELETE FROM uploads WHERE site_id = $1', [id])
        // memberships, sessions and invites go with the site (ON DELETE CASCADE).
        const rows = await tx.query('DELETE FROM sites WHERE id = $1 RETURNING id', [id])
        if (!rows.length) throw new AccountError('not_found', 'No such store.')
        return { uploadIds: uploads.map((u) => u.id) }
      })
    },
  }
}

export type Stores = ReturnType<typeof createStores>
