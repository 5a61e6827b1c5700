import { createClient } from '@attune/core'
import { atom, type ReadableAtom } from 'nanostores'
import { h, render } from 'preact'
import { loadCatalog, pickLocale } from './i18n/catalogs.ts'
import type { Catalog } from './i18n/en.ts'
import { createTranslator } from './i18n/t.ts'
import css from './styles.css?inline'
import { App } from './ui/App.tsx'
import { tickingNow } from './ui/now.ts'
import type { WidgetClient } from './ui/types.ts'

export const TAG_NAME = 'attune-chat'

/** `<attune-chat site-key server locale>`: the one element Attune puts in a host page. */
export interface AttuneChatElement extends HTMLElement {
  /** A client to use instead of creating one from the attributes (tests, custom set-ups). Set before connecting. */
  client: WidgetClient | undefined
  /** The clock the wait notice reads (tests inject their own). Set before connecting. */
  now: ReadableAtom<number> | undefined
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
    now: ReadableAtom<number> | undefined
    #owned: WidgetClient | undefined
    #open = atom(false)
    /** Bumped on every (re)connect, so a catalog that arrives late never draws a stale instance. */
    #generation = 0

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
      // Boot option, then the host page's language, then the browser's, then English.
      const { code, locale, dir } = pickLocale(
        this.getAttribute('locale'),
        document.documentElement.lang,
        ...(navigator.languages ?? [navigator.language]),
      )
      client.connect()
      // The agent sees where the shopper is; the query string (search terms, tokens) stays out.
      const platform = { $now: this.now ?? tickingNow(), page: () => location.origin + location.pathname }
      const draw = (catalog: Catalog) => {
        const i18n = { t: createTranslator(catalog, locale), locale, dir }
        render(h(App, { client, $open: this.#open, i18n, platform }), root)
      }
      // Drawn once the shopper's language has arrived (a chunk under 2 KB), never in another first.
      const generation = ++this.#generation
      loadCatalog(code).then(
        (catalog) => {
          if (generation === this.#generation && this.isConnected) draw(catalog)
        },
        (error: unknown) => console.warn('[Attune] The chat could not load its texts:', error),
      )
    }

    disconnectedCallback(): void {
      this.#generation++
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
