import { describe, expect, it } from 'vitest'
import { chooseLanguage } from './language.ts'

describe('the inbox language of a person', () => {
  it('is the one they chose, whatever their browser says', () => {
    expect(chooseLanguage('lo', ['th-TH', 'en'])).toBe('lo')
    expect(chooseLanguage('en', ['th-TH'])).toBe('en')
  })

  it("is otherwise the first of the browser's languages the inbox speaks, by its primary subtag", () => {
    expect(chooseLanguage(null, ['th-TH', 'en-US'])).toBe('th')
    expect(chooseLanguage(undefined, ['de-DE', 'lo-LA', 'th'])).toBe('lo')
    expect(chooseLanguage(null, ['FIL-PH'])).toBe('fil')
    // Tagalog's older code, as some browsers still report Filipino.
    expect(chooseLanguage(null, ['tl-PH'])).toBe('fil')
    expect(chooseLanguage(null, ['id-ID', 'en-US'])).toBe('id')
    // Indonesian's code before 1989, which Android and Java still report.
    expect(chooseLanguage(null, ['in-ID', 'en-US'])).toBe('id')
    expect(chooseLanguage(null, ['de-DE', 'in'])).toBe('id')
    expect(chooseLanguage(null, ['ar-SA', 'en-US'])).toBe('ar')
    expect(chooseLanguage(null, ['fr-MA', 'ar-MA'])).toBe('ar')
  })

  it('falls back to English when the browser asks for nothing the inbox speaks', () => {
    expect(chooseLanguage(null, ['de-DE', 'ja'])).toBe('en')
    // Persian and Urdu are written in Arabic letters, but they are not Arabic.
    expect(chooseLanguage(null, ['fa-IR', 'ur-PK'])).toBe('en')
    expect(chooseLanguage(null, [])).toBe('en')
  })
})
