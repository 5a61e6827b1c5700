import type { AssignmentSettings } from '@attune/protocol'
import { lockFor, type Database, type Queryable } from '../db/database.ts'
import { chooseAssignee } from './assignment-rules.ts'

/**
 * How long "nobody here can take it" is believed (issue 12). At a busy hour every agent online is
 * at their limit and each waiting shopper's message asked the database the team's loads again, four
 * statements a message; now a store's next look waits this long, or until someone comes or goes.
 * An agent who just finished a conversation is handed a waiting one at most this much later.
 */
const NOBODY_FREE_MS = 1_000

/** A change of assignee: to `to` (null: "Unassigned") while `heldBy` holds it (null: nobody; undefined: whoever). */
type Move = { siteId: string; conversationId: string; to: string | null; heldBy: string | null | undefined; transfer?: object | null }

/**
 * Gives the open conversation to its new assignee if it is still held as the move expects: one
 * conditional UPDATE, so of two people acting at once exactly one wins. True when it changed.
 */
export async function moveAssignee(q: Queryable, { siteId, conversationId, to, heldBy, transfer = null }: Move): Promise<boolean> {
  const rows = await q.query(
    `UPDATE conversations SET assignee_id = $3, transfer = $4::jsonb
     WHERE id = $1 AND site_id = $2 AND status = 'open'
       AND ($5 OR assignee_id IS NOT DISTINCT FROM $6::uuid) RETURNING id`,
    [conversationId, siteId, to, transfer ? JSON.stringify(transfer) : null, heldBy === undefined, heldBy ?? null],
  )
  return rows.length > 0
}

/** A conversation up for handing out, held by `held` (null: nobody), and what decides where it goes. */
export type Look = {
  siteId: string
  conversationId: string
  held: string | null
  settings: AssignmentSettings
  /** The members online now; only the agents among them are handed conversations. */
  online: readonly string[]
  upset: boolean
}

/** Where a hand-out moved the conversation: `to` someone, or null back to "Unassigned". */
export type HandedOut = { to: string | null }

/**
 * The automatic hand-out (decision 024): who of those online gets a conversation by the store's
 * mode and limit, and the UPDATE that gives it to them — or, when nobody can, back to
 * "Unassigned" from an assignee who is not there.
 */
export function createHandOut(db: Database, now: () => number) {
  /** Per store, who was online when its last look handed nothing out, and when (NOBODY_FREE_MS). */
  const nobodyFree = new Map<string, { online: string; at: number }>()

  /** Nobody to choose from: manual mode, nobody online (the common case at night), or nobody free a moment ago. */
  function nobodyToChoose({ siteId, settings, online }: Look): boolean {
    if (settings.mode === 'manual' || online.length === 0) return true
    const lastLook = nobodyFree.get(siteId)
    return lastLook?.online === online.join(' ') && now() - lastLook.at < NOBODY_FREE_MS
  }

  /** Who of those online is handed it, from the team's loads as `q` reads them; null: nobody has room. */
  async function choose(q: Queryable, { siteId, settings, online, upset }: Look): Promise<string | null> {
    // One read while the lock is held: each agent's open conversations, and who was given the
    // store's last one (round robin goes on after them). A store without agents gives one row, id null.
    const rows = await q.query<{ id: string | null; open: number; last: string | null }>(
      `SELECT m.person_id AS id, s.assignment_last AS last,
         (SELECT count(*)::int FROM conversations c WHERE c.site_id = s.id AND c.status = 'open' AND c.assignee_id = m.person_id) AS open
       FROM sites s LEFT JOIN memberships m ON m.site_id = s.id AND m.role = 'agent' WHERE s.id = $1`,
      [siteId],
    )
    const openBy = new Map(rows.map((r) => [r.id, Number(r.open)]))
    const chosen = chooseAssignee({
      ...settings,
      // Conversations are handed out to the agents; managers and up see them all and take or assign.
      online: online.filter((id) => openBy.has(id)).map((id) => ({ id, open: openBy.get(id) ?? 0 })),
      last: rows[0]?.last ?? null,
      upset,
    })
    if (chosen) nobodyFree.delete(siteId)
    else nobodyFree.set(siteId, { online: online.join(' '), at: now() })
    return chosen
  }

  async function move(q: Queryable, look: Look, to: string | null): Promise<HandedOut | null> {
    const moved = await moveAssignee(q, { siteId: look.siteId, conversationId: look.conversationId, to, heldBy: look.held })
    return moved ? { to } : null
  }

  /**
   * Hands the conversation out; null when it stayed as it was (nobody free for an unassigned one,
   * or a take, an assign or another process's hand-on came first: only from `held` does it move).
   *
   * The look and its UPDATE run under the store's advisory lock (lockFor), one at a time across
   * every process. Without it, two processes each read an agent at limit − 1 and each gave them a
   * conversation. A single conditional UPDATE (`… AND (SELECT count(*) …) < limit`) is not enough:
   * under READ COMMITTED two of them, on different conversations, each count from a snapshot taken
   * before the other committed. A statement begun after the lock sees the hand-out that held it.
   * Take, assign and transfer take no lock: a person's choice is not bound by the limit.
   */
  async function handOut(look: Look): Promise<HandedOut | null> {
    if (nobodyToChoose(look)) return look.held === null ? null : move(db, look, null)
    return db.transaction(async (tx) => {
      await lockFor(tx, `assignment:${look.siteId}`)
      const chosen = await choose(tx, look)
      if (chosen === null && look.held === null) return null
      const moved = await move(tx, look, chosen)
      if (moved && chosen) await tx.query('UPDATE sites SET assignment_last = $2 WHERE id = $1', [look.siteId, chosen])
      return moved
    })
  }

  return {
    handOut,
    /** The store's team or settings changed: its next look reads the loads again. */
    forget: (siteId: string) => nobodyFree.delete(siteId),
  }
}
