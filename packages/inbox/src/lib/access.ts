import { can, type Permission, type Role } from '@attune/protocol'
import type { Page } from './route.ts'

/**
 * What a role sees. The server refuses whatever a role may not do; the inbox only hides it, so a
 * person never meets a link or a button that would be refused (protocol's `can`).
 */
const PAGE_PERMISSION: Record<Exclude<Page, 'invite'>, Permission> = {
  conversations: 'converse',
  insights: 'read_insights',
  'follow-ups': 'converse',
  settings: 'edit_check_ins',
  'canned-replies': 'edit_canned_replies',
  store: 'edit_store',
  team: 'see_team',
}

/** The header's links, in order. */
const NAV_ORDER = ['conversations', 'follow-ups', 'insights', 'settings', 'canned-replies', 'store', 'team'] as const
export type NavPage = (typeof NAV_ORDER)[number]

export function mayOpen(role: Role, page: NavPage): boolean {
  return can(role, PAGE_PERMISSION[page])
}

export function navPages(role: Role): NavPage[] {
  return NAV_ORDER.filter((page) => mayOpen(role, page))
}
