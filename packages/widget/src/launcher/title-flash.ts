// While the tab is hidden, a new agent message makes the tab title blink between "(1) New message —
// <title>" and the page's own title, so a shopper who went to another tab sees someone answered.
// Restored as soon as the tab is visible or focused again.

export interface FlashEnv {
  document: Pick<Document, 'title' | 'hidden' | 'addEventListener' | 'removeEventListener'>
  window: Pick<Window, 'addEventListener' | 'removeEventListener'>
  setInterval: (callback: () => void, ms: number) => unknown
  clearInterval: (id: unknown) => void
}

export interface TitleFlash {
  /** Starts (or updates) the blinking when the tab is hidden; returns whether it did. */
  notify(text: (count: number, title: string) => string): boolean
  restore(): void
  destroy(): void
}

export function createTitleFlash(env: FlashEnv, everyMs = 1_500): TitleFlash {
  const doc = env.document
  let original: string | null = null
  let count = 0
  let timer: unknown
  const restore = () => {
    if (original === null) return
    env.clearInterval(timer)
    doc.title = original
    original = null
    count = 0
  }
  const onVisible = () => {
    if (!doc.hidden) restore()
  }
  doc.addEventListener('visibilitychange', onVisible)
  env.window.addEventListener('focus', restore)
  return {
    notify(text) {
      if (!doc.hidden) return false
      if (original === null) original = doc.title
      const page = original
      const message = text(++count, page)
      env.clearInterval(timer)
      let showing = true
      doc.title = message
      timer = env.setInterval(() => {
        showing = !showing
        doc.title = showing ? message : page
      }, everyMs)
      return true
    },
    restore,
    destroy() {
      restore()
      doc.removeEventListener('visibilitychange', onVisible)
      env.window.removeEventListener('focus', restore)
    },
  }
}

/** The flash over this page's own document and window (panel.ts fetches this chunk for it). */
export const titleFlashHere = (): TitleFlash =>
  createTitleFlash({ document, window, setInterval, clearInterval: (id) => clearInterval(id as number) })
