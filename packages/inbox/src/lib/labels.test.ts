import { describe, expect, it } from 'vitest'
import { previewText, visitorShortId } from './labels.ts'

describe('visitorShortId', () => {
  it('takes the random tail of the id, not its shared prefix', () => {
    expect(visitorShortId('vis_8c1d-4e2b-3F2A')).toBe('3f2a')
    expect(visitorShortId('ab')).toBe('ab')
    expect(visitorShortId('---')).toBe('????')
  })
})

describe('previewText', () => {
  it('puts a multi-line message on one line', () => {
    expect(previewText('  Hello\n\nis my  order\tshipped? ')).toBe('Hello is my order shipped?')
  })
  it('cuts long text with an ellipsis without splitting a code point', () => {
    expect(previewText('abcdefghij', 5)).toBe('abcd…')
    expect(previewText('😀😀😀😀😀😀', 4)).toBe('😀😀😀…')
    expect(previewText('สวัสดีครับ', 20)).toBe('สวัสดีครับ')
  })
})
