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
  it('tells Indonesian from English and Filipino by function words, in chat spellings too', () => {
    expect(detectLanguage(['kak pesanan saya kok belum sampai ya?'])).toBe('id')
    expect(detectLanguage(['udh seminggu gak ada kabar, gimana sih'])).toBe('id')
    expect(detectLanguage(['sumpah nyesel beli disini'])).toBe('id')
    expect(detectLanguage(['barangnya not worth it banget'])).toBe('id')
    expect(detectLanguage(['wala pa rin yung order ko'])).toBe('fil')
    expect(detectLanguage(['Where is my order? It has been two weeks'])).toBe('en')
  })
  it('tells Malay from Indonesian, English and Filipino by its own function words', () => {
    expect(detectLanguage(['dah seminggu order tak sampai lagi'])).toBe('ms')
    expect(detectLanguage(['nk tanya, kedai ni ada saiz L x?'])).toBe('ms')
    expect(detectLanguage(['barang rosak la, nak refund'])).toBe('ms')
    // the words the two share (saya, belum, barang) stay Indonesian's
    expect(detectLanguage(['kak pesanan saya kok belum sampai ya?'])).toBe('id')
    expect(detectLanguage(['Where is my order? It has been two weeks'])).toBe('en')
  })
  it('reads Malay from a hint alone, by either of its codes', () => {
    expect(detectLanguage(['ok'], 'ms-MY')).toBe('ms')
    expect(languageFromLocale('ms')).toBe('ms')
    expect(languageFromLocale('zsm')).toBe('ms')
  })
  it('reads Indonesian from a hint alone, in its old code too', () => {
    expect(detectLanguage(['ok'], 'id-ID')).toBe('id')
    expect(languageFromLocale('in')).toBe('id')
  })
  it('reads Arabic by its script, in presentation forms too, and from its hint', () => {
    expect(detectLanguage(['وين طلبي؟ صار له أسبوع'])).toBe('ar')
    expect(detectLanguage(['ﻣﺮﺣﺒﺎ'])).toBe('ar')
    // Gulf shoppers mix English in: the script with more letters names the language
    expect(detectLanguage(['refund please، المنتج وصل مكسور'])).toBe('ar')
    expect(detectLanguage(['where is my order يا جماعة'])).toBe('en')
    expect(detectLanguage(['👍'], 'ar-SA')).toBe('ar')
    expect(languageFromLocale('ar')).toBe('ar')
  })
  it('uses the locale only as a hint', () => {
    expect(detectLanguage(['ok'], 'fil-PH')).toBe('fil')
    expect(detectLanguage(['ของยังไม่มา'], 'en')).toBe('th')
    expect(detectLanguage(['👍'])).toBeUndefined()
    expect(languageFromLocale('tl')).toBe('fil')
  })
})
