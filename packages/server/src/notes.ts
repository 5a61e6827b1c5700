import { randomUUID } from 'node:crypto'
import type { Note } from '@attune/protocol'
import { isUuid } from './uuid.ts'
import type { Database, Queryable } from './db/database.ts'

type NoteRow = { id: string; conversation_id: string; author_id: string | null; author_name: string; text: string; created_at: Date | string }

const toNote = (row: NoteRow): Note => ({
  id: row.id,
  conversationId: row.conversation_id,
  // A member who left the store keeps their name on what they wrote.
  author: { id: row.author_id ?? '', name: row.author_name },
  text: row.text,
  at: new Date(row.created_at).toISOString(),
})

/** Whether the conversation is the store's: another store's looks exactly like a missing one. */
async function ours(db: Queryable, siteId: string, conversationId: string): Promise<boolean> {
  if (!isUuid(conversationId)) return false
  const [row] = await db.query('SELECT 1 FROM conversations WHERE id = $1 AND site_id = $2', [conversationId, siteId])
  return row !== undefined
}

/**
 * Private notes and tags (issue 14, decision 026). Notes live apart from the conversation's log:
 * nothing that reads the log (a visitor's stream and resume, transcripts, webhooks, the
 * shopper's export) can meet one. Each call names the store; null means "not this store's".
 */
export function createNotes(db: Database) {
  return {
    async add(siteId: string, conversationId: string, author: { id: string; name: string }, text: string): Promise<Note | null> {
      if (!(await ours(db, siteId, conversationId))) return null
      const [row] = await db.query<NoteRow>(
        `INSERT INTO notes (id, site_id, conversation_id, author_id, author_name, text) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id, conversation_id, author_id, author_name, text, created_at`,
        [randomUUID(), siteId, conversationId, author.id, author.name, text],
      )
      return toNote(row!)
    },

    /** Oldest first: the inbox merges them into the timeline by time. */
    async list(siteId: string, conversationId: string): Promise<Note[] | null> {
      if (!(await ours(db, siteId, conversationId))) return null
      const rows = await db.query<NoteRow>(
        `SELECT id, conversation_id, author_id, author_name, text, created_at FROM notes
         WHERE conversation_id = $1 ORDER BY created_at, id`,
        [conversationId],
      )
      return rows.map(toNote)
    },

    /** Every tag the store has used, by name. */
    async storeTags(siteId: string): Promise<string[]> {
      const rows = await db.query<{ name: string }>('SELECT name FROM tags WHERE site_id = $1 ORDER BY lower(name)', [siteId])
      return rows.map((r) => r.name)
    },

    /**
     * Replaces the conversation's tags with `names`, in order. A new name becomes one of the
     * store's tags (Intercom's way: tag as you go); one differing only in case is the same tag,
     * spelled as the store first wrote it. Returns the tags as stored.
     */
    async setTags(siteId: string, conversationId: string, names: readonly string[]): Promise<string[] | null> {
      const wanted = uniqueIgnoringCase(names)
      return db.transaction(async (tx) => {
        if (!(await ours(tx, siteId, conversationId))) return null
        for (const name of wanted) {
          await tx.query('INSERT INTO tags (id, site_id, name) VALUES ($1, $2, $3) ON CONFLICT (site_id, lower(name)) DO NOTHING', [
            randomUUID(),
            siteId,
            name,
          ])
        }
        const rows = await tx.query<{ id: string; name: string }>('SELECT id, name FROM tags WHERE site_id = $1 AND lower(name) = ANY($2::text[])', [
          siteId,
          wanted.map((n) => n.toLowerCase()),
        ])
        const byName = new Map(rows.map((r) => [r.name.toLowerCase(), r]))
        const ordered = wanted.map((n) => byName.get(n.toLowerCase())!)
        await tx.query('DELETE FROM conversation_tags WHERE conversation_id = $1', [conversationId])
        for (const [position, tag] of ordered.entries()) {
          await tx.query('INSERT INTO conversation_tags (conversation_id, tag_id, position) VALUES ($1, $2, $3)', [conversationId, tag.id, position])
        }
        return ordered.map((t) => t.name)
      })
    },
  }
}

function uniqueIgnoringCase(names: readonly string[]): string[] {
  const seen = new Set<string>()
  return names.filter((name) => {
    const key = name.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
