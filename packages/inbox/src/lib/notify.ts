import type { ConversationSummary } from '@attune/protocol'
import type { AlertMessages } from '../i18n/en-alerts.ts'
import { previewText } from './labels.ts'
import { isMine } from './mine.ts'

/**
 * What the inbox alerts an agent to (issue 14, decision 028), from the live list alone: the
 * server's complaint alerts for managers (lib/alerts.ts) are another thing, decided on the server.
 */
export const ChatAlertKind = {
  /** A shopper's first message: a new conversation waits for someone. */
  NewConversation: 'new_conversation',
  /** A shopper wrote again in a conversation of mine. */
  Message: 'message',
  /** A shopper answered "Not yet" to "Do you feel we understand what you need?". */
  NotYet: 'not_yet',
} as const
export type ChatAlertKind = (typeof ChatAlertKind)[keyof typeof ChatAlertKind]

export interface ChatAlert {
  kind: ChatAlertKind
  conversationId: string
}

type Summary = Pick<ConversationSummary, 'id' | 'lastMessage' | 'empathy' | 'assignee'>
type LastMessage = ConversationSummary['lastMessage']

const sameMessage = (a: LastMessage | undefined, b: LastMessage) => !!a && !!b && a.at === b.at && a.text === b.text && a.role === b.role

/** What changed from `before` (undefined: not in the list before) to `after` that is worth an alert. */
export function alertKind(before: Summary | undefined, after: Summary): ChatAlertKind | null {
  // "Not yet" first: the strongest news, and the one the list raises to the top.
  if (after.empathy?.understood === false && before?.empathy?.understood !== false) return ChatAlertKind.NotYet
  const message = after.lastMessage
  if (message?.role !== 'visitor' || sameMessage(before?.lastMessage, message)) return null
  return before?.lastMessage ? ChatAlertKind.Message : ChatAlertKind.NewConversation
}

/**
 * The alerts between two states of the list, for the agent `myId`: only conversations of theirs
 * (isMine). A conversation that left the list (resolved) says nothing.
 */
export function chatAlerts(before: readonly Summary[], after: readonly Summary[], myId: string): ChatAlert[] {
  const known = new Map(before.map((c) => [c.id, c]))
  const alerts: ChatAlert[] = []
  for (const summary of after) {
    if (!isMine(summary, myId)) continue
    const kind = alertKind(known.get(summary.id), summary)
    if (kind) alerts.push({ kind, conversationId: summary.id })
  }
  return alerts
}

/** Where the agent's eyes are: on this tab (visible and focused) or not, and which conversation is open. */
export interface Watching {
  attending: boolean
  openId: string | null
}

/** The alerts the agent is not already looking at: the open conversation of a watched tab tells itself. */
export const worthTelling = (alerts: readonly ChatAlert[], watching: Watching): ChatAlert[] =>
  alerts.filter((a) => !(watching.attending && a.conversationId === watching.openId))

/**
 * The conversations with news the agent has not seen: each alert while they look elsewhere adds
 * its conversation; looking at the tab again clears them all (`attending`); a conversation that
 * left the list (resolved by someone) is no longer news.
 */
export function unseenAfter(
  unseen: ReadonlySet<string>,
  alerts: readonly ChatAlert[],
  attending: boolean,
  open: readonly Pick<ConversationSummary, 'id'>[],
): ReadonlySet<string> {
  if (attending) return unseen.size ? new Set() : unseen
  const ids = new Set(open.map((c) => c.id))
  const next = new Set([...unseen].filter((id) => ids.has(id)))
  for (const alert of alerts) next.add(alert.conversationId)
  return next.size === unseen.size && [...next].every((id) => unseen.has(id)) ? unseen : next
}

/**
 * The one alert said aloud while the tab is shown (WCAG 4.1.3), since a tone names nobody and
 * sound may be off: a new conversation or a shopper's message, the newest of them. The open
 * conversation's log speaks for itself, and the list says "Not yet" (ConversationList).
 */
export function spokenAlert(
  alerts: readonly ChatAlert[],
  list: readonly Pick<ConversationSummary, 'id' | 'lastMessage'>[],
  openId: string | null,
): ChatAlert | null {
  const at = (alert: ChatAlert) => list.find((c) => c.id === alert.conversationId)?.lastMessage?.at ?? ''
  let newest: ChatAlert | null = null
  for (const alert of alerts) {
    if (alert.kind === ChatAlertKind.NotYet || alert.conversationId === openId) continue
    if (!newest || at(alert) >= at(newest)) newest = alert
  }
  return newest
}

/** The tab's title with the count of unseen conversations in front, as mail and chat tabs show it. */
export const titleWithCount = (title: string, count: number): string => (count > 0 ? `(${count}) ${title}` : title)

/**
 * A desktop notification's words: who and what as the title, the shopper's own words as the body
 * (a file's name when they sent one without words). `who` names the conversation as the list does.
 */
export function notificationText(
  alert: ChatAlert,
  summary: Pick<ConversationSummary, 'lastMessage'> | undefined,
  who: string,
  words: AlertMessages['notification'],
): { title: string; body: string } {
  const title = words[alert.kind](who)
  if (alert.kind === ChatAlertKind.NotYet) return { title, body: words.notYetBody }
  const message = summary?.lastMessage
  if (message?.text.trim()) return { title, body: previewText(message.text, 120) }
  return { title, body: message?.file ? words.file(message.file) : '' }
}
