import { AttuneError } from '@attune/core'
import { type AttuneChatElement, defineAttuneChat, TAG_NAME } from './element.ts'

export interface BootOptions {
  /** The store's public site key. */
  siteKey: string
  /** Origin of the Attune server, e.g. "https://chat.example.com". */
  server: string
  /** BCP 47 language tag; defaults to the page's `lang`, then English. */
  locale?: string
}

let current: AttuneChatElement | null = null

/** Puts the chat on the page: one `<attune-chat>` at the end of `<body>`. Booting again replaces it. */
export function boot(options: BootOptions): void {
  if (!options || typeof options.siteKey !== 'string' || options.siteKey === '') {
    throw new AttuneError('invalid_input', 'boot needs a siteKey, e.g. boot({ siteKey: "demo", server: "https://…" }).')
  }
  if (typeof options.server !== 'string' || options.server === '') {
    throw new AttuneError('invalid_input', 'boot needs the Attune server origin as `server`.')
  }
  shutdown()
  defineAttuneChat()
  const element = document.createElement(TAG_NAME) as AttuneChatElement
  element.setAttribute('site-key', options.siteKey)
  element.setAttribute('server', options.server)
  if (options.locale) element.setAttribute('locale', options.locale)
  document.body.append(element)
  current = element
}

function booted(command: string): AttuneChatElement | null {
  if (!current) console.warn(`[Attune] "${command}" was called before "boot"; it was ignored.`)
  return current
}

export function open(): void {
  booted('open')?.open()
}

export function close(): void {
  booted('close')?.close()
}

export function toggle(): void {
  booted('toggle')?.toggle()
}

/** Removes the chat from the page and closes its connection. */
export function shutdown(): void {
  current?.remove()
  current = null
}
