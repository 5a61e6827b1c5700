import type { VisitorIdentity } from '@attune/core'
import type { Theme } from './launcher/theme.ts'
import type { CheckInMoments, WidgetClient } from './ui/types.ts'

/** What `<attune-chat>` dispatches on itself, as `attune:<name>` CustomEvents. */
export const WidgetEvent = {
  /** The launcher is on screen (texts loaded). */
  Ready: 'ready',
  /** The panel opened. */
  Open: 'open',
  /** The panel closed. */
  Close: 'close',
  /** The number of unread agent messages changed; `detail.count`. */
  Unread: 'unread',
} as const
export type WidgetEvent = (typeof WidgetEvent)[keyof typeof WidgetEvent]

/**
 * Each event's `detail`, what `on(event, listener)` hands the listener. Extending the record
 * makes a new `WidgetEvent` without an entry here a type error. Events sent without a detail
 * carry `null`, the CustomEvent default (DOM standard, CustomEventInit).
 */
export interface WidgetEventDetail extends Record<WidgetEvent, unknown> {
  ready: null
  open: null
  close: null
  /** Agent messages the shopper has not seen yet. */
  unread: { count: number }
}

/** `<attune-chat site-key server locale>`: the one element Attune puts in a host page. */
export interface AttuneChatElement extends HTMLElement {
  /** A client to use instead of creating one from the attributes (tests, custom set-ups). Set before connecting. */
  client: WidgetClient | undefined
  /** The clock the panel reads, ms since the epoch (tests inject their own). Set before connecting. */
  now: (() => number) | undefined
  /** Colours, corner, offsets, launcher label, stacking, light/dark/auto. */
  theme: Theme | undefined
  /** Check-in moments this page switches off, e.g. `{ before: false }`. */
  checkIns: CheckInMoments | undefined
  /** A short beep for a new message while the tab is hidden. Default false. */
  sound: boolean
  open(): void
  close(): void
  toggle(): void
  readonly isOpen: boolean
  identify(identity: VisitorIdentity): void
  update(attributes: Record<string, string | number | boolean>): void
}
