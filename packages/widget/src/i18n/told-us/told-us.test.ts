import { describe, expect, it } from 'vitest'
import { LOCALES } from '../catalogs.ts'
import { en } from './en.ts'
import { TOLD_US_WORDS } from './index.ts'

// The catalogs test's promise, for the words that travel with "You told us …" (issue 16).
describe('"You told us" words', () => {
  it('ships every locale the widget ships', () => {
    expect(Object.keys(TOLD_US_WORDS).sort()).toEqual([...LOCALES].sort())
  })

  it.each([...LOCALES])('%s has every key, each filled, with both placeholders in the text', (code) => {
    const words = TOLD_US_WORDS[code]!
    expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort())
    for (const value of Object.values(words)) expect(value.trim()).not.toBe('')
    expect(words.text).toContain('{comment}')
    expect(words.text).toContain('{note}')
  })
})
