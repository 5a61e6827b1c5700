import type { ConversationSummary } from '@attune/protocol'
import type { InboxAlert } from '../agent.ts'
import type { InboxMessages } from '../i18n/en.ts'
import type { HistoryMessages } from '../i18n/en-history.ts'
import { conversationLabel } from './conversation-rows.ts'

/** The most alerts kept on screen: older ones are still in Insights' complaint-risk list. */
const MAX_ALERTS = 5

export interface AlertView {
  /** Unique per message: conversation and seq. */
  key: string
  conversationId: string
  /** The conversation as the list names it, for the "Open" link. */
  label: string
  text: string
  dismissLabel: string
}

/** Adds an alert on top, once per message, keeping at most MAX_ALERTS. */
export function addAlert(list: readonly InboxAlert[], alert: InboxAlert): InboxAlert[] {
  const rest = list.filter((a) => !(a.conversationId === alert.conversationId && a.seq === alert.seq))
  return [alert, ...rest].slice(0, MAX_ALERTS)
}

/** The alert in the words of `words`, naming the conversation as the list does (`t`). */
export function toAlertView(
  alert: InboxAlert,
  conversations: readonly ConversationSummary[],
  t: InboxMessages,
  words: HistoryMessages['alerts'],
): AlertView {
  const known = conversations.find((c) => c.id === alert.conversationId)
  const label = known ? conversationLabel(known, t) : t.conversation.linked(alert.conversationId.slice(-4))
  const who = alert.visitorName ?? label
  return {
    key: `${alert.conversationId}:${alert.seq}`,
    conversationId: alert.conversationId,
    label,
    text: words.complaint(who, alert.detail ?? ''),
    dismissLabel: words.dismissLabel(who),
  }
}
