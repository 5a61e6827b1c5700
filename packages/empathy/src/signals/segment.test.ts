import { describe, expect, it } from 'vitest'
import { tokenize } from './segment.ts'

const words = (text: string): string[] => tokenize(text).map((t) => t.text)

describe('tokenize (ICU word segmentation)', () => {
  it('splits Thai, which has no spaces, into words', () => {
    // Node 20's ICU keeps พอใจ whole (older ICU gave ไม่|พอ|ใจ); lexicons must not care.
    expect(words('ไม่พอใจ')).toEqual(['ไม่', 'พอใจ'])
    expect(words('ขอคุยกับหัวหน้า')).toEqual(['ขอ', 'คุย', 'กับ', 'หัวหน้า'])
  })
  it('keeps some Lao negator+word pairs whole', () => {
    expect(words('ບໍ່ພໍໃຈ')).toEqual(['ບໍ່ພໍໃຈ'])
    expect(words('ບໍ່ດີ')).toEqual(['ບໍ່', 'ດີ'])
  })
  it('marks a break at punctuation, and at a space between Thai or Lao words', () => {
    expect(tokenize('no. good').map((t) => t.breakBefore)).toEqual([false, true])
    expect(tokenize('not good').map((t) => t.breakBefore)).toEqual([false, false])
    expect(tokenize('ໄດ້ບໍ່ ລໍຖ້າ').map((t) => t.breakBefore)).toEqual([false, false, true])
  })
  it('marks a break at a new line, which chat uses as a full stop', () => {
    expect(tokenize('is it genuine\nmine looks fake').map((t) => t.breakBefore)).toEqual([false, false, false, true, false, false])
  })
})
