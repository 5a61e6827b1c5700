import { describe, expect, it } from 'vitest'
import { capitalsCue, emojiCues, laughterAndStretching, punctuationCue } from './surface.ts'

describe('capitalsCue', () => {
  it('fires on shouting Latin text of some length', () => {
    expect(capitalsCue('WHY IS NOBODY ANSWERING')?.weight).toBeGreaterThan(0.4)
  })
  it('ignores short acronyms, normal case and non-Latin text', () => {
    expect(capitalsCue('COD ok?')).toBeUndefined()
    expect(capitalsCue('Where is my order from DHL')).toBeUndefined()
    expect(capitalsCue('ของยังไม่มาเลยค่ะ')).toBeUndefined()
  })
})

describe('punctuationCue', () => {
  it('ranks ?! above ??? above !!!, and ignores a single mark', () => {
    const mixed = punctuationCue('what?!')?.weight ?? 0
    const questions = punctuationCue('where???')?.weight ?? 0
    const bangs = punctuationCue('wow!!!')?.weight ?? 0
    expect(mixed).toBeGreaterThan(questions)
    expect(questions).toBeGreaterThan(bangs)
    expect(punctuationCue('where is it?')).toBeUndefined()
  })
  it('adds a little for each further run', () => {
    expect(punctuationCue('where?? where???')?.weight).toBeGreaterThan(punctuationCue('where???')?.weight ?? 1)
  })
  it('reads a message that only calls for someone, asking more than once, as waiting', () => {
    expect(punctuationCue('hello??')?.weight).toBeGreaterThan(punctuationCue('where??')?.weight ?? 1)
    expect(punctuationCue('hello? anyone there?')?.weight).toBeGreaterThan(0.4)
    expect(punctuationCue('hello?')).toBeUndefined()
    expect(punctuationCue('hello?? do you ship to Pakse?')?.weight).toBeLessThan(0.4)
  })
})

describe('laughterAndStretching', () => {
  const kinds = (text: string): string[] => laughterAndStretching(text).map((h) => h.kind)
  it('reads Thai 555 and Lao ຫຫຫ as laughter, not stretched letters', () => {
    expect(kinds('555555')).toEqual(['laughter'])
    expect(kinds('ຫຫຫຫ ໜ້າຮັກ')).toEqual(['laughter'])
    expect(kinds('hahaha ok')).toEqual(['laughter'])
  })
  it('finds stretched letters in every script', () => {
    expect(kinds('sooooo slow')).toEqual(['stretching'])
    expect(kinds('นานมากกกก')).toEqual(['stretching'])
    expect(kinds('ບໍ່ໄດ້ແລ້ວວວ')).toEqual(['stretching'])
  })
})

describe('emojiCues', () => {
  it('scores negative emoji up and positive ones down', () => {
    expect(emojiCues('😡😤')).toEqual([{ kind: 'emoji', weight: 0.65, detail: '😡😤' }])
    expect(emojiCues('ok 😊')[0]?.kind).toBe('positive')
    expect(emojiCues('ok 😊')[0]?.weight).toBeLessThan(0)
  })
  it('reads text emoticons and ignores emoji presentation selectors', () => {
    expect(emojiCues('still nothing :(')[0]?.kind).toBe('emoji')
    expect(emojiCues('❤️')[0]?.kind).toBe('positive')
  })
})
