import { describe, expect, it } from 'vitest'
import type { Note } from '@attune/protocol'
import type { TimelineEntry } from './timeline-view.ts'
import { addTag, mergeNotes, noteEntries, tagChoices, withNotes } from './notes-view.ts'

const note = (id: string, at: string, text = id): Note => ({ id, conversationId: 'c1', author: { id: 'p1', name: 'Dao' }, text, at })
const message = (key: string, at: string): TimelineEntry => ({
  key,
  kind: 'message',
  side: 'shopper',
  author: 'Shopper',
  text: key,
  at,
  time: at,
  delivery: null,
  attachments: [],
  quickReplies: [],
})

describe('private notes in the timeline', () => {
  it('keep each note once, by time, whether it came from the socket or the POST', () => {
    const list = mergeNotes([note('b', '2026-01-01T10:05:00.000Z')], [note('a', '2026-01-01T10:01:00.000Z'), note('b', '2026-01-01T10:05:00.000Z')])
    expect(list.map((n) => n.id)).toEqual(['a', 'b'])
  })

  it('sit where they were written among the messages, labelled as private with the author', () => {
    const entries = [message('m1', '2026-01-01T10:00:00.000Z'), message('m2', '2026-01-01T10:10:00.000Z')]
    const notes = noteEntries(
      [note('n1', '2026-01-01T10:05:00.000Z', 'call the courier'), note('n2', '2026-01-01T10:20:00.000Z')],
      (n) => `Private note · ${n}`,
      (iso) => iso.slice(11, 16),
    )
    const merged = withNotes(entries, notes)
    expect(merged.map((e) => e.key)).toEqual(['m1', 'note#n1', 'm2', 'note#n2'])
    expect(merged[1]).toMatchObject({ side: 'note', author: 'Private note · Dao', text: 'call the courier', time: '10:05', delivery: null })
  })
})

describe('adding a tag', () => {
  it('trims it, and adds nothing for one already there in another case', () => {
    expect(addTag(['Refund'], '  VIP  customer ')).toEqual({ tags: ['Refund', 'VIP customer'] })
    expect(addTag(['Refund'], 'refund')).toEqual({ tags: ['Refund'] })
  })

  it('names what is wrong: nothing typed, too long, too many', () => {
    expect(addTag([], '   ')).toEqual({ problem: 'empty' })
    expect(addTag([], 'x'.repeat(41))).toEqual({ problem: 'too_long' })
    expect(
      addTag(
        Array.from({ length: 10 }, (_, i) => `t${i}`),
        'one more',
      ),
    ).toEqual({ problem: 'too_many' })
  })

  it('offers the tags on the list once each, by name', () => {
    expect(tagChoices([['VIP', 'Refund'], ['refund', 'Wholesale'], undefined])).toEqual(['Refund', 'VIP', 'Wholesale'])
  })
})
