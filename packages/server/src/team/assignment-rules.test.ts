import { describe, expect, it } from 'vitest'
import { maySee } from '@attune/protocol'
import { chooseAssignee, type AssignmentInput } from './assignment-rules.ts'

const base: AssignmentInput = {
  mode: 'auto',
  limit: 5,
  online: [
    { id: 'a', open: 0 },
    { id: 'b', open: 0 },
    { id: 'c', open: 0 },
  ],
  last: null,
  upset: false,
}

describe('who a new conversation goes to', () => {
  it('goes round robin: the one after the last, wrapping to the first', () => {
    expect(chooseAssignee(base)).toBe('a')
    expect(chooseAssignee({ ...base, last: 'a' })).toBe('b')
    expect(chooseAssignee({ ...base, last: 'b' })).toBe('c')
    expect(chooseAssignee({ ...base, last: 'c' })).toBe('a')
  })

  it('follows the ids, whatever order the people come in, and when the last one went offline', () => {
    const shuffled = { ...base, online: [...base.online].reverse() }
    expect(chooseAssignee({ ...shuffled, last: 'a' })).toBe('b')
    expect(chooseAssignee({ ...base, online: [base.online[0]!, base.online[2]!], last: 'b' })).toBe('c')
  })

  it('skips whoever is at the limit; waits when everyone is', () => {
    const busy = {
      ...base,
      online: [
        { id: 'a', open: 5 },
        { id: 'b', open: 4 },
        { id: 'c', open: 5 },
      ],
    }
    expect(chooseAssignee(busy)).toBe('b')
    expect(chooseAssignee({ ...busy, limit: 4 })).toBeNull()
  })

  it('waits in Unassigned when no one is online', () => {
    expect(chooseAssignee({ ...base, online: [] })).toBeNull()
  })

  it('waits in Unassigned in manual mode, even with everyone free', () => {
    expect(chooseAssignee({ ...base, mode: 'manual' })).toBeNull()
  })

  it('gives an upset shopper to the one with the most room, the turn breaking ties', () => {
    const loads = {
      ...base,
      online: [
        { id: 'a', open: 3 },
        { id: 'b', open: 1 },
        { id: 'c', open: 1 },
      ],
    }
    expect(chooseAssignee({ ...loads, upset: true })).toBe('b')
    expect(chooseAssignee({ ...loads, upset: true, last: 'b' })).toBe('c')
    // Not upset: simply the next in turn, however busy.
    expect(chooseAssignee({ ...loads, last: 'c' })).toBe('a')
  })
})

describe('who sees a conversation', () => {
  it('an agent sees their own and the unassigned, never a colleague’s', () => {
    expect(maySee('agent', 'me', 'me')).toBe(true)
    expect(maySee('agent', 'me', null)).toBe(true)
    expect(maySee('agent', 'me', 'colleague')).toBe(false)
  })

  it('managers, admins and owners see all', () => {
    for (const role of ['manager', 'admin', 'owner'] as const) expect(maySee(role, 'me', 'colleague')).toBe(true)
  })
})
