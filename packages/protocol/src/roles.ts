import * as v from 'valibot'

/**
 * A person's role in one store. A person signs in once and may belong to several stores, each
 * with its own role. Ordered from most to least power.
 */
export const Role = {
  /** Everything, including deleting the store and handing ownership to someone else. */
  Owner: 'owner',
  /** The team and the store's settings (origins, identity secret), plus all a manager may do. */
  Admin: 'admin',
  /** Insights and the check-in settings, plus all an agent may do. */
  Manager: 'manager',
  /** Conversations: answer, check in, resolve. */
  Agent: 'agent',
} as const
export type Role = (typeof Role)[keyof typeof Role]

export const ROLES = Object.values(Role) as readonly Role[]

export const RoleSchema = v.picklist(ROLES, 'A role is owner, admin, manager or agent.')

/**
 * What a role may do, as a closed set. The server checks it on every route and frame; the inbox
 * reads it only to hide what would be refused anyway.
 */
export const Permission = {
  /** Read, answer, check in on and resolve the store's conversations. */
  Converse: 'converse',
  /** See who is on the team. */
  SeeTeam: 'see_team',
  /** Live alerts in the inbox, e.g. a shopper threatening a public complaint (issue 16). */
  ReceiveAlerts: 'receive_alerts',
  /** Insights and their CSV, and the shoppers' after-chat comments. */
  ReadInsights: 'read_insights',
  /** Every conversation of the store, whoever it is assigned to (an agent sees theirs and the unassigned; issue 14). */
  SeeAllConversations: 'see_all_conversations',
  /** Assign a conversation to anyone on the team (issue 14); anyone may take an unassigned one. */
  Assign: 'assign',
  /** Mark a shopper's after-chat comment "acted on" with a note the shopper is told (issue 16). */
  AnswerFeedback: 'answer_feedback',
  /** The check-in settings (moments, thresholds, topics, retention). */
  EditCheckIns: 'edit_check_ins',
  /** Write the store's canned replies (issue 14; decision 027). Everyone who converses reads them. */
  EditCannedReplies: 'edit_canned_replies',
  /** Erase a shopper's data (GDPR, PDPA). */
  EraseVisitors: 'erase_visitors',
  /** Name, allowed origins, the identity secret, webhooks. */
  EditStore: 'edit_store',
  /** Invite people, change their roles (below owner), remove them. */
  ManageTeam: 'manage_team',
  /** Delete the store; transfer ownership. */
  OwnStore: 'own_store',
} as const
export type Permission = (typeof Permission)[keyof typeof Permission]

// Each role may do everything the role below it may, and more: the ladder is written once.
const AGENT: readonly Permission[] = ['converse', 'see_team']
const MANAGER: readonly Permission[] = [
  ...AGENT,
  'see_all_conversations',
  'assign',
  'receive_alerts',
  'read_insights',
  'answer_feedback',
  'edit_check_ins',
  'edit_canned_replies',
  'erase_visitors',
]
const ADMIN: readonly Permission[] = [...MANAGER, 'edit_store', 'manage_team']
const GRANTS: Record<Role, readonly Permission[]> = { agent: AGENT, manager: MANAGER, admin: ADMIN, owner: [...ADMIN, 'own_store'] }

/** Whether `role` may do `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}
