// What <attune-chat> is, without a DOM: a few stores and the rules behind them — when the panel's
// bytes and a connection are paid for (decision 010), which texts are loaded, what the launcher's
// answer changes, how an agent's reply is told. The element draws from these stores and forwards
// the page's calls; nothing here touches the document.
import type { VisitorIdentity } from '@attune/core'
import { atom } from 'nanostores'
import { type AnswerSeams, createAnswer } from './answer.ts'
import { pickLocale } from './i18n/catalogs.ts'
import type { PanelModule } from './launcher/panel-chunk.ts'
import { createNotifications, type NotificationSeams } from './notifications.ts'
import { createTexts, type TextSeams } from './texts.ts'
import type { WidgetClient } from './ui/types.ts'

export interface ControllerSeams extends TextSeams, AnswerSeams, Pick<NotificationSeams, 'announce' | 'hidden'> {
  /** A client given by the page (tests, custom set-ups): used at once instead of making one. */
  client?: WidgetClient | undefined
  /** This device has a conversation with the store (a stored visitor token): connect at load. */
  returning: boolean
  /** The shopper's languages, first wanted first: the boot option, the host page's `lang`, the browser's. */
  languages: () => readonly (string | null | undefined)[]
  /** Opened from a reply email's link back (issue 15): the chat opens on that conversation. */
  resuming?: boolean
  /** Runs `task` at an idle moment after boot. */
  idle: (task: () => void) => void
  /** Fetches the panel chunk once (a failed fetch is tried again on the next call). */
  loadPanel: () => Promise<PanelModule>
  /** The shopper's client, made once the panel is here; may throw (a bad server URL). */
  makeClient: (panel: PanelModule) => WidgetClient
}

export type Controller = ReturnType<typeof createController>

export function createController(seams: ControllerSeams) {
  const texts = createTexts(seams)
  /** The panel is open. */
  const $open = atom(false)
  /** Agent messages the shopper has not seen. */
  const $unread = atom(0)
  /** The connected client, once there is one. */
  const $client = atom<WidgetClient | undefined>()
  /** The panel chunk, once it has arrived. */
  const $panel = atom<PanelModule | undefined>()
  /** What the page said with `update`, merged: a greeting watches the cart's value (issue 15). */
  const $facts = atom<Record<string, string | number | boolean>>({})
  const notifications = createNotifications({
    ...seams,
    t: () => texts.$locale.get()?.t,
    isOpen: () => $open.get(),
    titleFlash: () => $panel.get()?.titleFlash,
  })
  /** Calls that need the client, made before it exists: applied in order when it is made. */
  const waiting: ((client: WidgetClient) => void)[] = []
  const stops: (() => void)[] = [$unread.listen(notifications.unread), notifications.destroy]
  let owned: WidgetClient | undefined
  let stopped = false
  const answer = createAnswer(seams, $client, (stop) => (stopped ? stop() : stops.push(stop)))
  /** Only a shopper's own click moves focus into the panel, never `Attune('open')`. */
  let focusPanel = false
  /** The chat was opened in this page view, even if closed since. */
  let opened = false

  const use = (client: WidgetClient) => {
    $client.set(client)
    client.connect()
    // The client's count is ours; a nanostores method closes over its store, so `set` is passed as it is.
    stops.push(client.$unread.subscribe($unread.set))
    for (const call of waiting.splice(0)) {
      // One bad call (an identity without its hash) is a warning, as it is once the client exists;
      // it must not cost the calls after it, nor the panel.
      try {
        call(client)
      } catch (error) {
        seams.warn('[Attune]', error)
      }
    }
  }

  /** What a chat needs fetched: the whole catalog and the panel chunk, side by side (neither makes a client). */
  const fetchChat = () => {
    texts.loadAll()
    return seams.loadPanel()
  }

  /** The panel chunk and a client, loading either when missing; a failure is a warning, and the next open tries again. */
  const ready = () =>
    fetchChat()
      .then((panel) => {
        if (stopped || $panel.get()) return
        // makeClient may throw (a bad server URL): like a failed fetch, never into the host page.
        if (!$client.get()) use((owned = seams.makeClient(panel)))
        // Only a shopper with a client has anyone to tell of route changes or to hear from (decision 010).
        stops.push(panel.watchPage($client.get()!))
        $panel.set(panel)
      })
      .catch((error: unknown) => seams.warn('[Attune] The chat could not load:', error))

  const withClient = (call: (client: WidgetClient) => void) => {
    const client = $client.get()
    if (client) call(client)
    else waiting.push(call)
  }

  const setOpen = (open: boolean, byShopper = false) => {
    if (open === $open.get()) return
    focusPanel = open && byShopper
    if (open) {
      opened = true
      // Also where the panel is here: a catalog that failed to arrive is asked for again.
      void ready()
    }
    $open.set(open)
  }

  /** The first language we ship, else English (i18n/catalogs.ts). */
  const pickLanguage = () => texts.pick(pickLocale(...seams.languages()))

  if (seams.client) use(seams.client)

  return {
    // $locale and $texts (and pick and loadAll, which the rules here call)
    ...texts,
    $open,
    $unread,
    $client,
    $panel,
    $facts,
    $away: answer.$away,
    get focusPanel() {
      return focusPanel
    },
    /** The chat was opened in this page view: a greeting that starts later shows none (greeting/greeting.ts). */
    get opened() {
      return opened
    },
    /** The element listens: the rules of a page load run. */
    start() {
      pickLanguage()
      seams.idle(() => {
        if (stopped) return
        // A returning visitor hears the agent's replies (badge, title flash, sound) without opening;
        // a given client draws at once. A first-time visitor waits for intent.
        if (seams.client || seams.returning) void ready()
        answer.ask()
      })
      if (seams.resuming) setOpen(true)
    },
    /** The languages changed (the boot option): new texts, same conversation. */
    pickLanguage,
    setOpen,
    /** The store wants a short beep with the title flash (boot option `sound`). */
    wantSound: notifications.wantSound,
    /** `byShopper`: the launcher's click, which may also start the sound (browsers allow audio after a gesture). */
    toggle(byShopper = false) {
      if (byShopper) notifications.unlock()
      setOpen(!$open.get(), byShopper)
    },
    /** Pointer over, focus or touch on the launcher: the panel's bytes and texts arrive before the click (no socket yet). */
    intent() {
      fetchChat().catch(() => {})
    },
    identify: (identity: VisitorIdentity) => withClient((client) => client.identify(identity)),
    update(attributes: Record<string, string | number | boolean>) {
      $facts.set({ ...$facts.get(), ...attributes })
      withClient((client) => client.update(attributes))
    },
    /** The element left the page: the connection it made closes, greetings and the title flash stop. */
    destroy() {
      stopped = true
      for (const stop of stops.splice(0)) stop()
      owned?.destroy()
    },
  }
}
