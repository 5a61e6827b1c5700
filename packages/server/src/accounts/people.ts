import { randomBytes, randomUUID } from 'node:crypto'
import { PASSWORD_MIN_LENGTH, type Preferences, type PreferencesUpdate, type Role } from '@attune/protocol'
import { hashPassword } from '../auth/password.ts'
import type { Database, Queryable } from '../db/database.ts'
import { TAKES_HANDOFFS } from '../team/kept-notices.ts'
import { AccountError } from './errors.ts'
import { isUuid } from '../uuid.ts'

/** Someone who is not a member of the store: an id of another store's person, or no person's. */
const notOnTeam = () => new AccountError('not_found', 'That person is not on this team.')

// The statements that change or remove a member refuse the owner themselves: a check read before
// them raced a transfer that made this person owner meanwhile, and the store was left without one.
const NOT_OWNER = `role <> 'owner'`

export type PersonRecord = { id: string; email: string; name: string; passwordHash: string }
export type MemberRecord = { id: string; email: string; name: string; role: Role }
export type MembershipRecord = { siteId: string; siteKey: string; name: string; role: Role }

type PersonRow = { id: string; email: string; name: string; password_hash: string }
type PreferenceRow = { thai_voice: Preferences['thaiVoice']; language: Preferences['language']; sound: boolean }
const toPreferences = (r: PreferenceRow): Preferences => ({ thaiVoice: r.thai_voice, language: r.language, sound: r.sound })
const toPerson = (r: PersonRow): PersonRecord => ({ id: r.id, email: r.email, name: r.name, passwordHash: r.password_hash })

/** A password for someone who did not choose one: 16 random bytes, printed once. */
export const generatePassword = () => randomBytes(16).toString('base64url')

function checkNewPassword(password: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) throw new AccountError('bad_request', `A password has at least ${PASSWORD_MIN_LENGTH} characters.`)
  if (password.length > 1024) throw new AccountError('bad_request', 'A password is at most 1024 characters.')
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
export function cleanEmail(email: string): string {
  const clean = email.trim().toLowerCase()
  if (!EMAIL.test(clean) || clean.length > 320) throw new AccountError('bad_request', `"${email}" is not an email address.`)
  return clean
}

/** People (who sign in) and their memberships (a role in a store). */
export function createPeople(db: Database) {
  return {
    async byEmail(email: string, tx: Queryable = db): Promise<PersonRecord | null> {
      const [row] = await tx.query<PersonRow>('SELECT id, email, name, password_hash FROM people WHERE lower(email) = lower($1)', [email.trim()])
      return row ? toPerson(row) : null
    },

    async byId(id: string): Promise<PersonRecord | null> {
      const [row] = await db.query<PersonRow>('SELECT id, email, name, password_hash FROM people WHERE id = $1', [id])
      return row ? toPerson(row) : null
    },

    /** A new person; the email must be free. */
    async create(input: { email: string; name: string; password: string }, tx: Queryable = db): Promise<PersonRecord> {
      checkNewPassword(input.password)
      const email = cleanEmail(input.email)
      const name = input.name.trim() || email.split('@')[0]!
      if (await this.byEmail(email, tx)) throw new AccountError('conflict', `${email} has an account already.`)
      const person = { id: randomUUID(), email, name: name.slice(0, 100), passwordHash: await hashPassword(input.password) }
      await tx.query('INSERT INTO people (id, email, name, password_hash) VALUES ($1, $2, $3, $4)', [
        person.id,
        person.email,
        person.name,
        person.passwordHash,
      ])
      return person
    },

    /** One's own choices (Preferences), kept with the account in every store. */
    async preferences(personId: string): Promise<Preferences> {
      const [row] = await db.query<PreferenceRow>('SELECT thai_voice, language, sound FROM people WHERE id = $1', [personId])
      if (!row) throw new AccountError('not_found', 'No such person.')
      return toPreferences(row)
    },

    /** Changes the choices given, keeps the others, and answers them all. */
    async setPreferences(personId: string, update: PreferencesUpdate): Promise<Preferences> {
      // COALESCE keeps a choice left out; language may be set back to null (the browser's), so
      // whether it was given travels apart from its value.
      const [row] = await db.query<PreferenceRow>(
        `UPDATE people SET thai_voice = COALESCE($2, thai_voice), language = CASE WHEN $3 THEN $4 ELSE language END,
         sound = COALESCE($5, sound)
         WHERE id = $1 RETURNING thai_voice, language, sound`,
        [personId, update.thaiVoice ?? null, 'language' in update, update.language ?? null, update.sound ?? null],
      )
      if (!row) throw new AccountError('not_found', 'No such person.')
      return toPreferences(row)
    },

    async setPassword(personId: string, password: string): Promise<void> {
      checkNewPassword(password)
      const rows = await db.query('UPDATE people SET password_hash = $2 WHERE id = $1 RETURNING id', [personId, await hashPassword(password)])
      if (!rows.length) throw new AccountError('not_found', 'No such person.')
    },

    /** Adds a person to a store's team; one membership per person and store. */
    async join(siteId: string, personId: string, role: Role, tx: Queryable = db): Promise<void> {
      const rows = await tx.query(
        'INSERT INTO memberships (person_id, site_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING person_id',
        [personId, siteId, role],
      )
      if (!rows.length) throw new AccountError('conflict', 'That person is on the team already.')
    },

    async membership(siteId: string, personId: string): Promise<Role | null> {
      if (!isUuid(personId)) return null
      const [row] = await db.query<{ role: Role }>('SELECT role FROM memberships WHERE site_id = $1 AND person_id = $2', [siteId, personId])
      return row?.role ?? null
    },

    /** Every store the person belongs to, oldest membership first. */
    async memberships(personId: string): Promise<MembershipRecord[]> {
      const rows = await db.query<{ site_id: string; key: string; name: string; role: Role }>(
        `SELECT m.site_id, s.key, s.name, m.role FROM memberships m JOIN sites s ON s.id = m.site_id
         WHERE m.person_id = $1 ORDER BY m.created_at, s.key`,
        [personId],
      )
      return rows.map((r) => ({ siteId: r.site_id, siteKey: r.key, name: r.name, role: r.role }))
    },

    async members(siteId: string): Promise<MemberRecord[]> {
      const rows = await db.query<{ id: string; email: string; name: string; role: Role }>(
        `SELECT p.id, p.email, p.name, m.role FROM memberships m JOIN people p ON p.id = m.person_id
         WHERE m.site_id = $1 ORDER BY array_position(ARRAY['owner','admin','manager','agent'], m.role), p.name`,
        [siteId],
      )
      return rows
    },

    /**
     * Changes a member's role below owner; the owner's own role changes only by transfer. Someone
     * who no longer takes hand-offs loses the hand-off notices kept for their next inbox
     * (team/kept-notices.ts), in the same statement: a removal loses them with the membership.
     */
    async setRole(siteId: string, personId: string, role: Exclude<Role, 'owner'>): Promise<void> {
      if (!isUuid(personId)) throw notOnTeam()
      const changed = await db.query(
        `WITH changed AS (UPDATE memberships SET role = $3 WHERE site_id = $1 AND person_id = $2 AND ${NOT_OWNER} RETURNING person_id),
         forgotten AS (DELETE FROM handoff_notices WHERE site_id = $1 AND person_id IN (SELECT person_id FROM changed) AND NOT ($3::text = ANY ($4::text[])))
         SELECT 1 FROM changed`,
        [siteId, personId, role, TAKES_HANDOFFS],
      )
      if (changed.length) return
      if (!(await this.membership(siteId, personId))) throw notOnTeam()
      throw new AccountError('forbidden', 'The owner stays owner until they transfer the store.')
    },

    /**
     * Takes a person off a store's team and ends their sessions in it. The owner cannot be removed.
     * The open conversations they held go back to the team, unassigned: nobody may take one still
     * held by someone who is gone, and its shopper would wait for nobody. Answers their ids, for
     * the caller to announce (team/assignment.ts: `returned`, or `announceReturned` without presence).
     */
    async leave(siteId: string, personId: string): Promise<string[]> {
      if (!isUuid(personId)) throw notOnTeam()
      return db.transaction(async (tx) => {
        const removed = await tx.query(`DELETE FROM memberships WHERE site_id = $1 AND person_id = $2 AND ${NOT_OWNER} RETURNING 1`, [
          siteId,
          personId,
        ])
        if (!removed.length) {
          const [row] = await tx.query('SELECT 1 FROM memberships WHERE site_id = $1 AND person_id = $2', [siteId, personId])
          throw row ? new AccountError('forbidden', 'The owner cannot be removed; transfer the store first.') : notOnTeam()
        }
        await tx.query('DELETE FROM sessions WHERE site_id = $1 AND person_id = $2', [siteId, personId])
        // The note of a transfer was for them: the next assignee gets a note of their own.
        const held = await tx.query<{ id: string }>(
          `UPDATE conversations SET assignee_id = NULL, transfer = NULL
           WHERE site_id = $1 AND assignee_id = $2 AND status = 'open' RETURNING id`,
          [siteId, personId],
        )
        return held.map((row) => row.id)
      })
    },

    /** Hands the store to another member; the old owner becomes an admin. */
    async transferOwnership(siteId: string, toPersonId: string): Promise<{ from: string }> {
      if (!isUuid(toPersonId)) throw notOnTeam()
      return db.transaction(async (tx) => {
        const [owner] = await tx.query<{ person_id: string }>(`SELECT person_id FROM memberships WHERE site_id = $1 AND role = 'owner'`, [siteId])
        if (owner?.person_id === toPersonId) throw new AccountError('bad_request', 'That person owns the store already.')
        // The old owner steps down first (memberships_one_owner allows one). The new one is counted:
        // a member removed meanwhile is not found, and the rollback keeps the old owner.
        if (owner) await tx.query(`UPDATE memberships SET role = 'admin' WHERE site_id = $1 AND person_id = $2`, [siteId, owner.person_id])
        const promoted = await tx.query(`UPDATE memberships SET role = 'owner' WHERE site_id = $1 AND person_id = $2 RETURNING 1`, [
          siteId,
          toPersonId,
        ])
        if (!promoted.length) throw notOnTeam()
        return { from: owner?.person_id ?? '' }
      })
    },
  }
}

export type People = ReturnType<typeof createPeople>
