import { AttuneError } from '@attune/core'
import { type AttuneChatElement, defineAttuneChat, TAG_NAME, WidgetEvent } from './element.ts'
import type { WidgetEventDetail } from './element-api.ts'
import type { Theme } from './launcher/theme.ts'
import type { CheckInMoments } from './ui/types.ts'

export interface BootOptions {
  /** The store's public site key. */
  siteKey: string
  /** Origin of the Attune server, e.g. "https://chat.example.com". */
  server: string
  /** BCP 47 language tag; defaults to the page's `lang`, then the browser's languages, then English. */
  locale?: string
  /** Colours, corner, offsets, launcher label, stacking order, light/dark/auto. */
  theme?: Theme
  /** Check-in moments this page switches off, e.g. `{ before: false }` on the checkout page. */
  checkIns?: CheckInMoments
  /** A short beep when an agent writes while the tab is hidden. Default false. */
  sound?: boolean
}

/** A listener for one event: it gets that event's detail, `{ count }` for `unread` and `null` for the others. */
export type WidgetListener<E extends WidgetEvent = WidgetEvent> = (detail: WidgetEventDetail[E]) => void

let current: AttuneChatElement | null = null
/** Each event's listeners, by name (the known events, and only they): kept across boots. */
const listeners = new Map<string, Set<WidgetListener>>(Object.values(WidgetEvent).map((name) => [name, new Set()]))

/** Puts the chat on the page: one `<attune-chat>` at the end of `<body>`. Booting again replaces it. */
export function boot(options: BootOptions): void {
  if (!isText(options?.siteKey)) {
    throw new AttuneError('invalid_input', 'boot needs a siteKey, e.g. boot({ siteKey: "demo", server: "https://…" }).')
  }
  if (!isText(options.server)) {
    throw new AttuneError('invalid_input', 'boot needs the Attune server origin as `server`.')
  }
  shutdown()
  defineAttuneChat()
  const element = document.createElement(TAG_NAME) as AttuneChatElement
  element.setAttribute('site-key', options.siteKey)
  element.setAttribute('server', options.server)
  if (options.locale) element.setAttribute('locale', options.locale)
  element.theme = options.theme
  element.checkIns = options.checkIns
  element.sound = options.sound === true
  for (const [name, set] of listeners) {
    element.addEventListener(`attune:${name}`, (event) => {
      for (const listener of set) listener((event as CustomEvent).detail)
    })
  }
  document.body.append(element)
  current = element
}

/** A string with something in it: what a page (perhaps plain JavaScript) must give as a site key and a server. */
const isText = (value: unknown): value is string => typeof value === 'string' && value !== ''

function booted(command: string): AttuneChatElement | null {
  if (!current) console.warn(`[Attune] "${command}" was called before "boot"; it was ignored.`)
  return current
}

/** The calls the element answers itself, each passed on to the booted one. */
type Forwarded = 'open' | 'close' | 'toggle' | 'identify' | 'update'

/** The booted element's own `name`, called with the page's arguments (a warning before boot). */
function forward<K extends Forwarded>(name: K): AttuneChatElement[K] {
  type Call = (...args: never[]) => void
  return ((...args: never[]) => (booted(name)?.[name] as Call | undefined)?.(...args)) as AttuneChatElement[K]
}

/** Opens the chat (without moving the shopper's focus: only their own click does). */
export const open = forward('open')

/** Closes the chat. */
export const close = forward('close')

/** Opens the chat if it is closed, else closes it. */
export const toggle = forward('toggle')

/** The shopper signed in to your store; `userHash` is HMAC-SHA256(identity secret, id), hex, from your server. */
export const identify = forward('identify')

/** Facts your agents should see (cart total, plan, returning customer…). */
export const update = forward('update')

/** Switches the chat's language, e.g. when the shopper picks another one on your site. */
export function setLocale(locale: string): void {
  booted('locale')?.setAttribute('locale', locale)
}

/** Listens to `ready`, `open`, `close` or `unread` (`{ count }`); works before boot and across boots. */
export function on<E extends WidgetEvent>(event: E, listener: WidgetListener<E>): void {
  const set = listeners.get(event)
  if (!set) throw new AttuneError('invalid_input', `Unknown event "${event}"; known: ${[...listeners.keys()].join(', ')}.`)
  if (typeof listener !== 'function') throw new AttuneError('invalid_input', `on("${event}") needs a function.`)
  // Kept by event name, so each set only ever holds listeners for its own event's detail.
  set.add(listener as WidgetListener)
}

export function off<E extends WidgetEvent>(event: E, listener: WidgetListener<E>): void {
  listeners.get(event)?.delete(listener as WidgetListener)
}

/** Removes the chat from the page and closes its connection. */
export function shutdown(): void {
  current?.remove()
  current = null
}
