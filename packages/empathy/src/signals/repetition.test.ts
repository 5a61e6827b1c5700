import { describe, expect, it } from 'vitest'
import { countRepeats, similarity } from './repetition.ts'

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
})
