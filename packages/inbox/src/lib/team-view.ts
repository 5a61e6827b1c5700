import { ROLES, type Member, type Role } from '@attune/protocol'
import { memberActions, type MemberActions } from './access.ts'

export interface TeamRow extends MemberActions {
  member: Member
  isYou: boolean
}

/** The Team page's rows: the owner first, then by role and name; what the viewer may do to each. */
export function teamRows(members: readonly Member[], viewer: { id: string; role: Role }): TeamRow[] {
  const rank = (role: Role) => ROLES.indexOf(role)
  return [...members]
    .sort((a, b) => rank(a.role) - rank(b.role) || a.name.localeCompare(b.name))
    .map((member) => ({ member, isYou: member.id === viewer.id, ...memberActions(viewer, member) }))
}

/** Whom the owner may hand the store to: every other member. */
export function transferCandidates(members: readonly Member[], ownerId: string): Member[] {
  return members.filter((m) => m.id !== ownerId).sort((a, b) => a.name.localeCompare(b.name))
}
