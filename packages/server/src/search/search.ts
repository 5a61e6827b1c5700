import {
  SEARCH_PAGE_SIZE,
  type ConversationSearchQuery,
  type ConversationSearchResponse,
  type ConversationSummary,
  type SearchMatch,
  type SearchResult,
} from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { activeBefore, NEWEST_ACTIVITY_FIRST, seenBy } from '../conversation-rows.ts'
import { narrowedTo } from '../team/visible.ts'
import type { Conversations } from '../conversations.ts'
import type { Database } from '../db/database.ts'
import { decodeCursor, encodeCursor, type Cursor } from './cursor.ts'
import { containsPattern, needsSubstring, prefixQuery, searchTerms, snippetOf } from './terms.ts'

/**
 * The context attributes a store's page may name an order by (`Attune('update', { orderId })`):
 * there is no fixed name, so the common spellings are all searched.
 */
const ORDER_ATTRIBUTES = ['orderId', 'order_id', 'order', 'orderNumber', 'order_number'] as const

/** Messages people wrote to each other (check-ins and system lines are not; private notes are not events at all). */
const WRITTEN_MESSAGE = `e.kind = 'message' AND e.author_role IN ('visitor', 'agent')`

/**
 * The words of a message with each ASCII punctuation mark (by code point: ! to /, : to @, [ to `,
 * { to ~) made a space, so "shopmail" in jane@shopmail.com and "kettle" in …/p/blue-kettle are
 * words of their own: exactly the migration-30 index's expression, so the planner can use it.
 */
const MESSAGE_WORDS = `to_tsvector('simple', regexp_replace(e.body->>'text', '[!-/:-@[-\`{-~]', ' ', 'g'))`

type Row = {
  id: string
  cursor_at: string
  name: string | null
  email: string | null
  order_value: string | null
  text_hit: boolean
}

/** Builds a statement's parameter list; each call returns the placeholder of its value. */
function params() {
  const values: unknown[] = []
  return { values, add: (value: unknown) => (values.push(value), `$${values.length}`) }
}
type Params = ReturnType<typeof params>

/** Only conversations carrying the tag (any case: a store has one tag per name, decision 026). */
function taggedWith(tag: string | undefined, siteParam: string, p: Params): string {
  if (tag === undefined) return 'true'
  return `EXISTS (SELECT 1 FROM conversation_tags ct JOIN tags t ON t.id = ct.tag_id
                  WHERE ct.conversation_id = c.id AND t.site_id = ${siteParam} AND lower(t.name) = lower(${p.add(tag)}))`
}

/**
 * A written message (`e`) with every term: each word as a word's beginning through the full-text
 * index, and each other term (Thai, Lao and other scripts without spaces; order numbers, dates,
 * prices, emails, links) anywhere in the text. The two are ANDed, so a search with one plain word
 * is still narrowed by the index; an OR would keep the index from being used (decision 025).
 */
function messageHas(terms: readonly string[], p: Params): string {
  const words = prefixQuery(terms.filter((term) => !needsSubstring(term)))
  const substrings = terms.filter(needsSubstring)
  const conditions = [WRITTEN_MESSAGE]
  if (words !== null) conditions.push(`${MESSAGE_WORDS} @@ to_tsquery('simple', ${p.add(words)})`)
  if (substrings.length > 0) conditions.push(`(e.body->>'text') ILIKE ALL (${p.add(substrings.map(containsPattern))}::text[])`)
  return conditions.join(' AND ')
}

/** The store's conversations with a matching message, found once per search (a CTE joined in). */
function messageHits(terms: readonly string[], siteParam: string, p: Params): string {
  return `SELECT DISTINCT e.conversation_id FROM events e JOIN conversations sc ON sc.id = e.conversation_id
          WHERE sc.site_id = ${siteParam} AND ${messageHas(terms, p)}`
}

function orderValue(): string {
  return `COALESCE(${ORDER_ATTRIBUTES.map((key) => `v.context->'attributes'->>'${key}'`).join(', ')})`
}

/** One page of the store's conversations that match `query`, newest activity first. */
export async function searchConversations(
  db: Database,
  conversations: Conversations,
  agent: SessionAgent,
  query: ConversationSearchQuery,
): Promise<ConversationSearchResponse> {
  const p = params()
  const site = p.add(agent.siteId)
  const where = [`c.site_id = ${site}`, `v.site_id = ${site}`, seenBy(p.add(narrowedTo(agent))), taggedWith(query.tag, site, p)]
  if (query.status !== 'all') where.push(`c.status = ${p.add(query.status)}`)
  const cursor = query.before === undefined ? null : decodeCursor(query.before)
  if (cursor) where.push(activeBefore(`${p.add(cursor.at)}::timestamp AT TIME ZONE 'UTC'`, `${p.add(cursor.id)}::uuid`))

  const terms = searchTerms(query.q)
  const hits = query.q !== '' && terms.length > 0 ? messageHits(terms, site, p) : null
  if (query.q !== '') {
    const like = p.add(containsPattern(query.q))
    const people = `v.name ILIKE ${like} OR v.email ILIKE ${like} OR ${orderValue()} ILIKE ${like}`
    where.push(hits ? `(h.conversation_id IS NOT NULL OR ${people})` : `(${people})`)
  }
  const rows = await db.query<Row>(
    `${hits ? `WITH hits AS (${hits}) ` : ''}
     SELECT c.id, to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') AS cursor_at,
            v.name, v.email, ${orderValue()} AS order_value, ${hits ? 'h.conversation_id IS NOT NULL' : 'false'} AS text_hit
     FROM conversations c JOIN visitors v ON v.id = c.visitor_id
     ${hits ? 'LEFT JOIN hits h ON h.conversation_id = c.id' : ''}
     WHERE ${where.join(' AND ')}
     ORDER BY ${NEWEST_ACTIVITY_FIRST}, c.id DESC LIMIT ${p.add(SEARCH_PAGE_SIZE + 1)}`,
    p.values,
  )
  const page = rows.slice(0, SEARCH_PAGE_SIZE)
  const [summaries, texts] = await Promise.all([
    conversations.summariesOf(page.map((r) => r.id)),
    newestMatchingTexts(
      db,
      page.filter((r) => r.text_hit).map((r) => r.id),
      terms,
    ),
  ])
  const last = page.at(-1)
  return {
    results: page.flatMap((row) => {
      const summary = summaries.get(row.id)
      return summary ? [toResult(row, summary, query.q, terms, texts.get(row.id))] : []
    }),
    next: rows.length > SEARCH_PAGE_SIZE && last ? encodeCursor({ at: last.cursor_at, id: last.id } satisfies Cursor) : null,
  }
}

function toResult(row: Row, conversation: ConversationSummary, q: string, terms: readonly string[], text: string | undefined): SearchResult {
  const shopper = { name: row.name, email: row.email }
  const snippet = text === undefined ? null : snippetOf(text, terms)
  return { conversation, shopper, match: q === '' ? null : matchOf(row, q), snippet }
}

/** What the agent's words matched: a message first, else the shopper's name, email or order. */
function matchOf(row: Row, q: string): SearchMatch {
  if (row.text_hit) return 'message'
  const has = (value: string | null) => value !== null && value.toLowerCase().includes(q.toLowerCase())
  if (has(row.name)) return 'name'
  if (has(row.email)) return 'email'
  if (has(row.order_value)) return 'order'
  return 'message'
}

/** The newest matching message of each conversation, for its snippet. */
async function newestMatchingTexts(db: Database, ids: readonly string[], terms: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0 || terms.length === 0) return new Map()
  const p = params()
  const rows = await db.query<{ conversation_id: string; text: string }>(
    `SELECT DISTINCT ON (e.conversation_id) e.conversation_id, e.body->>'text' AS text FROM events e
     WHERE e.conversation_id = ANY(${p.add(ids)}::uuid[]) AND ${messageHas(terms, p)}
     ORDER BY e.conversation_id, e.seq DESC`,
    p.values,
  )
  return new Map(rows.map((r) => [r.conversation_id, r.text]))
}
