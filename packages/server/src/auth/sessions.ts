import { createHash, randomBytes } from 'node:crypto'
import type { Role } from '@attune/protocol'
import type { Database } from '../db/database.ts'

export const SESSION_COOKIE = 'attune_session'
const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000

/** Who is behind a session cookie, in the store the session works in now. */
export type SessionAgent = {
  id: string
  name: string
  email: string
  siteId: string
  siteKey: string
  role: Role
  /** The session's own id (its token's hash): revoking it closes this session's sockets. */
  sessionId: string
}

/** Where a live session stands now: the store it works in, and its person's role there (null: off that store's team). */
export type SessionStanding = { siteId: string; role: Role | null }

// Only the hash is stored: a leaked database (or backup) does not hand out live sessions.
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The Set-Cookie value for a session token; HttpOnly keeps it from page scripts. */
export function sessionCookie(token: string, secure = false): string {
  const attrs = [`${SESSION_COOKIE}=${token}`, 'HttpOnly', 'SameSite=Lax', 'Path=/', `Max-Age=${SESSION_TTL_MS / 1000}`]
  if (secure) attrs.push('Secure')
  return attrs.join('; ')
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`
}

/** Reads one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq < 0) continue
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim()
  }
  return undefined
}

export function createSessions(db: Database, now: () => number = Date.now) {
  return {
    /** Opens a session in one of the person's stores and returns the raw token (never stored). */
    async create(personId: string, siteId: string): Promise<string> {
      const token = randomBytes(32).toString('base64url')
      await db.query('INSERT INTO sessions (token_hash, person_id, site_id, expires_at) VALUES ($1, $2, $3, $4)', [
        hashToken(token),
        personId,
        siteId,
        new Date(now() + SESSION_TTL_MS).toISOString(),
      ])
      return token
    },

    /**
     * The person behind a live session token, with their role in the session's store; null when
     * the token is unknown or expired, or the person is no longer on that store's team.
     */
    async find(token: string | undefined): Promise<SessionAgent | null> {
      if (!token) return null
      const sessionId = hashToken(token)
      const [row] = await db.query<{ id: string; site_id: string; site_key: string; name: string; email: string; role: Role }>(
        `SELECT p.id, s.site_id, st.key AS site_key, p.name, p.email, m.role
         FROM sessions s
         JOIN people p ON p.id = s.person_id
         JOIN memberships m ON m.person_id = s.person_id AND m.site_id = s.site_id
         JOIN sites st ON st.id = s.site_id
         WHERE s.token_hash = $1 AND s.expires_at > $2`,
        [sessionId, new Date(now()).toISOString()],
      )
      return row ? { id: row.id, siteId: row.site_id, siteKey: row.site_key, name: row.name, email: row.email, role: row.role, sessionId } : null
    },

    /**
     * Where each of these sessions stands now, in one read however many they are (open inboxes
     * checked again: gateway/inbox-recheck.ts). A session missing from the answer is over:
     * signed out, ended, expired, or its store deleted.
     */
    async standings(sessionIds: readonly string[]): Promise<Map<string, SessionStanding>> {
      const rows = await db.query<{ token_hash: string; site_id: string; role: Role | null }>(
        `SELECT s.token_hash, s.site_id, m.role
         FROM sessions s
         LEFT JOIN memberships m ON m.person_id = s.person_id AND m.site_id = s.site_id
         WHERE s.token_hash = ANY($1::text[]) AND s.expires_at > $2`,
        [sessionIds, new Date(now()).toISOString()],
      )
      return new Map(rows.map((row) => [row.token_hash, { siteId: row.site_id, role: row.role }]))
    },

    /** Moves a session to another store of its person's (the caller checked the membership). */
    async switchStore(sessionId: string, siteId: string): Promise<void> {
      await db.query('UPDATE sessions SET site_id = $2 WHERE token_hash = $1', [sessionId, siteId])
    },

    async destroy(token: string | undefined): Promise<void> {
      if (!token) return
      await db.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)])
    },

    /** Ends every session of a person (a password change keeps the one it was made from). */
    async destroyAll(personId: string, keepSessionId?: string): Promise<void> {
      await db.query('DELETE FROM sessions WHERE person_id = $1 AND token_hash <> $2', [personId, keepSessionId ?? ''])
    },

    /** Removes expired sessions; run now and then. */
    async purgeExpired(): Promise<number> {
      const rows = await db.query('DELETE FROM sessions WHERE expires_at <= $1 RETURNING 1', [new Date(now()).toISOString()])
      return rows.length
    },
  }
}

export type Sessions = ReturnType<typeof createSessions>
