// What tells a shopper an agent wrote while they look elsewhere: the launcher's polite status
// line (when the panel is closed), the tab title flash (when the tab is hidden) and, when the
// store turns it on, a short beep with the flash. Fed by the controller's $unread.
import type { Translate } from './i18n/t.ts'
import type { TitleFlash } from './launcher/title-flash.ts'

/** The beep, a chunk of its own: only stores that turn the sound on download it. */
type Audio = typeof import('./launcher/beep.ts')

export interface NotificationSeams {
  /** The texts, once loaded (nothing is said before). */
  t: () => Translate | undefined
  /** The panel is open (its own log announces new messages then). */
  isOpen: () => boolean
  /** Says `text` in the launcher's polite status region. */
  announce: (text: string) => void
  /** The tab is hidden (only then does the title flash, so only then is it fetched). */
  hidden: () => boolean
  /**
   * How to fetch the title flash, once the panel chunk brought it: only a shopper with a client
   * hears from an agent, and a client comes with the panel (decision 010), so a first visit does
   * not pay for it. The flash is a chunk of its own, fetched the first time an agent writes while
   * the tab is hidden: a shopper who chats in the tab never downloads it.
   */
  titleFlash: () => (() => Promise<TitleFlash>) | undefined
}

export function createNotifications(seams: NotificationSeams) {
  let flash: Promise<TitleFlash> | undefined
  let audio: Promise<Audio> | undefined
  return {
    /** Fetched when the store turns the sound on, so it is there by the shopper's first click. */
    wantSound(on: boolean) {
      if (on) audio ??= import('./launcher/beep.ts')
      else audio = undefined
    },
    /** The launcher was clicked: browsers let audio start only inside a user gesture. */
    unlock: () => void audio?.then((module) => module.unlockAudio()),
    /** The unread count changed (a store's listener, given the count before): more means an agent wrote. */
    unread(count: number, before = 0) {
      const t = seams.t()
      if (count <= before || !t) return
      if (!seams.isOpen()) seams.announce(t('launcher.unread', { count }))
      const loadFlash = seams.titleFlash()
      if (!loadFlash || !seams.hidden()) return
      flash ??= loadFlash()
      void flash.then((shown) => {
        if (shown.notify((n, title) => t('title.flash', { count: n, title }))) void audio?.then((module) => module.beep())
      })
    },
    destroy: () => void flash?.then((shown) => shown.destroy()),
  }
}
