// What <attune-chat> is, without a DOM: a few stores and the rules for when the panel's bytes
// and a connection are paid for (decision 010). The element draws from these stores and forwards
// the page's calls; nothing here touches the document.
import type { VisitorIdentity } from '@attune/core'
import { atom } from 'nanostores'
import type { PanelModule } from './launcher/panel-chunk.ts'
import type { I18n, WidgetClient } from './ui/types.ts'

export interface ControllerSeams {
  /** A client given by the page (tests, custom set-ups): used at once instead of making one. */
  client?: WidgetClient | undefined
  /** This device has a conversation with the store (a stored visitor token): connect at load. */
  returning: boolean
  /** Runs `task` at an idle moment after boot. */
  idle: (task: () => void) => void
  /** Fetches the panel chunk once (a failed fetch is tried again on the next call). */
  loadPanel: () => Promise<PanelModule>
  /** The shopper's client, made once the panel is here; may throw (a bad server URL). */
  makeClient: (panel: PanelModule) => WidgetClient
  warn: (...message: unknown[]) => void
}

export type Controller = ReturnType<typeof createController>

export function createController(seams: ControllerSeams) {
  /** The panel is open. */
  const $open = atom(false)
  /** Agent messages the shopper has not seen. */
  const $unread = atom(0)
  /** The shopper's language and its texts, once loaded. */
  const $locale = atom<I18n | undefined>(undefined)
  /** The connected client, once there is one. */
  const $client = atom<WidgetClient | undefined>(undefined)
  /** The panel chunk, once it has arrived. */
  const $panel = atom<PanelModule | undefined>(undefined)
  /** What the page said with `update`, merged: a greeting watches the cart's value (issue 15). */
  const $facts = atom<Record<string, string | number | boolean>>({})
  /** Calls that need the client, made before it exists: applied in order when it is made. */
  const waiting: ((client: WidgetClient) => void)[] = []
  const stops: (() => void)[] = []
  let owned: WidgetClient | undefined
  let stopped = false
  /** Only a shopper's own click moves focus into the panel, never `Attune('open')`. */
  let focusPanel = false

  const use = (client: WidgetClient) => {
    $client.set(client)
    client.connect()
    stops.push(client.$unread.subscribe((count) => $unread.set(count)))
    for (const call of waiting.splice(0)) call(client)
  }

  /** The panel chunk and a client, loading either when missing. */
  const ready = async (): Promise<void> => {
    let panel: PanelModule
    try {
      panel = await seams.loadPanel()
    } catch (error) {
      // Never throw into the host page; the next open fetches it again.
      seams.warn('[Attune] The chat could not load:', error)
      return
    }
    if (stopped) return
    if (!$client.get()) {
      try {
        use((owned = seams.makeClient(panel)))
      } catch (error) {
        seams.warn(error instanceof Error ? error.message : error)
        return
      }
    }
    $panel.set(panel)
  }

  const withClient = (call: (client: WidgetClient) => void) => {
    const client = $client.get()
    if (client) call(client)
    else waiting.push(call)
  }

  const setOpen = (open: boolean, byShopper = false) => {
    if (open === $open.get()) return
    focusPanel = open && byShopper
    if (open && !$panel.get()) void ready()
    $open.set(open)
  }

  if (seams.client) use(seams.client)
  // A returning visitor hears the agent's replies (badge, title flash, sound) without opening;
  // a given client draws at once. A first-time visitor waits for intent.
  if (seams.client || seams.returning) seams.idle(() => !stopped && void ready())

  return {
    $open,
    $unread,
    $locale,
    $client,
    $panel,
    $facts,
    get focusPanel() {
      return focusPanel
    },
    setOpen,
    toggle: (byShopper = false) => setOpen(!$open.get(), byShopper),
    /** Pointer over, focus or touch on the launcher: the panel's bytes arrive before the click (no socket yet). */
    intent: () => void seams.loadPanel().catch(() => {}),
    identify: (identity: VisitorIdentity) => withClient((client) => client.identify(identity)),
    update(attributes: Record<string, string | number | boolean>) {
      $facts.set({ ...$facts.get(), ...attributes })
      withClient((client) => client.update(attributes))
    },
    /** The element left the page: the connection it made closes. */
    destroy() {
      stopped = true
      for (const stop of stops.splice(0)) stop()
      owned?.destroy()
    },
  }
}
