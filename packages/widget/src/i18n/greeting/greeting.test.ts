import { describe, expect, it } from 'vitest'
import { GREETING_LANGUAGES } from '@attune/core'
import { LOCALES } from '../catalogs.ts'
import { en } from './en.ts'
import { GREETING_WORDS } from './index.ts'

// The catalogs test's promise, for the words that travel with the greeting bubble (issue 15).
describe('greeting bubble words', () => {
  it('ships every locale the widget ships', () => {
    expect(Object.keys(GREETING_WORDS).sort()).toEqual([...LOCALES].sort())
  })

  it('are offered for a greeting in exactly the languages the widget speaks', () => {
    expect([...GREETING_LANGUAGES].sort()).toEqual([...LOCALES].sort())
  })

  it.each([...LOCALES])('%s has every key, each filled', (code) => {
    const words = GREETING_WORDS[code]!
    expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort())
    for (const value of Object.values(words)) expect(value.trim()).not.toBe('')
  })
})
