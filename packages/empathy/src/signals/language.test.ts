import { describe, expect, it } from 'vitest'
import { languageFromLocale, languageOf, tallyLanguage } from './language.ts'

const detectLanguage = (texts: string[], locale?: string) => languageOf(texts.map(tallyLanguage), locale)

describe('detectLanguage', () => {
  it('reads Thai and Lao by script', () => {
    expect(detectLanguage(['ของยังไม่มาเลยค่ะ'])).toBe('th')
    expect(detectLanguage(['ເຄື່ອງຍັງບໍ່ມາຮອດ'])).toBe('lo')
  })
  it('tells Filipino and Taglish from English by function words', () => {
    expect(detectLanguage(['wala pa rin yung order ko'])).toBe('fil')
    expect(detectLanguage(['grabe ang tagal ng delivery'])).toBe('fil')
    expect(detectLanguage(['my order hasnt arrived po'])).toBe('fil')
    expect(detectLanguage(['Where is my order? It has been two weeks'])).toBe('en')
  })
  it('uses the locale only as a hint', () => {
    expect(detectLanguage(['ok'], 'fil-PH')).toBe('fil')
    expect(detectLanguage(['ของยังไม่มา'], 'en')).toBe('th')
    expect(detectLanguage(['👍'])).toBeUndefined()
    expect(languageFromLocale('tl')).toBe('fil')
  })
})
