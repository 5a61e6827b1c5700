import { can, type Member, type Permission, type Role } from '@attune/protocol'
import type { Page } from './route.ts'

/**
 * What a role sees. The server refuses whatever a role may not do; the inbox only hides it, so a
 * person never meets a link or a button that would be refused (protocol's `can`).
 */
const PAGE_PERMISSION: Record<Exclude<Page, 'invite'>, Permission> = {
  conversations: 'converse',
  insights: 'read_insights',
  settings: 'edit_check_ins',
  store: 'edit_store',
  team: 'see_team',
}

/** The header's links, in order. */
const NAV_ORDER = ['conversations', 'insights', 'settings', 'store', 'team'] as const
export type NavPage = (typeof NAV_ORDER)[number]

export function mayOpen(role: Role, page: NavPage): boolean {
  return can(role, PAGE_PERMISSION[page])
}

export function navPages(role: Role): NavPage[] {
  return NAV_ORDER.filter((page) => mayOpen(role, page))
}

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
