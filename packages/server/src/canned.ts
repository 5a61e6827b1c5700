import { randomUUID } from 'node:crypto'
import { MAX_CANNED_REPLIES, type CannedReply, type CannedReplyRequest } from '@attune/protocol'
import { lockFor, type Database } from './db/database.ts'
import { Refused } from './refused.ts'
import { isUuid } from './uuid.ts'

const COLUMNS = 'id, title, shortcut, language, texts'

/**
 * Why a change was refused: `not_found` (no such canned reply in this store), `taken` (another
 * one has the shortcut) or `full` (MAX_CANNED_REPLIES).
 */
class CannedReplyRefused extends Refused<'not_found' | 'taken' | 'full'> {}

const notFound = () => new CannedReplyRefused('not_found', 'No such canned reply in this store.')
const taken = (shortcut: string) => new CannedReplyRefused('taken', `shortcut: /${shortcut} is taken by another canned reply in this store.`)

/** PostgreSQL's unique_violation: the (site_id, shortcut) constraint, also when two saves race. */
const isUniqueViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23505'

async function unlessTaken<T>(shortcut: string, write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (error) {
    if (isUniqueViolation(error)) throw taken(shortcut)
    throw error
  }
}

/** A store's canned replies (issue 14). Every statement names the store: nothing crosses stores. */
export function createCannedReplies(db: Database) {
  return {
    /** All of the store's canned replies, by shortcut (the order the reply box lists them in). */
    list: (siteId: string): Promise<CannedReply[]> =>
      db.query<CannedReply>(`SELECT ${COLUMNS} FROM canned_replies WHERE site_id = $1 ORDER BY shortcut`, [siteId]),

    /**
     * Adds one unless the store has MAX_CANNED_REPLIES already. The count and the insert run under
     * a lock of the store's, as an upload's quota does. One statement alone is not enough: under
     * READ COMMITTED two adds at once each count the same 199 and both insert. The count, a statement
     * begun after the lock, sees the add that held it.
     */
    async create(siteId: string, input: Required<CannedReplyRequest>): Promise<CannedReply> {
      const row = await unlessTaken(
        input.shortcut,
        db.transaction(async (tx) => {
          await lockFor(tx, `canned-replies:${siteId}`)
          const [added] = await tx.query<CannedReply>(
            `INSERT INTO canned_replies (id, site_id, title, shortcut, language, texts)
             SELECT $1, $2, $3, $4, $5, $6 WHERE (SELECT count(*) FROM canned_replies WHERE site_id = $2) < $7
             RETURNING ${COLUMNS}`,
            [randomUUID(), siteId, input.title, input.shortcut, input.language, JSON.stringify(input.texts), MAX_CANNED_REPLIES],
          )
          return added
        }),
      )
      if (!row) throw new CannedReplyRefused('full', `A store keeps at most ${MAX_CANNED_REPLIES} canned replies; remove one first.`)
      return row
    },

    async update(siteId: string, id: string, input: Required<CannedReplyRequest>): Promise<CannedReply> {
      if (!isUuid(id)) throw notFound()
      const [row] = await unlessTaken(
        input.shortcut,
        db.query<CannedReply>(
          `UPDATE canned_replies SET title = $3, shortcut = $4, language = $5, texts = $6 WHERE id = $1 AND site_id = $2 RETURNING ${COLUMNS}`,
          [id, siteId, input.title, input.shortcut, input.language, JSON.stringify(input.texts)],
        ),
      )
      if (!row) throw notFound()
      return row
    },

    async remove(siteId: string, id: string): Promise<void> {
      if (!isUuid(id)) throw notFound()
      const rows = await db.query('DELETE FROM canned_replies WHERE id = $1 AND site_id = $2 RETURNING id', [id, siteId])
      if (!rows.length) throw notFound()
    },
  }
}
