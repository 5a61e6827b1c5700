import { describe, expect, it } from 'vitest'
import type { AttuneErrorCode } from '@attune/core'
import type { TimelineItem } from '../../agent.ts'
import { enNotes } from '../../i18n/en-notes.ts'
import { th } from '../../i18n/th/index.ts'
import type { TimelineEntry } from '../../lib/timeline-view.ts'
import { withWhyNotSent } from './not-sent.ts'

const at = '2026-01-01T10:00:00.000Z'
const failed = (refusal: AttuneErrorCode): TimelineItem => ({ key: 'r1', kind: 'message', role: 'agent', text: 'Hi', at, state: 'failed', refusal })
const entry: TimelineEntry = {
  key: 'r1',
  kind: 'message',
  side: 'agent',
  author: 'You',
  text: 'Hi',
  at,
  time: '10:00',
  delivery: { state: 'failed', label: 'Not sent' },
  attachments: [],
  quickReplies: [],
}
const label = (refusal: AttuneErrorCode, words = enNotes.notSent) => {
  const [explained] = withWhyNotSent([entry], [failed(refusal)], words)
  return explained?.kind === 'message' ? explained.delivery?.label : undefined
}

describe('why a reply was not sent', () => {
  it('is said in words of their own for the codes that have them, and calmly for the rest', () => {
    expect(label('closed')).toBe('Not sent: the conversation was resolved.')
    expect(label('not_found')).toBe(enNotes.notSent.not_found)
    expect(label('forbidden')).toBe(enNotes.notSent.forbidden)
    expect(label('bad_frame')).toBe('Not sent: the reply is too long, or has too many files or quick replies.')
    expect(label('frame_too_large')).toBe(enNotes.notSent.bad_frame)
    expect(label('internal')).toBe('Not sent: something went wrong on the server.')
    expect(label('closed', th.notes.notSent)).toBe('ส่งไม่สำเร็จ เพราะแชทนี้ปิดไปแล้ว')
  })

  it('leaves every other entry as it was', () => {
    const sent: TimelineItem = { key: 'r1', kind: 'message', role: 'agent', text: 'Hi', at, state: 'sent', seq: 2 }
    const entries = [{ ...entry, delivery: { state: 'sent' as const, label: 'Sent' } }]
    expect(withWhyNotSent(entries, [sent], enNotes.notSent)).toEqual(entries)
  })
})
