import { can, type ConversationSummary, type Permission, type Role } from '@attune/protocol'

/**
 * The conversation list's views (issue 14), in the order of their tabs. Adding one is one line:
 * its id (named in the `team` catalog's `views`), which conversations it shows, and the
 * permission it needs, if any. The server sends an agent only theirs and the unassigned, so the
 * views only sort what each person may see. "Resolved" is not in the live list of open
 * conversations: the server lists it a page at a time (`remote`), so its tab shows no count.
 */
const VIEWS = [
  { id: 'mine', shows: (c: ConversationSummary, me: string) => c.assignee?.id === me },
  { id: 'unassigned', shows: (c: ConversationSummary) => !c.assignee },
  { id: 'all', shows: () => true, permission: 'see_all_conversations' as Permission },
  { id: 'resolved', shows: () => false, remote: true },
] as const

export type View = (typeof VIEWS)[number]
export type ViewId = View['id']

/** The views a role has, in tab order. */
export function viewsFor(role: Role): View[] {
  return VIEWS.filter((view) => !('permission' in view) || can(role, view.permission))
}

/** Where the list opens: everything for those who see all, one's own otherwise. */
export function defaultView(role: Role): ViewId {
  return can(role, 'see_all_conversations') ? 'all' : 'mine'
}

/** Whether the view shows a conversation to the person `me`. */
export function inView(id: ViewId, conversation: ConversationSummary, me: string): boolean {
  return VIEWS.find((view) => view.id === id)?.shows(conversation, me) ?? false
}

/** How many conversations each view shows: the counts on the tabs. */
export function viewCounts(views: readonly View[], conversations: readonly ConversationSummary[], me: string): Record<string, number> {
  const counted = views.filter((view) => !('remote' in view))
  return Object.fromEntries(counted.map((view) => [view.id, conversations.filter((c) => view.shows(c, me)).length]))
}
