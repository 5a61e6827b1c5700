import { describe, expect, it } from 'vitest'
import type { TimelineItem } from '../agent.ts'
import { en } from '../i18n/en.ts'
import { isResolved, toTimelineEntries } from './timeline-view.ts'

const clock = (iso: string) => `@${iso.slice(11, 16)}`
const at = '2026-01-01T10:00:00Z'

describe('toTimelineEntries', () => {
  it('puts the shopper left, agents right, and shows delivery only for agent replies', () => {
    const items: TimelineItem[] = [
      { key: 'v1', kind: 'message', role: 'visitor', text: 'Hi', at, state: 'sent', seq: 1 },
      { key: 'a1', kind: 'message', role: 'agent', text: 'Hello!', at, state: 'sent', seq: 2, authorName: 'Dao' },
      { key: 'a2', kind: 'message', role: 'agent', text: 'One sec', at, state: 'sending' },
      { key: 'a3', kind: 'message', role: 'agent', text: 'Oops', at, state: 'failed' },
    ]
    const entries = toTimelineEntries(items, en.conversation, clock, en.files)
    expect(entries.map((e) => (e.kind === 'message' ? [e.side, e.author, e.delivery?.label ?? null] : null))).toEqual([
      ['shopper', 'Shopper', null],
      ['agent', 'Dao', 'Sent'],
      ['agent', 'You', 'Sending…'],
      ['agent', 'You', 'Not sent'],
    ])
    expect(entries[0]).toMatchObject({ text: 'Hi', time: '@10:00', at })
  })
  it("says Delivered and Seen once the shopper's screen got and showed the reply", () => {
    const items: TimelineItem[] = [
      { key: 'a1', kind: 'message', role: 'agent', text: 'Hi', at, state: 'delivered', seq: 1 },
      { key: 'a2', kind: 'message', role: 'agent', text: 'There', at, state: 'read', seq: 2 },
    ]
    const labels = toTimelineEntries(items, en.conversation, clock, en.files).map((e) => (e.kind === 'message' ? e.delivery?.label : null))
    expect(labels).toEqual(['Delivered', 'Seen'])
  })
  it("carries a message's files and the quick replies an agent offered", () => {
    const file = { id: 'u1', name: 'invoice.pdf', type: 'application/pdf', size: 2048, url: '/api/uploads/u1' }
    const [entry] = toTimelineEntries(
      [{ key: 'a1', kind: 'message', role: 'agent', text: '', at, state: 'sent', seq: 1, attachments: [file], quickReplies: ['Yes', 'No'] }],
      en.conversation,
      clock,
      en.files,
    )
    expect(entry).toMatchObject({ attachments: [{ kind: 'file', label: 'invoice.pdf · 2 KB' }], quickReplies: ['Yes', 'No'] })
  })
  it('shows a resolution as a note', () => {
    const [entry] = toTimelineEntries([{ key: 'r', kind: 'resolved', at, seq: 3 }], en.conversation, clock, en.files)
    expect(entry).toEqual({ key: 'r', kind: 'resolved', at, time: '@10:00', label: 'Resolved' })
  })
})

describe('isResolved', () => {
  const message = (seq?: number): TimelineItem => ({
    key: `m${seq}`,
    kind: 'message',
    role: 'visitor',
    text: 'x',
    at,
    state: seq ? 'sent' : 'sending',
    ...(seq ? { seq } : {}),
  })
  it('is true when the newest logged item is the resolution', () => {
    expect(isResolved([message(1), { key: 'r', kind: 'resolved', at, seq: 2 }])).toBe(true)
    expect(isResolved([message(1), { key: 'r', kind: 'resolved', at, seq: 2 }, message()])).toBe(true)
  })
  it('is false once the shopper writes again, and for an empty log', () => {
    expect(isResolved([{ key: 'r', kind: 'resolved', at, seq: 1 }, message(2)])).toBe(false)
    expect(isResolved([])).toBe(false)
  })
})
