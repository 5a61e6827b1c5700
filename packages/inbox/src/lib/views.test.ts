import { describe, expect, it } from 'vitest'
import { summary } from '../testing/fake-agent.ts'
import { defaultView, inView, viewCounts, viewsFor } from './views.ts'

const mine = summary({ id: 'c1', assignee: { id: 'me', name: 'Me' } })
const theirs = summary({ id: 'c2', assignee: { id: 'kai', name: 'Kai' } })
const waiting = summary({ id: 'c3' })

describe('the conversation views', () => {
  it('an agent has Mine, Unassigned and Resolved; managers and up have All too', () => {
    expect(viewsFor('agent').map((v) => v.id)).toEqual(['mine', 'unassigned', 'resolved'])
    for (const role of ['manager', 'admin', 'owner'] as const)
      expect(viewsFor(role).map((v) => v.id)).toEqual(['mine', 'unassigned', 'all', 'resolved'])
  })

  it('opens on All for those who see all, on Mine for an agent', () => {
    expect(defaultView('owner')).toBe('all')
    expect(defaultView('agent')).toBe('mine')
  })

  it('sorts each conversation into the views that show it', () => {
    expect([mine, theirs, waiting].filter((c) => inView('mine', c, 'me'))).toEqual([mine])
    expect([mine, theirs, waiting].filter((c) => inView('unassigned', c, 'me'))).toEqual([waiting])
    expect([mine, theirs, waiting].filter((c) => inView('all', c, 'me'))).toHaveLength(3)
  })

  it('counts what each tab shows', () => {
    expect(viewCounts(viewsFor('manager'), [mine, theirs, waiting], 'me')).toEqual({ mine: 1, unassigned: 1, all: 3 })
  })
})
