import { describe, expect, it } from 'vitest'
import { LOCALES } from '../catalogs.ts'
import { en } from './en.ts'
import { AWAY_WORDS } from './index.ts'

// The catalogs test's promise, for the words that travel with "We're away" (issue 15).
describe('"We\'re away" words', () => {
  it('ships every locale the widget ships', () => {
    expect(Object.keys(AWAY_WORDS).sort()).toEqual([...LOCALES].sort())
  })

  it.each([...LOCALES])('%s has every key, each filled, with its placeholders', (code) => {
    const { atOne, ...words } = AWAY_WORDS[code]!
    expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort())
    for (const value of Object.values(words)) expect(value.trim()).not.toBe('')
    for (const key of ['line', 'back'] as const) expect(words[key]).toContain('{when}')
    for (const when of atOne ? [words, atOne] : [words]) {
      expect(Object.keys(when)).toEqual(expect.arrayContaining(['today', 'tomorrow', 'on']))
      for (const key of ['today', 'tomorrow', 'on'] as const) expect(when[key]).toContain('{time}')
      expect(when.on).toContain('{day}')
    }
  })

  it('Thai has no particle to put in the store’s voice: it reads as a shop’s sign does', () => {
    for (const value of Object.values(AWAY_WORDS.th!)) expect(value).not.toMatch(/ค่ะ|คะ(?![ก-๎])|ครับ/)
  })
})
