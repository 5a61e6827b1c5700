import {
  conversationRecord,
  filterRecords,
  groupByDay,
  moodChange,
  returningTrend,
  summarize,
  type ConversationRecord,
  type RecordFilter,
} from '@attune/empathy'
import type { ComplaintRisk, InsightsResponse } from '@attune/protocol'
import type { Database } from '../db/database.ts'
import type { ConversationLog } from '../log.ts'

/** The query as the figures use it (the wire's InsightsQuery, parsed into instants). */
export type InsightsRange = {
  /** Inclusive, ms since the epoch. */
  from: number
  /** Exclusive, ms since the epoch. */
  to: number
  /** The zone `from` and `to` are midnights in, and the days are grouped in (insights-range.ts). */
  timeZone: string
  filter: RecordFilter
}

type Row = { id: string; visitor_id: string; created_at: Date | string; language: string | null; agent_id: string | null; acted_note: string | null }

/** BCP 47 down to its language: `th-TH` and `th` are one market in the figures. */
function primaryLanguage(tag: string | null): string {
  return (tag ?? 'und').split(/[-_]/)[0]!.toLowerCase() || 'und'
}

/** The store's conversations started in the range, each as the flat record insights use. */
export async function loadRecords(
  db: Database,
  log: ConversationLog,
  siteId: string,
  from: number,
  to: number,
): Promise<{ records: ConversationRecord[]; visitorOf: Map<string, string> }> {
  // The agent of a conversation is the first one who answered in it.
  const rows = await db.query<Row>(
    `SELECT c.id, c.visitor_id, c.created_at, COALESCE(c.empathy->>'language', c.language) AS language,
            (SELECT e.author_id FROM events e WHERE e.conversation_id = c.id AND e.author_role = 'agent'
             ORDER BY e.seq LIMIT 1) AS agent_id,
            (SELECT f.note FROM feedback_actions f WHERE f.conversation_id = c.id) AS acted_note
     FROM conversations c
     WHERE c.site_id = $1 AND c.created_at >= $2 AND c.created_at < $3
     ORDER BY c.created_at`,
    [siteId, new Date(from), new Date(to)],
  )
  const logs = await log.checkInsOf(rows.map((r) => r.id))
  const visitorOf = new Map(rows.map((r) => [r.id, r.visitor_id]))
  const cues = await complaintCuesOf(
    db,
    siteId,
    rows.map((r) => r.id),
  )
  const records = rows.map((row) =>
    conversationRecord(logs.get(row.id) ?? [], {
      id: row.id,
      startedAt: new Date(row.created_at).toISOString(),
      language: primaryLanguage(row.language),
      agentId: row.agent_id,
      visitorId: row.visitor_id,
      complaintCues: cues.get(row.id) ?? 0,
      actedOnNote: row.acted_note,
    }),
  )
  return { records, visitorOf }
}

/** How many shopper messages of each conversation threatened a public complaint (empathy/complaints.ts). */
async function complaintCuesOf(db: Database, siteId: string, ids: readonly string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map()
  const rows = await db.query<{ conversation_id: string; n: number | string }>(
    'SELECT conversation_id, count(*) AS n FROM complaint_cues WHERE site_id = $1 AND conversation_id = ANY($2::uuid[]) GROUP BY conversation_id',
    [siteId, ids],
  )
  return new Map(rows.map((r) => [r.conversation_id, Number(r.n)]))
}

/** Public-complaint risk over the records: messages, and the conversations that had any, newest first. */
function complaintRisk(records: readonly ConversationRecord[]): ComplaintRisk {
  const flagged = records.filter((r) => (r.complaintCues ?? 0) > 0).reverse()
  return {
    messages: records.reduce((sum, r) => sum + (r.complaintCues ?? 0), 0),
    conversations: flagged.length,
    conversationIds: flagged.map((r) => r.id),
  }
}

/** The whole insights answer: figures, figures per day, each conversation, and filter options. */
export async function insights(
  db: Database,
  log: ConversationLog,
  siteId: string,
  query: InsightsRange,
): Promise<{ records: ConversationRecord[]; body: InsightsResponse }> {
  const { records: all, visitorOf } = await loadRecords(db, log, siteId, query.from, query.to)
  const records = filterRecords(all, query.filter)
  const agents = await db.query<{ id: string; name: string }>(
    'SELECT p.id, p.name FROM people p JOIN memberships m ON m.person_id = p.id WHERE m.site_id = $1 ORDER BY p.name',
    [siteId],
  )
  const distinct = (pick: (r: ConversationRecord) => string | null) => [...new Set(all.map(pick).filter((x): x is string => x !== null))].sort()
  return {
    records,
    body: {
      range: { from: new Date(query.from).toISOString(), to: new Date(query.to).toISOString(), timeZone: query.timeZone },
      summary: summarize(records),
      byDay: groupByDay(records, query.timeZone),
      returning: returningTrend(
        records.flatMap((r) => (r.visitorId ? [{ ...r, visitorId: r.visitorId }] : [])),
        query.timeZone,
      ),
      complaints: complaintRisk(records),
      conversations: records.map((r) => ({
        id: r.id,
        visitorId: visitorOf.get(r.id) ?? null,
        startedAt: r.startedAt,
        language: r.language,
        topic: r.topic,
        reason: r.reason,
        agentId: r.agentId,
        moodBefore: r.moodBefore,
        moodAfter: r.moodAfter,
        change: moodChange(r),
        resolved: r.resolved,
        understood: r.understood,
      })),
      options: { topics: distinct((r) => r.topic), reasons: distinct((r) => r.reason), languages: distinct((r) => r.language), agents },
    },
  }
}
