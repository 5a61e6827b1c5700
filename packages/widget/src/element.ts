// <attune-chat>: the launcher chunk. A thin shell over the controller (controller.ts): plain DOM
// in a shadow root (no Preact) for the launcher and badge, drawn from the controller's stores; the
// panel chunk (Preact, the core connection) is fetched on intent and connects on the first open,
// or at load for a returning visitor.
import { hasStoredVisitor, type GreetingOffer, type LauncherResponse, type VisitorIdentity } from '@attune/core'
import type { ReadableAtom } from 'nanostores'
import { createController, type Controller } from './controller.ts'
import { loadCatalog, loadWords, pickLocale, type PickedLocale } from './i18n/catalogs.ts'
import type { Catalog } from './i18n/en.ts'
import { createTranslator } from './i18n/t.ts'
import { buildLauncher, type LauncherDom } from './launcher/dom.ts'
import { adoptStyles } from './launcher/styles.ts'
import { applyTheme, type Theme, type ThemeStyle, themeStyle } from './launcher/theme.ts'
import { launcherView } from './launcher/view.ts'
import { createNotifications } from './notifications.ts'
import type { Away, CheckInMoments, I18n, WidgetClient } from './ui/types.ts'
import { WidgetEvent, type AttuneChatElement } from './element-api.ts'
import { loadPanel, whenIdle } from './launcher/panel-chunk.ts'
import { loadGreeting } from './launcher/greeting-chunk.ts'
import { onDemand } from './launcher/chunk.ts'

/** "We're away" (issue 15): its words and rules, fetched only where nobody can answer now. */
const awayChunk = onDemand(() => import('./launcher/away.ts'))

export const TAG_NAME = 'attune-chat'

/** What `<attune-chat>` dispatches on itself, as `attune:<name>` CustomEvents. */
export { WidgetEvent } from './element-api.ts'
export type { AttuneChatElement } from './element-api.ts'

/** Pointer over, focus or touch on the launcher: the shopper may be about to chat. */
const INTENT = ['pointerenter', 'focus', 'touchstart']

const textsFailed = (error: unknown) => console.warn('[Attune] The chat could not load its texts:', error)

// The class is made on first use, not at import: importing the npm entry in Node (SSR) must not
// touch HTMLElement.
function createElementClass(): CustomElementConstructor {
  return class AttuneChat extends HTMLElement implements AttuneChatElement {
    static observedAttributes = ['site-key', 'server', 'locale']

    client: WidgetClient | undefined
    now: ReadableAtom<number> | undefined
    checkIns: CheckInMoments | undefined
    #sound = false
    #theme: Theme | undefined
    #style: ThemeStyle | null = null
    #chat: Controller | undefined
    #notifications: ReturnType<typeof createNotifications> | undefined
    #root: HTMLDivElement | undefined
    #panelHost: HTMLDivElement | undefined
    #launcher: LauncherDom | undefined
    #stops: (() => void)[] = []
    /** The shopper's language, as last picked. */
    #picked: PickedLocale | undefined
    /** The whole catalog the panel speaks, loaded with the panel (the launcher has its words). */
    #panelTexts: (I18n & { code: string }) | undefined
    /** When the launcher's answer said nobody can answer now: its words, in a language. */
    #away: ((locale: string) => Away) | undefined

    get sound(): boolean {
      return this.#sound
    }

    set sound(on: boolean) {
      this.#sound = on
      this.#notifications?.wantSound(on)
    }

    get isOpen(): boolean {
      return this.#chat?.$open.get() ?? false
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
      this.#chat?.setOpen(true)
    }

    close(): void {
      this.#chat?.setOpen(false)
    }

    toggle(): void {
      this.#chat?.toggle()
    }

    identify(identity: VisitorIdentity): void {
      this.#chat?.identify(identity)
    }

    update(attributes: Record<string, string | number | boolean>): void {
      this.#chat?.update(attributes)
    }

    connectedCallback(): void {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
      adoptStyles(root)
      const wrapper = (this.#root = document.createElement('div'))
      this.#panelHost = document.createElement('div')
      wrapper.append(this.#panelHost)
      root.replaceChildren(wrapper)
      this.#applyTheme()
      const siteKey = this.getAttribute('site-key')
      if (!this.client && !siteKey) {
        console.warn('[Attune] <attune-chat> needs a site-key attribute.')
        return
      }
      const chat = (this.#chat = createController({
        client: this.client,
        returning: hasStoredVisitor(() => localStorage, siteKey ?? ''),
        idle: whenIdle,
        loadPanel,
        makeClient: (panel) => panel.createWidgetClient(this.#server(), siteKey ?? ''),
        warn: console.warn,
      }))
      const notifications = (this.#notifications = createNotifications({
        t: () => chat.$locale.get()?.t,
        isOpen: () => chat.$open.get(),
        announce: (text) => this.#launcher?.announce(text),
        hidden: () => document.hidden,
      }))
      notifications.wantSound(this.#sound)
      // WCAG 2.1.2 / APG dialog pattern: Escape closes the non-modal dialog and returns focus.
      wrapper.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !chat.$open.get()) return
        event.stopPropagation()
        this.#hide()
      })
      const drawPanel = () => this.#drawPanel()
      this.#stops.push(
        chat.$open.listen((open) => {
          this.#drawLauncher()
          if (open) this.#loadPanelTexts(chat)
          drawPanel()
          this.#emit(open ? WidgetEvent.Open : WidgetEvent.Close)
        }),
        chat.$unread.listen((count) => {
          this.#drawLauncher()
          this.#emit(WidgetEvent.Unread, { count })
          notifications.unread(count)
        }),
        chat.$panel.listen((panel) => {
          // The panel arrives once, after the client: from then on the agent hears route changes.
          const client = chat.$client.get()
          if (panel && client) this.#stops.push(panel.watchPage(client))
          if (panel) notifications.flashWith(panel.titleFlash)
          this.#loadPanelTexts(chat)
          drawPanel()
        }),
        chat.$locale.listen(() => {
          this.#drawLauncher()
          drawPanel()
        }),
        () => notifications.destroy(),
        () => chat.destroy(),
      )
      this.#loadTexts(chat)
      if (siteKey) whenIdle(() => this.#askWhoIsThere(chat, siteKey))
      // A reply email's link back (issue 15): the chat opens on the conversation (panel.ts adopts it).
      if (location.hash.startsWith('#attune-resume=')) chat.setOpen(true)
    }

    disconnectedCallback(): void {
      for (const stop of this.#stops.splice(0)) stop()
      if (this.#panelHost) this.#chat?.$panel.get()?.drawPanel(this.#panelHost, null)
      this.#chat = this.#notifications = this.#launcher = this.#panelTexts = this.#away = undefined
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (before === after || !this.isConnected) return
      // Another language: new texts, same conversation.
      if (name === 'locale') return void (this.#chat && this.#loadTexts(this.#chat))
      // A new site or server means a new client: start over.
      this.disconnectedCallback()
      this.connectedCallback()
    }

    #server(): string {
      return this.getAttribute('server') ?? location.origin
    }

    #emit(name: WidgetEvent, detail?: unknown): void {
      this.dispatchEvent(new CustomEvent(`attune:${name}`, { detail }))
    }

    /** The launcher's words first: a visitor who never opens the chat needs no more of the catalog. */
    #loadTexts(chat: Controller): void {
      // Boot option, then the host page's language, then the browser's, then English.
      const picked = (this.#picked = pickLocale(
        this.getAttribute('locale'),
        document.documentElement.lang,
        ...(navigator.languages ?? [navigator.language]),
      ))
      const { code, locale, dir } = picked
      if (this.#panelTexts) this.#loadPanelTexts(chat)
      loadWords(code).then((words) => {
        // A late catalog never draws into an element that was restarted or removed since.
        if (chat !== this.#chat || !this.#root) return
        const first = !chat.$locale.get()
        this.#root.lang = locale
        this.#root.dir = dir
        if (!this.#launcher) {
          this.#launcher = buildLauncher(this.#root, () => {
            if (this.#sound) this.#notifications?.unlock()
            chat.toggle(true)
          })
          const intent = () => {
            chat.intent()
            this.#loadPanelTexts(chat)
          }
          for (const name of INTENT) this.#launcher.button.addEventListener(name, intent, { passive: true })
        }
        // Only the launcher's keys are looked up with these (launcher/view.ts, notifications.ts).
        chat.$locale.set({ t: createTranslator(words as Catalog, locale), locale, dir })
        if (first) this.#emit(WidgetEvent.Ready)
      }, textsFailed)
    }

    /** The whole catalog of the picked language, once (on intent, on open, or with the panel). */
    #loadPanelTexts(chat: Controller): void {
      const picked = this.#picked
      if (!picked || this.#panelTexts?.code === picked.code) return
      const { code, locale, dir } = picked
      loadCatalog(code).then((catalog) => {
        if (chat !== this.#chat || picked !== this.#picked) return
        this.#panelTexts = { t: createTranslator(catalog, locale), locale, dir, code, voiced: catalog.voiced }
        this.#drawPanel()
      }, textsFailed)
    }

    /** The store's greetings (issue 15): their chunk comes only when there are some. */
    #greet(chat: Controller, offers: readonly GreetingOffer[] | undefined): void {
      if (!offers?.length) return
      // A greeting that cannot load is simply not shown: nothing to tell the page.
      loadGreeting().then(
        ({ greet }) => {
          if (chat === this.#chat) this.#stops.push(greet(this, chat, offers))
        },
        () => {},
      )
    }

    /**
     * The launcher's answer (issue 15), once per page view after boot; a failure changes nothing.
     * A store that set neither hours nor a reply time, with nobody online, keeps the launcher as it
     * was: the panel's own line says so, and a first visit loads nothing more. The store's greetings
     * come with it (#greet).
     */
    #askWhoIsThere(chat: Controller, siteKey: string): void {
      fetch(`${this.#server()}/api/sites/${encodeURIComponent(siteKey)}/launcher`)
        .then((response) => response.json() as Promise<LauncherResponse>)
        .then((state) => {
          this.#greet(chat, state.greetings)
          if (state.attended !== false || (state.open && !state.replyTime)) return
          return awayChunk().then(({ away }) => {
            if (chat !== this.#chat) return
            this.#away = (locale) => away(state, locale)
            this.#drawLauncher()
            this.#drawPanel()
          })
        })
        .catch(() => {})
    }

    #hide(): void {
      this.#chat?.setOpen(false)
      this.#launcher?.button.focus()
    }

    #applyTheme(): void {
      if (!this.#root) return
      const style = themeStyle(this.#theme)
      applyTheme(this.#root, style, this.#style)
      this.#style = style
    }

    #drawLauncher(): void {
      const chat = this.#chat
      const i18n = chat?.$locale.get()
      if (!this.#launcher || !chat || !i18n) return
      const label = this.#style?.label ?? null
      this.#launcher.update(launcherView(chat.$open.get(), chat.$unread.get(), i18n.t, label, this.#away?.(i18n.locale).line), label)
    }

    #drawPanel(): void {
      const chat = this.#chat
      const host = this.#panelHost
      const panel = chat?.$panel.get()
      const client = chat?.$client.get()
      const i18n = this.#panelTexts
      if (!chat || !host || !panel || !client || !i18n) return
      panel.drawPanel(
        host,
        chat.$open.get()
          ? {
              client,
              i18n,
              platform: {
                $now: (this.now ??= panel.tickingNow()),
                page: panel.pageNow,
                server: this.#server(),
              },
              autoFocus: chat.focusPanel,
              onHide: () => this.#hide(),
              checkIns: this.checkIns,
              away: this.#away?.(i18n.locale),
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
