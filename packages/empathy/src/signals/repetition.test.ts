import { describe, expect, it } from 'vitest'
import { countRepeatedSpellings, letters, similarity } from './repetition.ts'

const countRepeats = (normalised: string[]) => countRepeatedSpellings(normalised.map(letters))

describe('countRepeats', () => {
  it('counts the same message sent again, ignoring spaces and punctuation', () => {
    expect(countRepeats(['where is my order', 'where is my order??'])).toBe(1)
    expect(countRepeats(['แอดคะ', 'แอดคะ', 'แอดคะ'])).toBe(2)
  })
  it('counts nearly the same text (a typo) but not different messages', () => {
    expect(countRepeats(['where is my order', 'wher is my order'])).toBe(1)
    expect(countRepeats(['hi', 'do you ship to Cebu?', 'and to Davao?'])).toBe(0)
  })
  it('similarity is 1 for equal texts and low for unrelated ones', () => {
    expect(similarity('abc', 'abc')).toBe(1)
    expect(similarity('refund please', 'ขอบคุณค่ะ')).toBe(0)
  })
  it('counts a shared bigram as often as the text with fewer of it has it', () => {
    // "aaaa" has "aa" three times, "aa" once: one shared of four.
    expect(similarity('aaaa', 'aa')).toBe(0.5)
    expect(similarity('abab', 'ab')).toBe(0.5)
  })
  it('pairs characters, not UTF-16 halves, outside the basic plane', () => {
    // Two bigrams shared of five; by code units it would be three of seven.
    expect(similarity('𠀀𠀁𠀂', '𠀀𠀁𠀂x')).toBe(0.8)
  })
})
