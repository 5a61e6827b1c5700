import { randomBytes, randomUUID } from 'node:crypto'
import type { ConversationEvent } from '@attune/protocol'
import type { Database } from './db/database.ts'
import type { ConversationLog } from './log.ts'
import { answerHandoff } from './team/answered-handoffs.ts'

type VisitorRow = { id: string; external_id: string | null }

export type IdentifyResult = {
  visitorId: string
  /** A conversation closed to make room (one open conversation per shopper), to announce. */
  closed: { conversationId: string; event: ConversationEvent } | null
}

/** Gives every store an identity secret (for `identify`) the first time the server sees it. */
export async function ensureIdentitySecrets(db: Database): Promise<void> {
  const sites = await db.query<{ id: string }>('SELECT id FROM sites WHERE identity_secret IS NULL')
  for (const site of sites) {
    await db.query('UPDATE sites SET identity_secret = $2 WHERE id = $1 AND identity_secret IS NULL', [site.id, randomBytes(32).toString('hex')])
  }
}

/**
 * Every table with a shopper's rows (a `visitor_id`). Signing in on a device merges its shopper
 * into the known one, and each row moves before the device's shopper is deleted: a follow-up, a
 * manager's "acted on" and a queued reply mail used to cascade away with it.
 */
export const ROWS_OF_A_SHOPPER = ['conversations', 'follow_ups', 'feedback_actions', 'mail_queue'] as const

/** Who closes the conversation a merge makes room for: Attune, never a person. */
const MERGE_CLOSER = { role: 'system', id: 'attune' } as const

/**
 * Whether `event` is a merge's close of the account's older conversation (below): bookkeeping, not
 * the end of a chat: nobody is asked how it went. Its webhook says Attune closed it (`by` system).
 */
export function isMergeClose(event: ConversationEvent): boolean {
  return event.kind === 'conversation.resolved' && event.author.role === MERGE_CLOSER.role && event.author.id === MERGE_CLOSER.id
}

/**
 * Makes the session's visitor the store's user `externalId`:
 * - an anonymous visitor with no known account claims the id;
 * - an anonymous visitor whose account is known is merged into it (its rows move; if both
 *   had an open conversation, the account's older one is resolved: the chat on screen goes on);
 * - a visitor already signed in as someone else switches to that person, merging nothing.
 */
export async function identifyVisitor(
  db: Database,
  log: ConversationLog,
  siteId: string,
  currentId: string,
  externalId: string,
  profile: { name?: string; email?: string },
): Promise<IdentifyResult> {
  const [current] = await db.query<VisitorRow>('SELECT id, external_id FROM visitors WHERE id = $1', [currentId])
  const [known] = await db.query<VisitorRow>('SELECT id, external_id FROM visitors WHERE site_id = $1 AND external_id = $2', [siteId, externalId])
  const touch = (id: string) =>
    db.query('UPDATE visitors SET name = COALESCE($2, name), email = COALESCE($3, email), last_seen_at = now() WHERE id = $1', [
      id,
      profile.name ?? null,
      profile.email ?? null,
    ])

  if (known?.id === currentId) {
    await touch(currentId)
    return { visitorId: currentId, closed: null }
  }
  if (!current || current.external_id !== null) {
    // Someone else was signed in on this device: never merge two people.
    const id = known?.id ?? randomUUID()
    if (!known) await db.query('INSERT INTO visitors (id, site_id, external_id) VALUES ($1, $2, $3)', [id, siteId, externalId])
    await touch(id)
    return { visitorId: id, closed: null }
  }
  if (!known) {
    await db.query('UPDATE visitors SET external_id = $2 WHERE id = $1', [currentId, externalId])
    await touch(currentId)
    return { visitorId: currentId, closed: null }
  }

  let closed: IdentifyResult['closed'] = null
  const open = await db.query<{ id: string; visitor_id: string }>(
    `SELECT id, visitor_id FROM conversations WHERE visitor_id = ANY($1::uuid[]) AND status = 'open'`,
    [[currentId, known.id]],
  )
  const older = open.length === 2 ? open.find((c) => c.visitor_id === known.id) : undefined
  if (older) {
    const { event } = await log.append(
      older.id,
      { kind: 'conversation.resolved', author: MERGE_CLOSER, clientId: `merged:${currentId}`, body: {} },
      {
        // Ended, as a resolve ends it: a hand-off to the managers it had is answered too.
        effects: async (tx) => {
          await tx.query(`UPDATE conversations SET status = 'resolved', waiting_since = NULL WHERE id = $1`, [older.id])
          await answerHandoff(tx, undefined, { conversationId: older.id, by: null })
        },
      },
    )
    closed = { conversationId: older.id, event }
  }
  await db.transaction(async (tx) => {
    for (const table of ROWS_OF_A_SHOPPER) {
      await tx.query(`UPDATE ${table} SET visitor_id = $2 WHERE visitor_id = $1`, [currentId, known.id])
    }
    // Their files too (an uploader is a text id, no foreign key): the account's export lists
    // them, and erasing the account takes them.
    await tx.query(`UPDATE uploads SET uploader_id = $2 WHERE uploader_role = 'visitor' AND uploader_id = $1`, [currentId, known.id])
    // What was asked on this device for less contact holds for the account: no more mail, no more
    // check-ins. Never an address to mail replies to: on a shared device it may be a stranger's,
    // who would get the account's replies and their links back into its chats.
    await tx.query(
      `UPDATE visitors AS k SET mail_unsubscribed_at = COALESCE(k.mail_unsubscribed_at, d.mail_unsubscribed_at),
              checkins_opted_out = k.checkins_opted_out OR d.checkins_opted_out
         FROM visitors AS d WHERE k.id = $2 AND d.id = $1`,
      [currentId, known.id],
    )
    await tx.query('DELETE FROM visitors WHERE id = $1', [currentId])
  })
  await touch(known.id)
  return { visitorId: known.id, closed }
}
