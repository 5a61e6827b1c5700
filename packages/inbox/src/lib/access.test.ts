import { describe, expect, it } from 'vitest'
import { mayOpen, navPages } from './access.ts'
import { memberActions } from './team-view.ts'

describe('what each role sees', () => {
  it('shows each role only the pages it may use', () => {
    expect(navPages('agent')).toEqual(['conversations', 'follow-ups', 'team'])
    expect(navPages('manager')).toEqual(['conversations', 'follow-ups', 'insights', 'settings', 'canned-replies', 'team'])
    expect(navPages('admin')).toEqual(['conversations', 'follow-ups', 'insights', 'settings', 'canned-replies', 'store', 'team'])
    expect(navPages('owner')).toEqual(['conversations', 'follow-ups', 'insights', 'settings', 'canned-replies', 'store', 'team'])
  })

  it('keeps the Store page to owners and admins', () => {
    expect(mayOpen('admin', 'store')).toBe(true)
    expect(mayOpen('manager', 'store')).toBe(false)
    expect(mayOpen('agent', 'insights')).toBe(false)
  })

  it('opens "Canned replies" to managers and above, who write them; agents insert them from the reply box', () => {
    expect(mayOpen('manager', 'canned-replies')).toBe(true)
    expect(mayOpen('agent', 'canned-replies')).toBe(false)
  })

  it('lets owners and admins manage everyone but the owner and themselves', () => {
    const owner = { id: 'o', role: 'owner' as const }
    const admin = { id: 'a', role: 'admin' as const }
    const agent = { id: 'g', role: 'agent' as const }
    const none = { changeRole: false, remove: false }
    const both = { changeRole: true, remove: true }
    expect(memberActions(owner, agent)).toEqual(both)
    expect(memberActions(owner, admin)).toEqual(both)
    expect(memberActions(owner, owner)).toEqual(none)
    expect(memberActions(admin, owner)).toEqual(none)
    expect(memberActions(admin, admin)).toEqual(none)
    expect(memberActions(admin, { id: 'a2', role: 'admin' })).toEqual(both)
    expect(memberActions({ id: 'm', role: 'manager' }, agent)).toEqual(none)
    expect(memberActions(agent, { id: 'g2', role: 'agent' })).toEqual(none)
  })
})
