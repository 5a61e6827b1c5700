// The panel chunk: Preact, the chat UI and the core connection. The launcher loads it on the
// shopper's first open, or at an idle moment after boot, whichever comes first.
import { createClient, xhrUploader } from '@attune/core'
import { h, render } from '@attune/view'
import { Panel, type PanelProps } from './ui/Panel.tsx'
import css from './ui/panel.css?inline'
import { tickingNow } from './ui/now.ts'
import type { WidgetClient } from './ui/types.ts'

export { css, tickingNow }

/** The shopper's client; XHR uploads so the panel can show progress. */
export function createWidgetClient(server: string, siteKey: string): WidgetClient {
  return createClient({ server, siteKey, uploader: xhrUploader })
}

/** Draws the open panel into `container`, or removes it (`null`). */
export function drawPanel(container: Element, props: PanelProps | null): void {
  render(props ? h(Panel, props) : null, container)
}
