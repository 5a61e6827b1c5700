import { COLUMNS } from './event-rows.ts'

// The group commit's statements (append-batch.ts): each batch is written with at most three of
// them whatever its size, and with one alone in the ordinary case (decisions 029, 037 and 038).

// Reads the status of the conversations the cache does not know, locked in id order (no deadlock).
export const LOCK = 'SELECT id, status FROM conversations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE'

const prefixed = COLUMNS.split(', ')
  .map((c) => `e.${c}`)
  .join(', ')

/**
 * The shopper's message of `r`'s client id in another of their conversations (`r` has
 * conversation_id, client_id, visitor_id). By the (conversation_id, client_id) key: the shopper's
 * other conversations are named first, as an array. Joined to them, the planner came to read every
 * event for every message once the conversations' rows had many old versions.
 */
const ELSEWHERE = (r: string) => `
    SELECT e.conversation_id, ${prefixed} FROM events e
    WHERE e.client_id = ${r}.client_id AND e.author_role = 'visitor'
      AND e.conversation_id = ANY (ARRAY(SELECT c.id FROM conversations c WHERE c.visitor_id = ${r}.visitor_id AND c.id <> ${r}.conversation_id))`

// The stored event of each client id, in its conversation or, for a shopper's message, in any of theirs.
export const DUPLICATES = `
  SELECT r.i, d.conversation_id, ${COLUMNS.split(', ')
    .map((c) => `d.${c}`)
    .join(', ')}
  FROM jsonb_to_recordset($1::jsonb) AS r(i int, conversation_id uuid, client_id text, visitor_id uuid)
  CROSS JOIN LATERAL (
    (SELECT e.conversation_id, ${prefixed} FROM events e WHERE e.conversation_id = r.conversation_id AND e.client_id = r.client_id)
    UNION ALL
    (${ELSEWHERE('r')} AND r.visitor_id IS NOT NULL)
    LIMIT 1
  ) d`

/**
 * Whether `r`'s client id is a shopper's message stored in another of their conversations: the
 * write's guard. Most shoppers have no other conversation, so the look at events starts from that
 * list and never happens for them; the look itself stays a subquery of its own (OFFSET 0), by the
 * (conversation_id, client_id) key. Asked with the list inside the events' filter, the plan
 * PostgreSQL kept from when the table was small read every event for every new message (2.2 ms
 * each at 34,000 events, in a bench's first minute, before the table was first analysed).
 */
const STORED_ELSEWHERE = (r: string) => `
    SELECT FROM unnest(ARRAY(SELECT c.id FROM conversations c WHERE c.visitor_id = ${r}.visitor_id AND c.id <> ${r}.conversation_id)) AS other(id)
    WHERE EXISTS (SELECT FROM events e WHERE e.conversation_id = other.id AND e.client_id = ${r}.client_id AND e.author_role = 'visitor' OFFSET 0)`

// One statement for the whole batch: each conversation's seq moves by its count of new events (the
// row lock serialises processes), only while its status is the one the plan was made for, and its
// events take the seqs right after the old last_seq, in order. A conversation's card goes in the
// same row update (one new row version, not two); a card alone moves nothing else, needs no
// status, and is not written when the row holds it already (a calm chat's card stays the same from
// message to message: no new row version, no log written for it). The ids again as an array
// ($3): the planner then reads the rows by the primary key, where a record set alone made it scan
// the table. The new events and the guard of `BatchContext.expectNew` (append-batch.ts) are a CTE
// of their own (`fresh`), read once: with the guard beside the join to `moved`, the planner read
// them, guard and all, again for each conversation. Last, the statement checks that it stored all
// $4 events it was planned with (migration 24): a status changed since it was cached, or the guard
// left one out, and it refuses itself, whole, so it is safe without a transaction around it
// (`needsTransaction`, append-batch.ts). The check is a one-time filter, evaluated even when
// nothing was stored.
export const WRITE = `
  WITH moved AS (
    UPDATE conversations c SET last_seq = c.last_seq + r.n,
      updated_at = CASE WHEN r.n > 0 THEN now() ELSE c.updated_at END,
      waiting_since = CASE r.wait WHEN 'start' THEN COALESCE(c.waiting_since, now()) WHEN 'restart' THEN now()
                                  WHEN 'stop' THEN NULL ELSE c.waiting_since END,
      empathy = COALESCE(r.card, c.empathy)
    FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, n int, wait text, status text, card jsonb)
    WHERE c.id = r.id AND (r.n = 0 OR c.status = r.status) AND c.id = ANY($3::uuid[])
      AND (r.n > 0 OR r.card IS DISTINCT FROM c.empathy)
    RETURNING c.id, c.last_seq - r.n AS base
  ),
  fresh AS MATERIALIZED (
    SELECT n.* FROM jsonb_to_recordset($2::jsonb)
      AS n(conversation_id uuid, k int, kind text, author_role text, author_id text, author_name text, client_id text, body jsonb,
           visitor_id uuid)
    WHERE n.visitor_id IS NULL OR NOT EXISTS (${STORED_ELSEWHERE('n')})
  ),
  written AS (
    INSERT INTO events (conversation_id, seq, kind, author_role, author_id, author_name, client_id, body)
    SELECT f.conversation_id, m.base + f.k, f.kind, f.author_role, f.author_id, f.author_name, f.client_id, f.body
    FROM fresh f JOIN moved m ON m.id = f.conversation_id
    RETURNING conversation_id, ${COLUMNS}
  )
  SELECT * FROM written WHERE (SELECT attune_written_as_planned(count(*) = $4) FROM written)`
