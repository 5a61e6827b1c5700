// The panel chunk: the chat UI (drawn with Preact) and the core connection. The launcher loads it on the
// shopper's first open, or at an idle moment after boot, whichever comes first.
import { createClient } from '@attune/core'
import { render } from 'preact'
import { jsx } from 'preact/jsx-runtime'
import { Panel, type PanelProps } from './ui/Panel.tsx'
import css from './ui/panel.css?inline'
import { uploadsChunk } from './ui/chunk.ts'
import { tickingNow } from './ui/now.ts'
import type { WidgetClient } from './ui/types.ts'

export { css, tickingNow }

/** The shopper's client; files go through the upload chunk's XHR uploader, for the progress bar. */
export function createWidgetClient(server: string, siteKey: string): WidgetClient {
  return createClient({ server, siteKey, uploader: (request) => uploadsChunk().then(({ xhrUploader }) => xhrUploader(request)) })
}

/** Draws the open panel into `container`, or removes it (`null`). */
export function drawPanel(container: Element, props: PanelProps | null): void {
  render(props ? jsx(Panel, props) : null, container)
}
