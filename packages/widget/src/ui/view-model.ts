// State → props, as pure functions: the components only render what these return.
import type { Attachment, DateFormat, FigureOptions, TimelineItem, Typist } from '@attune/core'
import type { Translate } from '../i18n/t.ts'
import { hasMarkup } from './markup.ts'
import type { Away, I18n } from './types.ts'

export type Status = 'idle' | 'connecting' | 'online' | 'offline'

type Message = Extract<TimelineItem, { kind: 'message' }>

/** A timeline message as drawn: the item's own fields, and what the view works out from them. */
export type ItemView =
  | (Omit<Message, 'attachments' | 'quickReplies'> & {
      mine: boolean
      author: string
      time: string
      /** Delivery line ("Sent", "Read"), only on the shopper's own messages; `state` says which. */
      delivery: string | null
      /** An agent's text with Markdown in it (drawn by the rich chunk); the shopper's never. */
      markup: boolean
      attachments: readonly Attachment[]
      quickReplies: string[]
    })
  | { kind: 'notice'; key: string; text: string; at: string; time: string }

export interface ItemContext {
  t: Translate
  formatTime: (iso: string) => string
  storeName: string | null
  /**
   * The timeline's last item, the only one whose quick replies show: whatever comes after an
   * agent's question (the shopper's answer, the end of the chat) leaves its buttons answering a
   * question already answered.
   */
  lastKey?: string | undefined
}

export function itemView(item: TimelineItem, ctx: ItemContext): ItemView {
  const time = ctx.formatTime(item.at)
  if (item.kind === 'resolved') {
    return { ...item, kind: 'notice', text: ctx.t('message.resolved'), time }
  }
  const mine = item.role === 'visitor'
  const author = mine
    ? ctx.t('author.you')
    : item.role === 'agent'
      ? (item.authorName ?? ctx.t('author.agent'))
      : (item.authorName ?? ctx.storeName ?? ctx.t('author.agent'))
  return {
    ...item,
    mine,
    author,
    time,
    delivery: mine ? ctx.t(`message.${item.state}`) : null,
    markup: !mine && hasMarkup(item.text),
    attachments: item.attachments ?? [],
    quickReplies: item.key === ctx.lastKey ? (item.quickReplies ?? []) : [],
  }
}

const needsRich = (view: ItemView | DayRow) => view.kind === 'message' && (view.markup || view.attachments.length > 0 || view.quickReplies.length > 0)

/**
 * Where the first row that needs the rich chunk is (Markdown, an attached file, or quick replies),
 * or -1 when none does. While the chunk is on its way the rows before it are drawn: that message
 * appears when the chunk is there (the first time, tens of ms) and the ones after it with it, so
 * the log announces each message once, formatted, in order.
 */
export const firstRichRow = (rows: readonly (ItemView | DayRow)[]): number => rows.findIndex(needsRich)

export type DayRow = { kind: 'day'; key: string; label: string }
export type Row = TimelineItem | DayRow

/** Local midnight of a moment, in ms: one number for every moment of a calendar day. */
const midnight = (date: Date) => new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime()

/** Intl's format in the shopper's language, or the catalog's own where the browser has no data for it (Lao in Chrome). */
const dateFormat = ({ locale, dates }: Pick<I18n, 'locale' | 'dates'>, options: FigureOptions): DateFormat =>
  dates?.(options) ?? new Intl.DateTimeFormat(locale, options)

/**
 * "Today", "Yesterday" (from the catalog: browsers' Intl data lacks them for some languages, Lao
 * among them), else the date ("Monday, March 3"; with the year when not this year).
 */
export function dayLabel(date: Date, now: number, i18n: Pick<I18n, 'locale' | 'dates' | 't'>): string {
  const today = new Date(now)
  const days = Math.round((midnight(date) - midnight(today)) / 86_400_000)
  if (days === 0 || days === -1) return i18n.t(days === 0 ? 'day.today' : 'day.yesterday')
  const options: FigureOptions = { weekday: 'long', month: 'long', day: 'numeric' }
  if (date.getFullYear() !== today.getFullYear()) options.year = 'numeric'
  const label = dateFormat(i18n, options).format(date)
  // As a heading it starts with a capital where scripts have one ("lunes" → "Lunes").
  return label[0]!.toLocaleUpperCase(i18n.locale) + label.slice(1)
}

/** The timeline with a day separator before the first item of each calendar day (local time). */
export function withDays(timeline: readonly TimelineItem[], now: number, i18n: Pick<I18n, 'locale' | 'dates' | 't'>): Row[] {
  const rows: Row[] = []
  let last = ''
  for (const item of timeline) {
    const date = new Date(item.at)
    if (!Number.isNaN(date.getTime())) {
      const key = `day-${midnight(date)}`
      if (key !== last) rows.push({ kind: 'day', key, label: dayLabel(date, now, i18n) })
      last = key
    }
    rows.push(item)
  }
  return rows
}

/**
 * Whether nobody can answer now (issue 15): the store is outside its hours, or no agent is online.
 * The one place the panel decides it. `storeOpen` is null while unknown (and where the launcher's
 * answer said someone was there); `agentsOnline` null until the server says.
 */
export function nobodyThere(agentsOnline: number | null, storeOpen: boolean | null): boolean {
  return storeOpen === false || agentsOnline === 0
}

/**
 * The header's presence line, once the server has said how many agents are online or the store's
 * hours have: when nobody is there (`nobody`, from nobodyThere), the store's away notice ("We're
 * back tomorrow at 9:00"), else the plain away line.
 */
export function presenceText(nobody: boolean, agentsOnline: number | null, t: Translate, away?: Away): string | null {
  if (nobody) return away?.notice ?? t('panel.away')
  return agentsOnline === null ? null : t('panel.online')
}

/** "Maya is typing…", named after the agent who types (the server says who), or null when nobody types. */
export function typingText(typist: Typist | null, t: Translate): string | null {
  return typist ? t('typing.agent', { name: typist.name ?? t('author.agent') }) : null
}

/** The connection notice, or null while all is well (the first connect shows nothing, to avoid a flash). */
export function statusNotice(status: Status, t: Translate): string | null {
  return status === 'offline' ? t('status.offline') : null
}

export function panelTitle(site: { name: string } | null, t: Translate): string {
  return site?.name ? t('panel.title', { store: site.name }) : t('panel.titleFallback')
}

/** Time of day in the shopper's language; an unparsable timestamp shows nothing rather than "Invalid Date". */
export function timeFormatter(i18n: Pick<I18n, 'locale' | 'dates'>): (iso: string) => string {
  const format = dateFormat(i18n, { hour: 'numeric', minute: '2-digit' })
  return (iso) => {
    const date = new Date(iso)
    return Number.isNaN(date.getTime()) ? '' : format.format(date)
  }
}

/** How long the shopper's message waits before we say, honestly, that a person is coming. */
const WAIT_NOTICE_AFTER_MS = 20_000

/**
 * How long, ms, until the shopper's message, waiting since `since` (ISO), has waited long enough
 * for the notice: below 0 once it has. A time that cannot be read gives NaN, never below 0.
 */
export function waitLeft(since: string, now: number): number {
  return Date.parse(since) + WAIT_NOTICE_AFTER_MS - now
}

/** "End chat" shows while a conversation is going on: its last item is a message, no after (or follow-up) card. */
export function canEndChat(timeline: readonly TimelineItem[], checkInPhase: string | null): boolean {
  return timeline.at(-1)?.kind === 'message' && checkInPhase !== 'after' && checkInPhase !== 'follow_up'
}
