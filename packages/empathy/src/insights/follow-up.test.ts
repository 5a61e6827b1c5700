import { describe, expect, it } from 'vitest'
import { recoveredAfterFollowUp } from './follow-up.ts'

const r = (moodAfter: 1 | 2 | 3 | 4 | 5 | null, moodFollowUp: 1 | 2 | 3 | 4 | 5 | null, followedUp = true) => ({
  followedUp,
  moodAfter,
  moodFollowUp,
})

describe('recoveredAfterFollowUp', () => {
  it('good or very happy on the follow-up is recovered', () => {
    expect(recoveredAfterFollowUp(r(1, 4))).toBe(true)
    expect(recoveredAfterFollowUp(r(null, 5))).toBe(true)
  })

  it('a rise of two faces or more is recovered, a rise of one is not', () => {
    expect(recoveredAfterFollowUp(r(1, 3))).toBe(true)
    expect(recoveredAfterFollowUp(r(2, 3))).toBe(false)
    expect(recoveredAfterFollowUp(r(2, 2))).toBe(false)
  })

  it('a chat not followed up, or a follow-up not answered, is not counted', () => {
    expect(recoveredAfterFollowUp(r(1, null))).toBeNull()
    expect(recoveredAfterFollowUp(r(1, 5, false))).toBeNull()
  })
})
