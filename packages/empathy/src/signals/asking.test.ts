import { describe, expect, it } from 'vitest'
import { askingTokens, type QuestionMarkers } from './asking.ts'
import { normalize } from './normalize.ts'
import { tokenize } from './segment.ts'

const markers = (anywhere: string[], opening: string[] = []): QuestionMarkers => ({
  anywhere: anywhere.map((text) => ({ text })),
  opening: opening.map((text) => ({ text })),
})

/** The words of the message, each followed by "?" when its clause asks. */
function read(text: string, m: QuestionMarkers): string {
  const n = normalize(text)
  const tokens = tokenize(n)
  const asking = askingTokens(n, tokens, m)
  return tokens.map((t, i) => (asking[i] ? `${t.text}?` : t.text)).join(' ')
}

describe('askingTokens', () => {
  it('marks the clause a single question mark ends, and only that clause', () => {
    expect(read('the box came broken. can I get a refund?', markers([]))).toBe('the box came broken can? i? get? a? refund?')
  })
  it('does not take a run of question marks for a question: "no one cares??" is indignation', () => {
    expect(read('no one cares??', markers([]))).toBe('no one cares')
  })
  it('reads a marker anywhere in its clause, and an opener only at its start', () => {
    const m = markers(['ไหม', 'if'], ['is'])
    expect(read('ของแท้ไหมคะ', m)).toBe('ของ? แท้? ไหม? คะ?')
    expect(read('this is fake', m)).toBe('this is fake')
    expect(read('is it fake', m)).toBe('is? it? fake?')
    expect(read('ok, if it came broken', m)).toBe('ok if? it? came? broken?')
  })
  it('ends a Thai or Lao clause at a space, but not around "or" and "and"', () => {
    expect(read('ของแตกมาค่ะ เคลมได้ไหมคะ', markers(['ไหม']))).toBe('ของ แตก มา ค่ะ เคลม? ได้? ไหม? คะ?')
    expect(read('ມືສອງ ຫຼື ມືໜຶ່ງ', markers(['ຫຼື']))).toBe('ມືສອງ? ຫຼື? ມື? ໜຶ່ງ?')
  })
})
