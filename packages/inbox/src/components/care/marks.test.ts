import { describe, expect, it } from 'vitest'
import type { TimelineItem } from '../../agent.ts'
import { en } from '../../i18n/en.ts'
import { enCare } from '../../i18n/en-care.ts'
import { toTimelineEntries } from '../../lib/timeline-view.ts'
import { withCareMarks } from './marks.ts'

const clock = (iso: string) => `@${iso.slice(11, 16)}`
const at = '2026-01-01T10:00:00Z'
const items: TimelineItem[] = [
  { key: 'v1', kind: 'message', role: 'visitor', text: 'where is it', at, state: 'sent', seq: 1 },
  { key: 'v2', kind: 'message', role: 'visitor', text: 'abuse', at, state: 'sent', seq: 2 },
  { key: 'a1', kind: 'message', role: 'agent', text: 'Let me check', at, state: 'sent', seq: 4 },
]
const entries = toTimelineEntries(items, en.conversation, clock, en.files)

describe('agent care marks in the timeline (issue 16)', () => {
  it("flags the shopper's abusive messages in words, and only the shopper's", () => {
    const marked = withCareMarks(entries, items, { abusive: [2, 4] }, enCare.marks, clock)
    expect(marked.map((e) => e.kind === 'message' && (e.flag ?? null))).toEqual([null, 'Flagged: abusive message', null])
  })

  it('puts the hand-off note where it happened in the log, naming the agent', () => {
    const handoff = { seq: 3, at: '2026-01-01T10:03:00Z', by: 'Dao' }
    const marked = withCareMarks(entries, items, { handoff }, enCare.marks, clock)
    expect(marked.map((e) => e.key)).toEqual(['v1', 'v2', 'handoff#3', 'a1'])
    expect(marked[2]).toEqual({ key: 'handoff#3', kind: 'handoff', at: handoff.at, time: '@10:03', label: 'Handed to a manager by Dao' })
    // The latest thing in the log: last.
    expect(withCareMarks(entries.slice(0, 2), items.slice(0, 2), { handoff }, enCare.marks, clock).at(-1)?.key).toBe('handoff#3')
  })
})
