// Entry the loader injects as <script type="module">. It runs once, after the host page loaded.
import { boot, close, open, shutdown, toggle } from './api.ts'
import { type AttuneGlobal, createDispatcher, installGlobal } from './commands.ts'

const dispatch = createDispatcher(
  { boot, open, close, toggle, shutdown },
  // A module script has no document.currentScript; its own URL tells where the server is.
  { defaultServer: new URL(import.meta.url).origin },
)

installGlobal(window as unknown as { Attune?: AttuneGlobal }, dispatch)
