import { describe, expect, it } from 'vitest'
import { LOCALES } from '../catalogs.ts'
import { en } from './en.ts'
import { MAIL_WORDS } from './index.ts'

// The catalogs test's promise, for the words of the email and transcript cards (issue 15).
describe('mail card words', () => {
  it('ships every locale the widget ships', () => {
    expect(Object.keys(MAIL_WORDS).sort()).toEqual([...LOCALES].sort())
  })

  it.each([...LOCALES])('%s has every key, each filled, with the address in the thanks', (code) => {
    const words = MAIL_WORDS[code]!
    expect(Object.keys(words).sort()).toEqual(Object.keys(en).sort())
    for (const value of Object.values(words)) expect(value.trim()).not.toBe('')
    expect(words.saved).toContain('{email}')
  })
})
