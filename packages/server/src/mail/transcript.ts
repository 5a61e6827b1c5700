import type { Queryable } from '../db/database.ts'
import { mailWords } from './catalog.ts'
import type { TranscriptLine } from './templates.ts'

type Row = { author_role: string; author_name: string | null; text: string | null; created_at: string | Date }

/** The messages of one conversation as lines a shopper reads: who (themselves as "You"), when (UTC), what. */
export async function transcriptLines(q: Queryable, conversationId: string, store: string, language: string | null): Promise<TranscriptLine[]> {
  const rows = await q.query<Row>(
    `SELECT author_role, author_name, body->>'text' AS text, created_at FROM events
     WHERE conversation_id = $1 AND kind = 'message' ORDER BY seq`,
    [conversationId],
  )
  const you = mailWords(language, store).you
  return rows
    .filter((r) => r.text?.trim())
    .map((r) => ({
      who: r.author_role === 'visitor' ? you : (r.author_name ?? store),
      text: r.text!,
      at: new Date(r.created_at).toISOString().slice(0, 16).replace('T', ' '),
    }))
}
