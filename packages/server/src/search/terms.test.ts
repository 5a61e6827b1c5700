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

  it('knows Thai and Lao need a substring match, English does not', () => {
    expect(needsSubstring(['kettle'])).toBe(false)
    expect(needsSubstring(['กาต้มน้ำ'])).toBe(true)
    expect(needsSubstring(['ກະຕ່າ'])).toBe(true)
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
