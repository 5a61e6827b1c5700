import { can, ROLES, type Member, type Role } from '@attune/protocol'

/** What the viewer may do to one member on the Team page. */
export interface MemberActions {
  /** Change their role: managers of the team, never on the owner (ownership moves by transfer) nor on oneself. */
  changeRole: boolean
  /** Remove them from the team: the same rule. */
  remove: boolean
}

export function memberActions(viewer: { id: string; role: Role }, member: Pick<Member, 'id' | 'role'>): MemberActions {
  const allowed = can(viewer.role, 'manage_team') && member.role !== 'owner' && member.id !== viewer.id
  return { changeRole: allowed, remove: allowed }
}

/** Roles one may invite or give: ownership is transferred, never granted. */
export const GRANTABLE_ROLES = ['agent', 'manager', 'admin'] as const satisfies readonly Role[]
export type GrantableRole = (typeof GRANTABLE_ROLES)[number]

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
