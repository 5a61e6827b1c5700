// <attune-chat>: the launcher chunk. Plain DOM in a shadow root (no view layer) for the launcher,
// badge and commands; the panel chunk (the chat UI, the core connection) is loaded on the
// first open or at an idle moment after boot.
import type { VisitorIdentity } from '@attune/core'
import type { ReadableAtom } from 'nanostores'
import { loadCatalog, pickLocale } from './i18n/catalogs.ts'
import { createTranslator } from './i18n/t.ts'
import { buildLauncher, type LauncherDom } from './launcher/dom.ts'
import { createPageReporter, onRouteChange, pageUrl } from './launcher/routes.ts'
import { adoptStyles } from './launcher/styles.ts'
import { applyTheme, type Theme, type ThemeStyle, themeStyle } from './launcher/theme.ts'
import { createTitleFlash, type TitleFlash } from './launcher/title-flash.ts'
import { launcherView } from './launcher/view.ts'
import type { CheckInMoments, I18n, WidgetClient } from './ui/types.ts'
import { WidgetEvent, type AttuneChatElement } from './element-api.ts'
import { loadPanel, whenIdle, type PanelModule } from './launcher/panel-chunk.ts'

export const TAG_NAME = 'attune-chat'

/** What `<attune-chat>` dispatches on itself, as `attune:<name>` CustomEvents. */
export { WidgetEvent } from './element-api.ts'
export type { AttuneChatElement } from './element-api.ts'

// The class is made on first use, not at import: importing the npm entry in Node (SSR) must not
// touch HTMLElement.
function createElementClass(): CustomElementConstructor {
  return class AttuneChat extends HTMLElement implements AttuneChatElement {
    static observedAttributes = ['site-key', 'server', 'locale']

    client: WidgetClient | undefined
    now: ReadableAtom<number> | undefined
    checkIns: CheckInMoments | undefined
    #sound = false
    /** The beep, a chunk of its own: only stores that turn the sound on download it. */
    #audio: Promise<typeof import('./launcher/beep.ts')> | undefined
    #theme: Theme | undefined
    #style: ThemeStyle | null = null
    #owned: WidgetClient | undefined
    #active: WidgetClient | undefined
    #panel: PanelModule | undefined
    #open = false
    #focusPanel = false
    #unread = 0
    #i18n: I18n | undefined
    /** Bumped on every (re)connect, so a chunk that arrives late never draws a stale instance. */
    #generation = 0
    #root: HTMLDivElement | undefined
    #panelHost: HTMLDivElement | undefined
    #launcher: LauncherDom | undefined
    #flash: TitleFlash | undefined
    #stops: (() => void)[] = []
    /** Calls that need the client, made before it exists (identify, update). */
    #waiting: ((client: WidgetClient) => void)[] = []

    get sound(): boolean {
      return this.#sound
    }

    set sound(on: boolean) {
      this.#sound = on
      // Fetched now, so it is there by the shopper's first click (which must unlock the audio: a
      // settled promise's callback still runs inside the click's user gesture).
      if (on) this.#audio ??= import('./launcher/beep.ts')
    }

    get isOpen(): boolean {
      return this.#open
    }

    get theme(): Theme | undefined {
      return this.#theme
    }

    set theme(theme: Theme | undefined) {
      this.#theme = theme
      this.#applyTheme()
      this.#drawLauncher()
    }

    open(): void {
      this.#setOpen(true, false)
    }

    close(): void {
      this.#setOpen(false, false)
    }

    toggle(): void {
      this.#setOpen(!this.#open, false)
    }

    identify(identity: VisitorIdentity): void {
      this.#withClient((client) => client.identify(identity))
    }

    update(attributes: Record<string, string | number | boolean>): void {
      this.#withClient((client) => client.update(attributes))
    }

    connectedCallback(): void {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
      adoptStyles(root)
      const wrapper = (this.#root = document.createElement('div'))
      this.#panelHost = document.createElement('div')
      wrapper.append(this.#panelHost)
      root.replaceChildren(wrapper)
      this.#applyTheme()
      // WCAG 2.1.2 / APG dialog pattern: Escape closes the non-modal dialog and returns focus.
      wrapper.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !this.#open) return
        event.stopPropagation()
        this.#hide()
      })
      const generation = ++this.#generation
      this.#loadTexts(generation)
      if (this.client) this.#use(this.client)
      else if (!this.getAttribute('site-key')) {
        console.warn('[Attune] <attune-chat> needs a site-key attribute.')
        return
      }
      // Warm the panel while the shopper browses, so the first open is instant.
      whenIdle(() => {
        if (generation === this.#generation) void this.#ready()
      })
      this.#flash = createTitleFlash({ document, window, setInterval, clearInterval: (id) => clearInterval(id as number) })
      const report = createPageReporter({
        read: () => ({ href: location.href, title: document.title }),
        report: (page) => this.#active?.setPage(page),
        defer: (callback) => setTimeout(callback, 100),
      })
      this.#stops.push(onRouteChange(window, report), () => this.#flash?.destroy())
    }

    disconnectedCallback(): void {
      this.#generation++
      for (const stop of this.#stops.splice(0)) stop()
      if (this.#panelHost) this.#panel?.drawPanel(this.#panelHost, null)
      this.#owned?.destroy()
      this.#owned = this.#active = undefined
      this.#launcher = this.#i18n = undefined
      this.#unread = 0
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (before === after || !this.isConnected) return
      // Another language: new texts, same conversation.
      if (name === 'locale') return this.#loadTexts(this.#generation)
      // A new site or server means a new client: start over.
      this.disconnectedCallback()
      this.connectedCallback()
    }

    #emit(name: WidgetEvent, detail?: unknown): void {
      this.dispatchEvent(new CustomEvent(`attune:${name}`, { detail }))
    }

    #loadTexts(generation: number): void {
      // Boot option, then the host page's language, then the browser's, then English.
      const { code, locale, dir } = pickLocale(
        this.getAttribute('locale'),
        document.documentElement.lang,
        ...(navigator.languages ?? [navigator.language]),
      )
      loadCatalog(code).then(
        (catalog) => {
          if (generation !== this.#generation || !this.isConnected || !this.#root) return
          const first = !this.#i18n
          this.#i18n = { t: createTranslator(catalog, locale), locale, dir }
          this.#root.lang = locale
          this.#root.dir = dir
          this.#launcher ??= buildLauncher(this.#root, () => {
            if (this.#sound) void this.#audio?.then((audio) => audio.unlockAudio())
            this.#setOpen(!this.#open, true)
          })
          this.#drawLauncher()
          this.#drawPanel()
          if (first) this.#emit(WidgetEvent.Ready)
        },
        (error: unknown) => console.warn('[Attune] The chat could not load its texts:', error),
      )
    }

    /** The panel chunk and a client, loading either when missing. */
    async #ready(): Promise<WidgetClient | undefined> {
      const generation = this.#generation
      let panel: PanelModule
      try {
        panel = this.#panel = await loadPanel()
      } catch (error) {
        // Never throw into the host page; the next open (or identify, update) fetches it again.
        console.warn('[Attune] The chat could not load:', error)
        return undefined
      }
      if (generation !== this.#generation) return undefined
      if (!this.#active) {
        const server = this.getAttribute('server') ?? location.origin
        try {
          this.#use((this.#owned = panel.createWidgetClient(server, this.getAttribute('site-key') ?? '')))
        } catch (error) {
          // Never throw into the host page.
          console.warn(error instanceof Error ? error.message : error)
          return undefined
        }
      }
      this.#drawPanel()
      return this.#active
    }

    #use(client: WidgetClient): void {
      this.#active = client
      client.connect()
      this.#stops.push(client.$unread.subscribe((count) => this.#onUnread(count)))
      for (const call of this.#waiting.splice(0)) call(client)
    }

    #withClient(call: (client: WidgetClient) => void): void {
      if (this.#active) return call(this.#active)
      this.#waiting.push(call)
      void this.#ready()
    }

    #onUnread(count: number): void {
      const more = count > this.#unread
      this.#unread = count
      this.#drawLauncher()
      this.#emit(WidgetEvent.Unread, { count })
      const t = this.#i18n?.t
      if (!more || !t) return
      if (!this.#open) this.#launcher?.announce(t('launcher.unread', { count }))
      const flashed = this.#flash?.notify((n, title) => t('title.flash', { count: n, title }))
      if (flashed && this.#sound) void this.#audio?.then((audio) => audio.beep())
    }

    #setOpen(open: boolean, byShopper: boolean): void {
      if (open === this.#open) return
      this.#open = open
      // Only a shopper's own click moves focus into the panel; `Attune('open')` from the host page
      // must not steal focus from whatever the shopper is doing there.
      this.#focusPanel = open && byShopper
      this.#drawLauncher()
      if (open && !this.#panel) void this.#ready()
      this.#drawPanel()
      this.#emit(open ? WidgetEvent.Open : WidgetEvent.Close)
    }

    #hide(): void {
      this.#setOpen(false, false)
      this.#launcher?.button.focus()
    }

    #applyTheme(): void {
      if (!this.#root) return
      const style = themeStyle(this.#theme)
      applyTheme(this.#root, style, this.#style)
      this.#style = style
    }

    #drawLauncher(): void {
      if (!this.#launcher || !this.#i18n) return
      const label = this.#style?.label ?? null
      this.#launcher.update(launcherView(this.#open, this.#unread, this.#i18n.t, label), label)
    }

    #drawPanel(): void {
      const host = this.#panelHost
      const client = this.#active
      if (!host || !this.#panel || !client || !this.#i18n) return
      this.#panel.drawPanel(
        host,
        this.#open
          ? {
              client,
              i18n: this.#i18n,
              platform: {
                $now: (this.now ??= this.#panel.tickingNow()),
                // The agent sees where the shopper is; the query string (search terms, tokens) stays out.
                page: () => pageUrl(location.href),
                server: this.getAttribute('server') ?? location.origin,
              },
              autoFocus: this.#focusPanel,
              onHide: () => this.#hide(),
              checkIns: this.checkIns,
            }
          : null,
      )
    }
  }
}

/** Registers `<attune-chat>` once; safe to call again. */
export function defineAttuneChat(): void {
  if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, createElementClass())
}
