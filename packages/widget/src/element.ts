// <attune-chat>: the launcher chunk's element, a thin shell over the controller (controller.ts),
// which holds the rules and the state as stores. The element owns the shadow root, draws the
// launcher (plain DOM, no Preact) and the panel (its chunk's Preact) from the stores, and
// forwards the page's calls.
import type { VisitorIdentity } from '@attune/core'
import { createController, type Controller } from './controller.ts'
import type { AttuneChatElement, WidgetEvent } from './element-api.ts'
import { buildLauncher, type LauncherDom } from './launcher/dom.ts'
import { loadGreeting } from './launcher/greeting-chunk.ts'
import { pageSeams } from './launcher/page-seams.ts'
import { adoptStyles } from './launcher/styles.ts'
import { applyTheme, type Theme, themeStyle } from './launcher/theme.ts'
import type { CheckInMoments, WidgetClient } from './ui/types.ts'

export const TAG_NAME = 'attune-chat'

/** What `<attune-chat>` dispatches on itself, as `attune:<name>` CustomEvents. */
export { WidgetEvent } from './element-api.ts'
export type { AttuneChatElement } from './element-api.ts'

// So that `document.querySelector('attune-chat')` and `createElement('attune-chat')` are typed as
// the element (the DOM lib's way, HTMLElementTagNameMap); a type only, no bytes.
declare global {
  interface HTMLElementTagNameMap {
    'attune-chat': AttuneChatElement
  }
}

// The class is made on first use, not at import: importing the npm entry in Node (SSR) must not
// touch HTMLElement.
function createElementClass(): CustomElementConstructor {
  return class AttuneChat extends HTMLElement implements AttuneChatElement {
    static observedAttributes = ['site-key', 'server', 'locale']

    // Declared, not defined: a class field would set each to undefined when the element upgrades,
    // wiping what a page set on it before `customElements.define` (HTML spec, "upgrades").
    declare client: WidgetClient | undefined
    declare now: (() => number) | undefined
    declare checkIns: CheckInMoments | undefined
    #sound = false
    #theme: Theme | undefined
    #chat: Controller | undefined
    #root: HTMLDivElement | undefined
    #panelHost: HTMLDivElement | undefined
    #launcher: LauncherDom | undefined
    #stops: (() => void)[] = []

    get sound(): boolean {
      return this.#sound
    }
    set sound(on: boolean) {
      this.#chat?.wantSound((this.#sound = on))
    }
    get isOpen(): boolean {
      return this.#chat?.$open.get() ?? false
    }
    get theme(): Theme | undefined {
      return this.#theme
    }
    set theme(theme: Theme | undefined) {
      this.#theme = theme
      if (this.#root) applyTheme(this.#root, themeStyle(theme))
      this.#drawLauncher()
    }

    // The page's calls, forwarded (before connecting, there is nothing to open yet).
    open = (): void => this.#chat?.setOpen(true)
    close = (): void => this.#chat?.setOpen(false)
    toggle = (): void => this.#chat?.toggle()
    identify = (identity: VisitorIdentity): void => this.#chat?.identify(identity)
    update = (attributes: Record<string, string | number | boolean>): void => this.#chat?.update(attributes)

    connectedCallback(): void {
      const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' })
      adoptStyles(root)
      const wrapper = (this.#root = document.createElement('div'))
      wrapper.append((this.#panelHost = document.createElement('div')))
      root.replaceChildren(wrapper)
      applyTheme(wrapper, themeStyle(this.#theme))
      const siteKey = this.getAttribute('site-key')
      if (!this.client && !siteKey) return console.warn('[Attune] <attune-chat> needs a site-key attribute.')
      const chat: Controller = (this.#chat = createController({
        ...pageSeams(siteKey, this.#server(), () => this.getAttribute('locale')),
        client: this.client,
        greet: (offers) => loadGreeting().then(({ greet }) => greet(this, chat, offers)),
        announce: (text) => this.#launcher?.announce(text),
      }))
      chat.wantSound(this.#sound)
      // WCAG 2.1.2 / APG dialog pattern: Escape closes the non-modal dialog and returns focus.
      wrapper.addEventListener('keydown', (event) => {
        if (event.key !== 'Escape' || !chat.$open.get()) return
        event.stopPropagation()
        this.#hide()
      })
      this.#listen(chat)
      chat.start()
    }

    disconnectedCallback(): void {
      for (const stop of this.#stops.splice(0)) stop()
      if (this.#panelHost) this.#chat?.$panel.get()?.drawPanel(this.#panelHost, null)
      this.#chat = this.#launcher = undefined
    }

    attributeChangedCallback(name: string, before: string | null, after: string | null): void {
      if (before === after || !this.isConnected) return
      // Another language: new texts, same conversation.
      if (name === 'locale') return this.#chat?.pickLanguage()
      // A new site or server means a new client: start over.
      this.disconnectedCallback()
      this.connectedCallback()
    }

    /** Draws what changed, and tells the page (`attune:<event>`). */
    #listen(chat: Controller): void {
      const emit = (name: WidgetEvent, detail?: unknown) => this.dispatchEvent(new CustomEvent(`attune:${name}`, { detail }))
      const drawPanel = () => this.#drawPanel()
      const drawBoth = () => (this.#drawLauncher(), drawPanel())
      this.#stops.push(
        chat.$open.listen((open) => (drawBoth(), emit(open ? 'open' : 'close'))),
        chat.$unread.listen((count) => (this.#drawLauncher(), emit('unread', { count }))),
        chat.$locale.listen((i18n) => {
          const root = this.#root!
          root.lang = i18n!.locale
          root.dir = i18n!.dir
          const first = !this.#launcher
          if (first) this.#launcher = buildLauncher(root, chat)
          this.#drawLauncher()
          if (first) emit('ready')
        }),
        chat.$away.listen(drawBoth),
        chat.$panel.listen(drawPanel),
        chat.$texts.listen(drawPanel),
        chat.destroy,
      )
    }

    #server(): string {
      return this.getAttribute('server') ?? location.origin
    }

    #hide(): void {
      this.#chat?.setOpen(false)
      this.#launcher?.button.focus()
    }

    #drawLauncher(): void {
      const chat = this.#chat
      const i18n = chat?.$locale.get()
      if (!this.#launcher || !chat || !i18n) return
      // The theme's label is read from the theme as it is now (setting a theme draws again).
      this.#launcher.update(chat.$open.get(), chat.$unread.get(), i18n.t, themeStyle(this.#theme).label, chat.$away.get()?.(i18n.locale).line)
    }

    #drawPanel(): void {
      const chat = this.#chat
      const panel = chat?.$panel.get()
      const client = chat?.$client.get()
      const i18n = chat?.$texts.get()
      if (!chat || !panel || !client || !i18n) return
      const away = chat.$away.get()?.(i18n.locale)
      const props = {
        client,
        i18n,
        now: this.now,
        server: this.#server(),
        autoFocus: chat.focusPanel,
        onHide: () => this.#hide(),
        checkIns: this.checkIns,
        away,
      }
      // A controller is made only after the panel's host (connectedCallback).
      panel.drawPanel(this.#panelHost!, chat.$open.get() ? props : null)
    }
  }
}

/** Registers `<attune-chat>` once; safe to call again. */
export function defineAttuneChat(): void {
  if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, createElementClass())
}
