import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ConversationSearchQuerySchema, SEARCH_MAX_LENGTH, SnippetSchema } from './search.ts'

describe('the search query', () => {
  it('defaults to every conversation of every status, the words trimmed', () => {
    expect(v.parse(ConversationSearchQuerySchema, {})).toEqual({ q: '', status: 'all' })
    expect(v.parse(ConversationSearchQuerySchema, { q: '  kettle ', status: 'resolved', before: 'abc' })).toEqual({
      q: 'kettle',
      status: 'resolved',
      before: 'abc',
    })
  })

  it('refuses an unknown status, an empty tag and a text past its length', () => {
    expect(v.is(ConversationSearchQuerySchema, { status: 'closed' })).toBe(false)
    expect(v.is(ConversationSearchQuerySchema, { tag: ' ' })).toBe(false)
    expect(v.is(ConversationSearchQuerySchema, { q: 'a'.repeat(SEARCH_MAX_LENGTH + 1) })).toBe(false)
  })

  it('marks a snippet with [start, end) pairs only', () => {
    expect(v.is(SnippetSchema, { text: 'kettle', marks: [[0, 6]] })).toBe(true)
    expect(v.is(SnippetSchema, { text: 'kettle', marks: [[0]] })).toBe(false)
  })
})
