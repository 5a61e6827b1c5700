import { onDemand } from './chunk.ts'

/** The panel chunk (the chat UI, the core connection), loaded once, on demand: its default export. */
export type PanelModule = (typeof import('../panel.ts'))['default']
export const loadPanel = onDemand(() => {
  // nanostores (1.5) keeps a shared epoch in `globalThis.nanostoresGlobal`. Our bundle holds one
  // copy, which keeps its own reference to it; so a global the page did not have before the panel
  // loaded is taken back, and the host page is left with exactly one: `Attune`.
  const pageHadIt = 'nanostoresGlobal' in globalThis
  return import('../panel.ts').then(({ default: panel }) => {
    if (!pageHadIt) delete (globalThis as { nanostoresGlobal?: unknown }).nanostoresGlobal
    return panel
  })
})

/** Runs `callback` at an idle moment (a timeout where requestIdleCallback is missing). */
export const whenIdle = (callback: () => void) =>
  window.requestIdleCallback ? window.requestIdleCallback(callback, { timeout: 4_000 }) : setTimeout(callback, 200)
