import { createHash, randomBytes, randomUUID } from 'node:crypto'
import type { Role } from '@attune/protocol'
import type { Database, Queryable } from '../db/database.ts'
import { createMailQueue } from '../mail/queue.ts'
import { AccountError } from './errors.ts'
import { cleanEmail, createPeople } from './people.ts'

/** How long an invitation link works. */
export const INVITE_TTL_MS = 48 * 60 * 60 * 1000

export type InviteRecord = { id: string; email: string; role: Exclude<Role, 'owner'>; expiresAt: string }
type InviteRow = { id: string; site_id: string; email: string; role: Exclude<Role, 'owner'>; expires_at: string | Date; accepted_at: unknown }

/**
 * Whether a password is the account's. The caller proves it under the sign-in throttle: an
 * invitation to someone's address must be no way to guess their password past the lockout.
 */
export type PasswordProof = (email: string, password: string) => Promise<boolean>

// Only the hash is stored, as with sessions: a copy of the database hands out no invitations. The
// link itself waits in the mail queue only until it is sent (mail/queue.ts forgets sent bodies),
// and an invitation that ends unsent takes its mail with it (see withdrawMail).
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
const iso = (value: string | Date) => new Date(value).toISOString()
const toInvite = (r: InviteRow): InviteRecord => ({ id: r.id, email: r.email, role: r.role, expiresAt: iso(r.expires_at) })

/** One-time invitation links to join a store's team. */
export function createInvites(db: Database, now: () => number = Date.now) {
  const people = createPeople(db)
  const mail = createMailQueue(db, now)
  /** Drops the invitation mail to this address not sent yet: its link works no more, so it must not go out. */
  const withdrawMail = (tx: Queryable, siteId: string, email: string) => mail.withdraw(tx, { kind: 'invite', siteId }, email)

  /** A live invitation by its token; expired and used ones are refused with `expired`. */
  async function live(token: string): Promise<InviteRow & { store_name: string }> {
    const [row] = await db.query<InviteRow & { store_name: string }>(
      `SELECT i.id, i.site_id, i.email, i.role, i.expires_at, i.accepted_at, s.name AS store_name
       FROM invites i JOIN sites s ON s.id = i.site_id WHERE i.token_hash = $1`,
      [hashToken(token)],
    )
    if (!row) throw new AccountError('not_found', 'This invitation link is not valid. Ask for a new one.')
    if (row.accepted_at || new Date(row.expires_at).getTime() <= now()) {
      throw new AccountError('expired', 'This invitation link was used or has expired. Ask for a new one.')
    }
    return row
  }

  return {
    /** Creates an invitation and returns its raw token (shown once, in the link). */
    async create(siteId: string, input: { email: string; role: Exclude<Role, 'owner'>; invitedBy: string | null }) {
      const email = cleanEmail(input.email)
      const [member] = await db.query(
        'SELECT 1 FROM memberships m JOIN people p ON p.id = m.person_id WHERE m.site_id = $1 AND lower(p.email) = $2',
        [siteId, email],
      )
      if (member) throw new AccountError('conflict', `${email} is on the team already.`)
      const token = randomBytes(32).toString('base64url')
      const invite: InviteRecord = { id: randomUUID(), email, role: input.role, expiresAt: new Date(now() + INVITE_TTL_MS).toISOString() }
      // A new invitation to the same address replaces the old one, so only the latest link works.
      await db.transaction(async (tx) => {
        await tx.query('DELETE FROM invites WHERE site_id = $1 AND email = $2 AND accepted_at IS NULL', [siteId, email])
        await withdrawMail(tx, siteId, email)
        await tx.query('INSERT INTO invites (id, token_hash, site_id, email, role, invited_by, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
          invite.id,
          hashToken(token),
          siteId,
          email,
          invite.role,
          input.invitedBy,
          invite.expiresAt,
        ])
      })
      return { invite, token }
    },

    /** Invitations not yet accepted nor expired. */
    async pending(siteId: string): Promise<InviteRecord[]> {
      const rows = await db.query<InviteRow>(
        'SELECT id, site_id, email, role, expires_at, accepted_at FROM invites WHERE site_id = $1 AND accepted_at IS NULL AND expires_at > $2 ORDER BY created_at',
        [siteId, new Date(now()).toISOString()],
      )
      return rows.map(toInvite)
    },

    async revoke(siteId: string, inviteId: string): Promise<void> {
      await db.transaction(async (tx) => {
        const [row] = await tx.query<{ email: string }>(
          'DELETE FROM invites WHERE site_id = $1 AND id::text = $2 AND accepted_at IS NULL RETURNING email',
          [siteId, inviteId],
        )
        if (!row) throw new AccountError('not_found', 'No such invitation.')
        await withdrawMail(tx, siteId, row.email)
      })
    },

    /** What the accept page shows. */
    async lookup(token: string) {
      const row = await live(token)
      return { storeName: row.store_name, email: row.email, role: row.role, hasAccount: (await people.byEmail(row.email)) !== null }
    },

    /**
     * Accepts: a new person is created with the given name and password; someone who has an
     * account already proves it with their password. Either way they join with the invited role.
     */
    async accept(
      token: string,
      input: { name?: string | undefined; password: string },
      proves: PasswordProof,
    ): Promise<{ personId: string; siteId: string }> {
      const row = await live(token)
      const existing = await people.byEmail(row.email)
      if (existing && !(await proves(existing.email, input.password))) {
        throw new AccountError('forbidden', `${row.email} has an account already: enter its password to join.`)
      }
      return db.transaction(async (tx) => {
        const used = await tx.query('UPDATE invites SET accepted_at = now() WHERE id = $1 AND accepted_at IS NULL RETURNING id', [row.id])
        if (!used.length) throw new AccountError('expired', 'This invitation link was used already.')
        const person = existing ?? (await people.create({ email: row.email, name: input.name ?? '', password: input.password }, tx))
        await people.join(row.site_id, person.id, row.role, tx)
        await withdrawMail(tx, row.site_id, row.email)
        return { personId: person.id, siteId: row.site_id }
      })
    },
  }
}

export type Invites = ReturnType<typeof createInvites>
