import { DEFAULT_SETTINGS, EmpathySettingsError, resolveSettings, type EmpathySettings } from '@attune/empathy'
import type { ConversationState } from '../conversation-rows.ts'
import type { Database } from '../db/database.ts'
import { log } from '../logger.ts'

/** What the check-in rules need of a conversation beyond its log. */
export type CheckInContext = {
  siteId: string
  visitorId: string
  status: 'open' | 'resolved'
  openedAt: number
  language: string | null
  optedOut: boolean
  settings: EmpathySettings
}

type Row = {
  site_id: string
  visitor_id: string
  status: 'open' | 'resolved'
  created_at: Date | string
  language: string | null
  checkin_override: Record<string, unknown>
  empathy_settings: Record<string, unknown>
  checkins_opted_out: boolean
}

export async function loadCheckInContext(db: Database, conversationId: string): Promise<CheckInContext | null> {
  const [row] = await db.query<Row>(
    `SELECT c.site_id, c.visitor_id, c.status, c.created_at, c.language, c.checkin_override,
            s.empathy_settings, v.checkins_opted_out
     FROM conversations c JOIN sites s ON s.id = c.site_id JOIN visitors v ON v.id = c.visitor_id
     WHERE c.id = $1`,
    [conversationId],
  )
  if (!row) return null
  return {
    siteId: row.site_id,
    visitorId: row.visitor_id,
    status: row.status,
    openedAt: new Date(row.created_at).getTime(),
    language: row.language,
    optedOut: row.checkins_opted_out,
    settings: settingsOf(row.empathy_settings, row.checkin_override),
  }
}

/** The rules' context of a conversation kept in memory (active-conversations.ts). */
export function contextOf(state: ConversationState): CheckInContext {
  const { record } = state
  return {
    siteId: record.siteId,
    visitorId: record.visitorId,
    status: record.status,
    openedAt: state.openedAt,
    language: state.language,
    optedOut: state.optedOut,
    settings: settingsOf(state.empathySettings, state.checkinOverride),
  }
}

/**
 * The store's settings with the page's override. Stored settings were validated when saved; if
 * an older row no longer validates the chat still works, on the defaults, and says so.
 */
export function settingsOf(site: Record<string, unknown>, override: Record<string, unknown>): EmpathySettings {
  try {
    return resolveSettings(site, override)
  } catch (error) {
    if (!(error instanceof EmpathySettingsError)) throw error
    log.warn({ err: error }, 'stored check-in settings are invalid; using the defaults')
    return DEFAULT_SETTINGS
  }
}
