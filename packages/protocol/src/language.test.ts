import { describe, expect, it } from 'vitest'
import { directionOf, inboxLanguage, languageCode } from './language.ts'

describe('the language a tag names', () => {
  it('is its primary subtag in lower case, whichever separator the tag uses', () => {
    expect(languageCode('th-TH')).toBe('th')
    expect(languageCode('LO_la')).toBe('lo')
    expect(languageCode('pt')).toBe('pt')
    expect(languageCode('')).toBe('')
  })

  it('reads older codes as today’s: Tagalog’s as Filipino, Indonesian’s before 1989 as Indonesian', () => {
    expect(languageCode('tl-PH')).toBe('fil')
    expect(languageCode('IN-id')).toBe('id')
  })

  it('is never something an object inherits', () => {
    expect(languageCode('constructor')).toBe('constructor')
    expect(languageCode('toString')).toBe('tostring')
  })
})

describe('a person’s inbox language', () => {
  it('is the one they chose, whatever their browser says', () => {
    expect(inboxLanguage('lo', ['th-TH', 'en'])).toBe('lo')
    expect(inboxLanguage('en', ['th-TH'])).toBe('en')
  })

  it('is otherwise the first of the browser’s languages the inbox speaks', () => {
    expect(inboxLanguage(null, ['th-TH', 'en-US'])).toBe('th')
    expect(inboxLanguage(undefined, ['de-DE', 'lo-LA', 'th'])).toBe('lo')
    expect(inboxLanguage(null, ['fil-PH', 'en'])).toBe('fil')
    expect(inboxLanguage(null, ['tl'])).toBe('fil')
    expect(inboxLanguage(null, ['in-ID', 'en-US'])).toBe('id')
    expect(inboxLanguage(null, ['ko-KR', 'id'])).toBe('id')
  })

  it('is English when the browser asks for nothing the inbox speaks, or for nothing at all', () => {
    expect(inboxLanguage(null, ['de-DE', 'ja'])).toBe('en')
    expect(inboxLanguage(null, ['constructor', '__proto__', '*'])).toBe('en')
    expect(inboxLanguage(null, [])).toBe('en')
  })
})

describe('the direction a language reads in', () => {
  it('is right to left for Arabic, whatever its region or case', () => {
    expect(directionOf('ar')).toBe('rtl')
    expect(directionOf('ar-EG')).toBe('rtl')
    expect(directionOf('AR_sa')).toBe('rtl')
  })

  it('is left to right for the other languages Attune writes in, and for a tag it does not know', () => {
    for (const tag of ['en', 'th-TH', 'lo', 'fil', 'tl', 'id', 'arn', '']) expect(directionOf(tag)).toBe('ltr')
  })
})
