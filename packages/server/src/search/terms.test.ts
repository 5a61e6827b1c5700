import { describe, expect, it } from 'vitest'
import { containsPattern, needsSubstring, prefixQuery, searchTerms, snippetOf } from './terms.ts'

const marked = (snippet: ReturnType<typeof snippetOf>) => snippet?.marks.map(([from, to]) => snippet.text.slice(from, to))

describe('search terms', () => {
  it('keeps letters, digits and marks (a Thai word with its vowels stays whole), and nothing of tsquery syntax', () => {
    expect(searchTerms("Blue KETTLE's & !lid:*")).toEqual(['blue', 'kettle', 's', 'lid'])
    expect(searchTerms('กาต้มน้ำ สีฟ้า')).toEqual(['กาต้มน้ำ', 'สีฟ้า'])
    expect(searchTerms(' !! ')).toEqual([])
  })

  it('asks for every word as a prefix', () => {
    expect(prefixQuery(['parc', 'late'])).toBe('parc:* & late:*')
    expect(prefixQuery([])).toBeNull()
  })

  it('keeps punctuation inside a term, so an order number, a date or an email is one term, and drops it around one', () => {
    expect(searchTerms('(ORD-2024-77), 2024-11-03 "12.50" #A/123 bob@shopmail.com v2.5?')).toEqual([
      'ord-2024-77',
      '2024-11-03',
      '12.50',
      'a/123',
      'bob@shopmail.com',
      'v2.5',
    ])
  })

  it('finds a word by its beginning, and Thai, Lao, numbers and terms with punctuation anywhere', () => {
    expect(needsSubstring('kettle')).toBe(false)
    expect(needsSubstring('école')).toBe(false)
    for (const term of ['กาต้มน้ำ', 'ກະຕ່າ', '2024', 'ord-2024-77', 'th12345678', 'shopmail.com', 'off_today']) expect(needsSubstring(term)).toBe(true)
  })

  it('escapes LIKE wildcards', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
  })
})

describe('a snippet', () => {
  it('marks every occurrence of each word, whatever its case, in plain text', () => {
    const snippet = snippetOf('My Parcel is late, the parcel <b>never</b> came', ['parcel', 'late'])
    expect(snippet?.text).toBe('My Parcel is late, the parcel <b>never</b> came')
    expect(marked(snippet)).toEqual(['Parcel', 'late', 'parcel'])
  })

  it('finds a Thai word inside a run without spaces', () => {
    const snippet = snippetOf('สั่งกาต้มน้ำไปแล้วยังไม่ได้รับของเลยค่ะ', ['กาต้มน้ำ'])
    expect(marked(snippet)).toEqual(['กาต้มน้ำ'])
  })

  it('cuts a long message around the first match, from a word’s start, and says so with ellipses', () => {
    const text = `${'word '.repeat(40)}the kettle whistles ${'more '.repeat(60)}`
    const snippet = snippetOf(text, ['kettle'])!
    expect(snippet.text.startsWith('…word ')).toBe(true)
    expect(snippet.text.endsWith('…')).toBe(true)
    expect(marked(snippet)).toEqual(['kettle'])
  })

  it('is null when no word occurs', () => {
    expect(snippetOf('hello', ['kettle'])).toBeNull()
  })
})
