import { createHash, randomBytes } from 'node:crypto'
import type { Database } from '../db/database.ts'

export const SESSION_COOKIE = 'attune_session'
export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000

export type SessionAgent = { id: string; siteId: string; siteKey: string; name: string; email: string }

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
    /** Opens a session and returns the raw token (to put in the cookie, never stored). */
    async create(agentId: string): Promise<string> {
      const token = randomBytes(32).toString('base64url')
      await db.query('INSERT INTO agent_sessions (token_hash, agent_id, expires_at) VALUES ($1, $2, $3)', [
        hashToken(token),
        agentId,
        new Date(now() + SESSION_TTL_MS).toISOString(),
      ])
      return token
    },

    /** The agent behind a live session token, or null (unknown, expired, or missing). */
    async find(token: string | undefined): Promise<SessionAgent | null> {
      if (!token) return null
      const rows = await db.query<{ id: string; site_id: string; site_key: string; name: string; email: string }>(
        `SELECT a.id, a.site_id, st.key AS site_key, a.name, a.email
         FROM agent_sessions s JOIN agents a ON a.id = s.agent_id JOIN sites st ON st.id = a.site_id
         WHERE s.token_hash = $1 AND s.expires_at > $2`,
        [hashToken(token), new Date(now()).toISOString()],
      )
      const row = rows[0]
      return row ? { id: row.id, siteId: row.site_id, siteKey: row.site_key, name: row.name, email: row.email } : null
    },

    async destroy(token: string | undefined): Promise<void> {
      if (!token) return
      await db.query('DELETE FROM agent_sessions WHERE token_hash = $1', [hashToken(token)])
    },
  }
}

export type Sessions = ReturnType<typeof createSessions>
