// The panel chunk: the chat UI (drawn with Preact) and the core connection. The launcher loads it on the
// shopper's first open, or at an idle moment after boot, whichever comes first.
import { createClient } from '@attune/core'
import { h, render } from 'preact'
import { Panel, type PanelProps } from './ui/Panel.tsx'
import panelCss from './ui/panel.css?inline'
import { PANEL_PALETTES } from './ui/palette.ts'
import { paletteCss } from './launcher/palette.ts'
import { uploadsChunk } from './ui/chunk.ts'
import { tickingNow } from './ui/now.ts'
import type { WidgetClient } from './ui/types.ts'
import { createPageReporter, onRouteChange, pageUrl } from './launcher/routes.ts'
import type { TitleFlash } from './launcher/title-flash.ts'

/** The shopper's client; files go through the upload chunk's XHR uploader, for the progress bar. */
function createWidgetClient(server: string, siteKey: string): WidgetClient {
  return createClient({ server, siteKey, uploader: (request) => uploadsChunk().then(({ xhrUploader }) => xhrUploader(request)) })
}

/** Draws the open panel into `container`, or removes it (`null`). */
function drawPanel(container: Element, props: PanelProps | null): void {
  render(props ? h(Panel, props) : null, container)
}

/** Where the shopper is, for the agent: origin and path (the query string, search terms or tokens, stays out). */
const pageNow = (): string => pageUrl(location.href)

/**
 * Tells the agent each single-page-app route change; returns a function that stops. Here, not in
 * the launcher: only a shopper with a client has anyone to tell (decision 010).
 */
function watchPage(client: WidgetClient): () => void {
  const report = createPageReporter({
    read: () => ({ href: location.href, title: document.title }),
    report: (page) => client.setPage(page),
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
export default { css: paletteCss(PANEL_PALETTES) + panelCss, createWidgetClient, drawPanel, pageNow, tickingNow, titleFlash, watchPage }
