import { describe, expect, it } from 'vitest'
import { RECORDS } from './records.fixture.ts'
import { summarize } from './summarize.ts'

const all = (n: number) => ({ value: 1, count: n, n })
const nothing = { value: null, count: 0, n: 0 }

describe('summarize, against the hand-computed fixture (see records.fixture.ts)', () => {
  const s = summarize(RECORDS)

  it('counts conversations', () => {
    expect(s.conversations).toBe(8)
  })

  it('mean change over conversations with both answers', () => {
    // c1 +2, c2 0, c3 +1, c4 +2, c7 −1 → (2 + 0 + 1 + 2 − 1) / 5 = 4 / 5
    expect(s.meanChange).toEqual({ value: 0.8, n: 5 })
  })

  it('mood recovery: of those who started ≤ 2 and answered after, the share ending ≥ 3', () => {
    // started ≤ 2: c1 (2→4 ✓), c2 (1→1 ✗), c4 (1→3 ✓), c6 (2→no answer: not in the denominator)
    expect(s.moodRecoveryRate).toEqual({ value: 2 / 3, count: 2, n: 3 })
  })

  it('felt understood: the share of during answers that were "Yes"', () => {
    // c1 [T], c2 [F,F], c4 [T,F], c5 [T], c7 [T] → 4 yes of 7 answers
    expect(s.feltUnderstoodRate).toEqual({ value: 4 / 7, count: 4, n: 7 })
  })

  it('resolution: "yes" and "partly" as separate shares of the answers', () => {
    // answers: c1 yes, c2 no, c3 yes, c4 partly, c5 yes, c7 partly → 6; yes 3, partly 2
    expect(s.resolutionRate).toEqual({ value: 0.5, count: 3, n: 6 })
    expect(s.partlyResolvedRate).toEqual({ value: 2 / 6, count: 2, n: 6 })
  })

  it('mean effort over those who answered it', () => {
    // c1 6, c2 2, c4 4, c7 5 → 17 / 4
    expect(s.meanEffort).toEqual({ value: 4.25, n: 4 })
  })

  it('satisfaction: of those who answered after, the share ending 4 or 5', () => {
    // after: c1 4, c2 1, c3 5, c4 3, c5 4, c7 2 → 6; ≥ 4: c1, c3, c5 → 3
    expect(s.satisfaction).toEqual({ value: 0.5, count: 3, n: 6 })
  })

  it('answer rate per moment', () => {
    // before: asked c1–c7 = 7, answered all but c5 = 6
    // during: asked 1+2+0+2+1+1+1+0 = 8, answered 1+2+0+2+1+0+1+0 = 7
    // after:  asked c1–c7 = 7, answered all but c6 = 6
    expect(s.answerRate).toEqual({
      before: { value: 6 / 7, count: 6, n: 7 },
      during: { value: 7 / 8, count: 7, n: 8 },
      after: { value: 6 / 7, count: 6, n: 7 },
    })
  })

  it('answer rate per language, null where nothing was asked', () => {
    expect(Object.keys(s.answerRateByLanguage)).toEqual(['en', 'fil', 'lo', 'ms', 'th'])
    expect(s.answerRateByLanguage).toEqual({
      // c1, c3, c7: before 3/3, during (1+0+1)/(1+0+1), after 3/3
      en: { before: all(3), during: all(2), after: all(3) },
      // c4: 1/1, 2/2, 1/1
      fil: { before: all(1), during: all(2), after: all(1) },
      // c6: before 1/1, during 0/1, after 0/1
      lo: { before: all(1), during: { value: 0, count: 0, n: 1 }, after: { value: 0, count: 0, n: 1 } },
      // c8: nothing asked → every rate null, n = 0
      ms: { before: nothing, during: nothing, after: nothing },
      // c2, c5: before 1/2 (c5 skipped), during (2+1)/(2+1), after 2/2
      th: { before: { value: 0.5, count: 1, n: 2 }, during: all(3), after: all(2) },
    })
  })

  it('start × end matrix counts conversations with both answers', () => {
    // (before, after): c1 (2,4), c2 (1,1), c3 (4,5), c4 (1,3), c7 (3,2)
    expect(s.startEndMatrix).toEqual([
      [1, 0, 1, 0, 0], // before 1: c2 → 1, c4 → 3
      [0, 0, 0, 1, 0], // before 2: c1 → 4
      [0, 1, 0, 0, 0], // before 3: c7 → 2
      [0, 0, 0, 0, 1], // before 4: c3 → 5
      [0, 0, 0, 0, 0], // before 5: nobody
    ])
  })

  it('lists the conversations that ended very upset', () => {
    expect(s.veryUpsetAtEnd).toEqual(['c2'])
  })
})

describe('summarize, after the chat', () => {
  it('recovered after follow-up counts answered follow-ups only, apart from the recovery within the chat', () => {
    const [c2] = RECORDS.filter((r) => r.id === 'c2') // ended 1
    const followed = [
      { ...c2!, id: 'f1', followedUp: true, moodFollowUp: 4 as const },
      { ...c2!, id: 'f2', followedUp: true, moodFollowUp: 2 as const },
      { ...c2!, id: 'f3', followedUp: true, moodFollowUp: null },
    ]
    const s = summarize([...RECORDS, ...followed])
    expect(s.recoveredAfterFollowUp).toEqual({ value: 0.5, count: 1, n: 2 })
    expect(summarize(RECORDS).recoveredAfterFollowUp).toEqual(nothing)
  })
})

describe('summarize, with nothing to divide by', () => {
  it('every figure is null with n = 0 for no records, never NaN', () => {
    const s = summarize([])
    expect(s).toEqual({
      conversations: 0,
      meanChange: { value: null, n: 0 },
      moodRecoveryRate: nothing,
      feltUnderstoodRate: nothing,
      resolutionRate: nothing,
      partlyResolvedRate: nothing,
      meanEffort: { value: null, n: 0 },
      satisfaction: nothing,
      answerRate: { before: nothing, during: nothing, after: nothing },
      answerRateByLanguage: {},
      recoveredAfterFollowUp: nothing,
      startEndMatrix: Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]),
      veryUpsetAtEnd: [],
    })
  })

  it('a shopper who started upset but never answered after leaves the recovery rate null', () => {
    // c6 alone: started 2, no after answer → denominator 0
    const c6 = RECORDS.filter((r) => r.id === 'c6')
    expect(summarize(c6).moodRecoveryRate).toEqual(nothing)
    expect(summarize(c6).meanChange).toEqual({ value: null, n: 0 })
  })
})
