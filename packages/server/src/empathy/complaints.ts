import { detectFrustration, resolveSettings, type FrustrationCue } from '@attune/empathy'
import type { AlertFrame, ConversationEvent } from '@attune/protocol'
import { topics, type Bus } from '../bus.ts'
import type { Database } from '../db/database.ts'
import { log } from '../logger.ts'

/** The detector's reading of one message: its `complaint` cue, apart from how frustrated it sounds. */
const detectComplaint = (text: string): FrustrationCue | null => detectFrustration([text]).cues.find((cue) => cue.kind === 'complaint') ?? null

type Deps = { db: Database; bus: Bus }
type Facts = { name: string | null; settings: unknown }

/**
 * Public-complaint risk (issue 16). Every new shopper message is read on its own (the card's
 * signal reads the last few together, so a threat would linger there and alert again): one that
 * threatens a public review, social media or an authority is recorded once per message, for
 * Insights' count, and — unless the store switched `complaintAlerts` off — announced on the
 * store's alert topic, which only managers, admins and owners hear (Permission.ReceiveAlerts).
 */
export function createComplaintWatch({ db, bus }: Deps) {
  async function record(siteId: string, conversationId: string, seq: number, detail: string | null): Promise<boolean> {
    const rows = await db.query(
      `INSERT INTO complaint_cues (conversation_id, seq, site_id, detail) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING seq`,
      [conversationId, seq, siteId, detail],
    )
    return rows.length > 0
  }

  function alertsOn(settings: unknown): boolean {
    try {
      return resolveSettings(settings as Parameters<typeof resolveSettings>[0]).complaintAlerts
    } catch {
      // Settings the server stored were valid when saved; if not, alerting is the safe side.
      return true
    }
  }

  return {
    /** Reads a new event; resolves once any alert is published. Never throws: the message is already stored and acked. */
    async afterEvent(siteId: string, conversationId: string, event: ConversationEvent): Promise<void> {
      if (event.kind !== 'message' || event.author.role !== 'visitor') return
      try {
        await watch(siteId, conversationId, event)
      } catch (error) {
        log.error({ err: error }, 'complaint watch failed')
      }
    },
  }

  async function watch(siteId: string, conversationId: string, event: Extract<ConversationEvent, { kind: 'message' }>): Promise<void> {
    const cue = detectComplaint(event.text)
    if (!cue) return
    if (!(await record(siteId, conversationId, event.seq, cue.detail ?? null))) return
    const [facts] = await db.query<Facts>(
      `SELECT v.name, s.empathy_settings AS settings FROM conversations c
         JOIN visitors v ON v.id = c.visitor_id JOIN sites s ON s.id = c.site_id WHERE c.id = $1 AND c.site_id = $2`,
      [conversationId, siteId],
    )
    if (!facts || !alertsOn(facts.settings)) return
    const frame: AlertFrame = {
      type: 'alert',
      alert: { kind: 'complaint', conversationId, seq: event.seq, visitorName: facts.name, detail: cue.detail ?? null, at: event.at },
    }
    bus.publish(topics.alerts(siteId), frame)
  }
}

export type ComplaintWatch = ReturnType<typeof createComplaintWatch>
