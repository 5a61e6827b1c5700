// <script async src="https://ATTUNE_SERVER/widget/loader.js"></script>
// Never blocks the host page (async, injects after load and idle) and never throws into it.
import { type LoaderWindow, start } from './start.ts'

/** The widget's hashed entry, e.g. "assets/widget-CkbZpMC7.js", read from its Vite manifest at build time. */
declare const __ATTUNE_WIDGET_ENTRY__: string

try {
  const script = document.currentScript as HTMLScriptElement | null
  start(window as unknown as LoaderWindow, script?.src, __ATTUNE_WIDGET_ENTRY__)
} catch (error) {
  console.warn('[Attune] The chat could not load:', error)
}
