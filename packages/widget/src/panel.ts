// The panel chunk: the chat UI (drawn with Preact) and the core connection. The launcher loads it on the
// shopper's first open, or at an idle moment after boot, whichever comes first.
import { createClient } from '@attune/core'
import { h, render } from 'preact'
import { Panel, type PanelProps } from './ui/Panel.tsx'
import panelCss from './ui/panel.css?inline'
import { PANEL_PALETTES } from './ui/palette.ts'
import { paletteCss } from './launcher/palette.ts'
import { uploadsChunk } from './ui/chunk.ts'
import type { WidgetClient } from './ui/types.ts'
import { createPageReporter, onRouteChange, pageUrl } from './launcher/routes.ts'
import type { TitleFlash } from './launcher/title-flash.ts'

/**
 * The shopper's client; files go through the upload chunk's XHR uploader, for the progress bar.
 * Opened from a reply email's link (`#attune-resume=…`, issue 15), its first hello adopts that
 * conversation's shopper; a link that expired just opens the chat as it was on this device.
 */
function createWidgetClient(server: string, siteKey: string): WidgetClient {
  const reopen = /#attune-resume=(.+)/.exec(location.hash)?.[1]
  // Off the address bar at once: a reload, a bookmark or a shared URL never carries it.
  if (reopen) history.replaceState(null, '', location.pathname + location.search)
  return createClient({ server, siteKey, reopen, uploader: (request) => uploadsChunk().then(({ xhrUploader }) => xhrUploader(request)) })
}

/** What the element knows for the panel: the rest of its props, the server, and a clock if the page gave one (tests). */
type PanelInput = Omit<PanelProps, 'platform'> & { server: string; now?: (() => number) | undefined }

/** Draws the open panel into `container`, or removes it (`null`), with the seams of this page. */
function drawPanel(container: Element, input: PanelInput | null): void {
  render(input && h(Panel, { ...input, platform: { now: input.now ?? Date.now, page: pageNow, server: input.server } }), container)
}

/** Where the shopper is, for the agent: origin and path (the query string, search terms or tokens, stays out). */
const pageNow = (): string => pageUrl(location.href)

/**
 * Tells the agent each single-page-app route change; returns a function that stops. Here, not in
 * the launcher: only a shopper with a client has anyone to tell (decision 010).
 */
function watchPage(client: WidgetClient): () => void {
  const report = createPageReporter({
    read: () => ({ url: pageNow(), title: document.title }),
    report: client.setPage,
    defer: (callback) => setTimeout(callback, 100),
  })
  return onRouteChange(window, report)
}

/**
 * The tab title flash for agents' messages while the tab is hidden, from its own chunk
 * (notifications.ts fetches it the first time it is needed).
 */
const titleFlash = (): Promise<TitleFlash> => import('./launcher/title-flash.ts').then(({ titleFlashHere }) => titleFlashHere())

/**
 * What the launcher uses, as one object. The chunk also exports what the on-demand chunks share
 * with it (Preact, hooks), so its module namespace is not these names alone, and Rolldown builds a
 * namespace object with a getter per name for the launcher's `import()`; a default export is a
 * plain object (−0.15 KB gzip for a chat).
 */
export default { css: paletteCss(PANEL_PALETTES) + panelCss, createWidgetClient, drawPanel, titleFlash, watchPage }
