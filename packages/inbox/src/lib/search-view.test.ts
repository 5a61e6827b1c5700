import type { ConversationSummary, SearchResult } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { enSearch } from '../i18n/en-search.ts'
import { en } from '../i18n/en.ts'
import { foundText, snippetParts, toSearchRows } from './search-view.ts'

const conversation: ConversationSummary = {
  id: 'c-1',
  visitorId: 'visitor-3f2a',
  status: 'resolved',
  lastSeq: 4,
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  lastMessage: { text: 'Thanks,\n bye', role: 'visitor', at: '2026-11-02T10:00:00.000Z' },
  waitingSince: null,
}

const result = (over: Partial<SearchResult>): SearchResult => ({
  conversation,
  shopper: { name: null, email: null },
  match: null,
  snippet: null,
  ...over,
})

describe('search rows', () => {
  it('cut a snippet at its marks, as text', () => {
    expect(snippetParts({ text: 'my <b>kettle</b> leaks', marks: [[6, 12]] })).toEqual([
      { text: 'my <b>', mark: false },
      { text: 'kettle', mark: true },
      { text: '</b> leaks', mark: false },
    ])
  })

  it('clamp marks out of order, overlapping or past the end', () => {
    expect(
      snippetParts({
        text: 'abcdef',
        marks: [
          [4, 99],
          [0, 2],
          [1, 3],
        ],
      }),
    ).toEqual([
      { text: 'ab', mark: true },
      { text: 'c', mark: true },
      { text: 'd', mark: false },
      { text: 'ef', mark: true },
    ])
  })

  it('show a message match’s snippet, the shopper’s name when known, the status and a link that opens the conversation', () => {
    const [row] = toSearchRows(
      [result({ shopper: { name: 'Somchai', email: null }, match: 'message', snippet: { text: 'kettle', marks: [[0, 6]] } })],
      en,
      enSearch,
    )
    expect(row).toMatchObject({
      id: 'c-1',
      href: '/?conversation=c-1',
      label: 'Somchai',
      resolved: true,
      statusText: 'Resolved',
      iso: '2026-11-02T10:00:00.000Z',
      snippet: [{ text: 'kettle', mark: true }],
    })
    expect(row?.date).toMatch(/2026/)
  })

  it('say why a conversation without a matching message was found, else show its last message', () => {
    const [byEmail, listed] = toSearchRows([result({ match: 'email' }), result({})], en, enSearch)
    expect(byEmail).toMatchObject({ label: en.list.visitor('3f2a'), snippet: null, line: 'The shopper’s email matches' })
    expect(listed?.line).toBe('Thanks, bye')
  })

  it('count what was found, as a floor when more wait', () => {
    expect(foundText(0, false, enSearch)).toBe('No conversations found')
    expect(foundText(1, false, enSearch)).toBe('1 conversation found')
    expect(foundText(20, true, enSearch)).toBe('More than 20 conversations found; add a word to narrow it down')
  })
})
