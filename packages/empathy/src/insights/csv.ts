import type { ConversationRecord } from './record.ts'
import { moodChange } from './record.ts'
import { recoveredAfterFollowUp } from './follow-up.ts'

type Cell = string | number | boolean | null

/** The export's columns, in order; the header row uses these names. */
export const CSV_COLUMNS = [
  'id',
  'startedAt',
  'language',
  'topic',
  'reason',
  'agentId',
  'moodBefore',
  'moodAfter',
  'moodChange',
  'understoodYes',
  'understoodNotYet',
  'resolved',
  'effort',
  'askedBefore',
  'answeredBefore',
  'askedDuring',
  'answeredDuring',
  'askedAfter',
  'answeredAfter',
  'visitorId',
  'shopperChat',
  'complaintCues',
  'followedUp',
  'moodFollowUp',
  'recoveredAfterFollowUp',
  'comment',
  'commentActedOn',
] as const

/** The records' place among their shopper's chats (1 = first in the export, ≥ 2 = returning). */
function chatNumbers(records: readonly ConversationRecord[]): Map<ConversationRecord, number> {
  const seen = new Map<string, number>()
  const numbers = new Map<ConversationRecord, number>()
  for (const r of [...records].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt))) {
    if (!r.visitorId) continue
    const n = (seen.get(r.visitorId) ?? 0) + 1
    seen.set(r.visitorId, n)
    numbers.set(r, n)
  }
  return numbers
}

function row(r: ConversationRecord, chatNumber: number | null): Cell[] {
  return [
    r.id,
    r.startedAt,
    r.language,
    r.topic,
    r.reason,
    r.agentId,
    r.moodBefore,
    r.moodAfter,
    moodChange(r),
    r.understood.filter((yes) => yes).length,
    r.understood.filter((yes) => !yes).length,
    r.resolved,
    r.effort,
    r.asked.before,
    r.answered.before,
    r.asked.during,
    r.answered.during,
    r.asked.after,
    r.answered.after,
    r.visitorId ?? null,
    chatNumber,
    r.complaintCues ?? null,
    r.followedUp,
    r.moodFollowUp,
    recoveredAfterFollowUp(r),
    r.comment,
    r.actedOnNote ?? null,
  ]
}

// OWASP "CSV Injection": a spreadsheet runs a cell starting with = + - @ (or tab / CR) as a
// formula. https://owasp.org/www-community/attacks/CSV_Injection
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell: empty for null; text is guarded against formula injection (a leading `'` makes
 * spreadsheets show it as text) and quoted per RFC 4180 when it holds a comma, quote or line break.
 * Numbers and booleans are written as they are: we format them ourselves, so a mood change of
 * -2 stays a number a spreadsheet can sum.
 */
function cell(value: Cell): string {
  if (value === null) return ''
  if (typeof value !== 'string') return String(value)
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * The records as RFC 4180 CSV (https://www.rfc-editor.org/rfc/rfc4180): a header row, CRLF after
 * every row. UTF-8 without a byte-order mark; a server that serves it to Excel may prepend one.
 * The after-chat comment and what the store did about it are exported since issue 16 asked for
 * feedback "in the CSV"; being free text, they pass the formula guard above like every string.
 */
export function toCsv(records: readonly ConversationRecord[]): string {
  const numbers = chatNumbers(records)
  const lines = [
    CSV_COLUMNS.join(','),
    ...records.map((r) =>
      row(r, numbers.get(r) ?? null)
        .map(cell)
        .join(','),
    ),
  ]
  return lines.map((line) => `${line}\r\n`).join('')
}
