import { createClient } from '@attune/core'
import { atom } from 'nanostores'
import { h, render } from 'preact'
import { pickCatalog } from './i18n/catalogs.ts'
import { createTranslator } from './i18n/t.ts'
import css from './styles.css?inline'
import { App } from './ui/App.tsx'
import type { WidgetClient } from './ui/types.ts'

export const TAG_NAME = 'attune-chat'

/** `<attune-chat site-key server locale>`: the one element Attune puts in a host page. */
export interface AttuneChatElement extends HTMLElement {
  /** A client to use instead of creating one from the attributes (tests, custom set-ups). Set before connecting. */
  client: WidgetClient | undefined
  open(): void
  close(): void
  toggle(): void
  readonly isOpen: boolean
}

let sheet: CSSStyleSheet | undefined

/** One constructable sheet shared by every instance; works under a strict CSP (no inline <style>). */
function adoptStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
}

// The class is made on first use, not at import: importing the npm entry in Node (SSR) must not
// touch HTMLElement.
function createElementClass(): CustomElementConstructor {
  return class AttuneChat extends HTMLElement implements AttuneChatElement {
    static observedAttributes = ['site-key', 'server', 'locale']

    client: WidgetClient | undefined
    #owned: WidgetClient | undefined
    #open = atom(false)

    get isOpen(): boolean {
      return this.#open.get()
    }

    open(): void {
      this.#open.set(true)
    }

    close(): void {
      this.#open.set(false)
    }

    toggle(): void {
      this.#open.set(!this.#open.get())
    }

    connectedCallback(): void {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
      adoptStyles(root)
      let client = this.client
      if (!client) {
        const siteKey = this.getAttribute('site-key')
        if (!siteKey) {
          console.warn('[Attune] <attune-chat> needs a site-key attribute.')
          return
        }
        const server = this.getAttribute('server') ?? location.origin
        try {
          client = this.#owned = createClient({ server, siteKey })
        } catch (error) {
          // Never throw into the host page from a lifecycle callback.
          console.warn(error instanceof Error ? error.message : error)
          return
        }
      }
      const requested = this.getAttribute('locale') || document.documentElement.lang || navigator.language
      const { locale, catalog } = pickCatalog(requested)
      client.connect()
      render(h(App, { client, $open: this.#open, i18n: { t: createTranslator(catalog, locale), locale } }), root)
    }

    disconnectedCallback(): void {
      if (this.shadowRoot) render(null, this.shadowRoot)
      this.#owned?.destroy()
      this.#owned = undefined
    }

    attributeChangedCallback(_name: string, before: string | null, after: string | null): void {
      // A new site, server or locale means a new client and catalog: start over.
      if (before === after || !this.isConnected) return
      this.disconnectedCallback()
      this.connectedCallback()
    }
  }
}

/** Registers `<attune-chat>` once; safe to call again. */
export function defineAttuneChat(): void {
  if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, createElementClass())
}
