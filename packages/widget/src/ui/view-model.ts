// State → props, as pure functions: the components only render what these return.
import type { DeliveryState, TimelineItem } from '@attune/core'
import type { Translate } from '../i18n/t.ts'

export type Status = 'idle' | 'connecting' | 'online' | 'offline'

export interface LauncherView {
  /** Stable accessible name: tests and screen-reader users rely on exactly these words. */
  label: string
  expanded: boolean
  /** The number drawn on the badge ("9+" above nine), or null for no badge. */
  badge: string | null
  /** Text alternative of the badge, exposed as the launcher's description. */
  badgeText: string | null
}

export function launcherView(open: boolean, unread: number, t: Translate): LauncherView {
  const showBadge = !open && unread > 0
  return {
    label: t(open ? 'launcher.close' : 'launcher.open'),
    expanded: open,
    badge: showBadge ? (unread > 9 ? '9+' : String(unread)) : null,
    badgeText: showBadge ? t('launcher.unread', { count: unread }) : null,
  }
}

export type Delivery = DeliveryState

export type ItemView =
  | {
      kind: 'message'
      key: string
      mine: boolean
      role: 'visitor' | 'agent' | 'system'
      author: string
      text: string
      /** ISO timestamp for `<time datetime>`. */
      at: string
      time: string
      /** Delivery line, only on the shopper's own messages. */
      delivery: { state: Delivery; text: string } | null
    }
  | { kind: 'notice'; key: string; text: string; at: string; time: string }

export interface ItemContext {
  t: Translate
  formatTime: (iso: string) => string
  storeName: string | null
}

const deliveryKey = {
  sending: 'message.sending',
  sent: 'message.sent',
  delivered: 'message.delivered',
  read: 'message.read',
  failed: 'message.failed',
} as const satisfies Record<DeliveryState, string>

export function itemView(item: TimelineItem, ctx: ItemContext): ItemView {
  const time = ctx.formatTime(item.at)
  if (item.kind === 'resolved') {
    return { kind: 'notice', key: item.key, text: ctx.t('message.resolved'), at: item.at, time }
  }
  const mine = item.role === 'visitor'
  const author = mine
    ? ctx.t('author.you')
    : item.role === 'agent'
      ? (item.authorName ?? ctx.t('author.agent'))
      : (item.authorName ?? ctx.storeName ?? ctx.t('author.agent'))
  return {
    kind: 'message',
    key: item.key,
    mine,
    role: item.role,
    author,
    text: item.text,
    at: item.at,
    time,
    delivery: mine ? { state: item.state, text: ctx.t(deliveryKey[item.state]) } : null,
  }
}

/** "Maya is typing…", named after the last agent who wrote, or null when nobody types. */
export function typingText(agentTyping: boolean, timeline: readonly TimelineItem[], t: Translate): string | null {
  if (!agentTyping) return null
  for (let i = timeline.length - 1; i >= 0; i--) {
    const item = timeline[i]
    if (item?.kind === 'message' && item.role === 'agent' && item.authorName) {
      return t('typing.agent', { name: item.authorName })
    }
  }
  return t('typing.agent', { name: t('author.agent') })
}

/** The connection notice, or null while all is well (the first connect shows nothing, to avoid a flash). */
export function statusNotice(status: Status, t: Translate): string | null {
  return status === 'offline' ? t('status.offline') : null
}

export function panelTitle(site: { name: string } | null, t: Translate): string {
  return site?.name ? t('panel.title', { store: site.name }) : t('panel.titleFallback')
}

/** Time of day in the shopper's locale; an unparsable timestamp shows nothing rather than "Invalid Date". */
export function timeFormatter(locale: string): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' })
  return (iso) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? '' : format.format(date)
  }
}

/** How long the shopper's message waits before we say, honestly, that a person is coming. */
export const WAIT_NOTICE_AFTER_MS = 20_000

/** The calm "someone will reply soon" notice, once the shopper has waited long enough, else null. */
export function waitNotice(awaiting: { since: string } | null, now: number, t: Translate): string | null {
  if (!awaiting) return null
  const since = Date.parse(awaiting.since)
  return Number.isFinite(since) && now - since > WAIT_NOTICE_AFTER_MS ? t('wait.notice') : null
}

/** "End chat" shows while a conversation is going on: its last item is a message, no after card yet. */
export function canEndChat(timeline: readonly TimelineItem[], checkInPhase: string | null): boolean {
  return timeline[timeline.length - 1]?.kind === 'message' && checkInPhase !== 'after'
}
