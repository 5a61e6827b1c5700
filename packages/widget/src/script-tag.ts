// Entry the loader injects as <script type="module">: the launcher chunk. It runs once, after the
// host page loaded; the panel and the language come as their own chunks.
import { tidyGlobals } from './launcher/page-globals.ts'
import { boot, close, identify, off, on, open, setLocale, shutdown, toggle, update } from './api.ts'
import { type AttuneGlobal, createDispatcher, installGlobal } from './commands.ts'

const dispatch = createDispatcher(
  // By the names a page calls them by, in the README's order (an unknown command's warning lists them so).
  { boot, open, close, toggle, identify, update, on, off, locale: setLocale, shutdown },
  // A module script has no document.currentScript; its own URL tells where the server is.
  new URL(import.meta.url).origin,
)

installGlobal(window as unknown as { Attune?: AttuneGlobal }, dispatch)
tidyGlobals()
