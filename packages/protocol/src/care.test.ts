import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { NoticeFrameSchema } from './care.ts'

const handedOn = { kind: 'handed_on', conversationId: 'c1', visitorId: 'v_00003f2a', why: 'away' }

describe('notices', () => {
  it.each([{ to: 'Ben' }, { to: null }])('a hand-on names where it went, or Unassigned (to: $to)', (where) => {
    const frame = { type: 'notice', notice: { ...handedOn, ...where } }
    expect(v.safeParse(NoticeFrameSchema, frame).success).toBe(true)
  })

  it.each([
    ['no reason', { ...handedOn, to: null, why: undefined }],
    ['a reason of its own', { ...handedOn, to: null, why: 'busy' }],
    ['nobody said, not even Unassigned', { ...handedOn }],
  ])('a hand-on with %s is refused', (_, notice) => {
    expect(v.safeParse(NoticeFrameSchema, { type: 'notice', notice }).success).toBe(false)
  })
})
