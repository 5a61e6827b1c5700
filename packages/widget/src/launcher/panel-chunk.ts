import { onDemand } from './chunk.ts'

/** The panel chunk (the chat UI, the core connection), loaded once, on demand: its default export. */
export type PanelModule = (typeof import('../panel.ts'))['default']
// nanostores' global is taken back once, by the launcher (page-globals.ts): the panel shares the
// launcher's copy and makes none of its own (widget-isolation.spec.ts checks after an open).
export const loadPanel = onDemand(() => import('../panel.ts').then((module) => module.default))

/** Runs `callback` at an idle moment (a timeout where requestIdleCallback is missing). */
export const whenIdle = (callback: () => void) =>
  window.requestIdleCallback ? window.requestIdleCallback(callback, { timeout: 4_000 }) : setTimeout(callback, 200)
