import { describe, expect, it } from 'vitest'
import type { Member } from '@attune/protocol'
import { teamRows, transferCandidates } from './team-view.ts'

const team: Member[] = [
  { id: 'g', name: 'Nok', email: 'nok@x', role: 'agent' },
  { id: 'a', name: 'Somchai', email: 's@x', role: 'admin' },
  { id: 'o', name: 'Dao', email: 'dao@x', role: 'owner' },
  { id: 'b', name: 'Anan', email: 'anan@x', role: 'agent' },
]

describe('team rows', () => {
  it('lists the owner first, then by role and name, and marks the viewer', () => {
    const rows = teamRows(team, { id: 'a', role: 'admin' })
    expect(rows.map((r) => r.member.name)).toEqual(['Dao', 'Somchai', 'Anan', 'Nok'])
    expect(rows.map((r) => r.isYou)).toEqual([false, true, false, false])
  })

  it("gives an admin the controls on agents only (not the owner's row, not their own)", () => {
    const rows = teamRows(team, { id: 'a', role: 'admin' })
    expect(rows.map((r) => r.changeRole)).toEqual([false, false, true, true])
    expect(rows.map((r) => r.remove)).toEqual([false, false, true, true])
  })

  it('gives an agent no controls at all', () => {
    expect(teamRows(team, { id: 'g', role: 'agent' }).some((r) => r.changeRole || r.remove)).toBe(false)
  })

  it('offers the owner every other member as the next owner', () => {
    expect(transferCandidates(team, 'o').map((m) => m.name)).toEqual(['Anan', 'Nok', 'Somchai'])
  })
})
