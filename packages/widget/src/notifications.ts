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
}

export function createNotifications(seams: NotificationSeams) {
  let loadFlash: (() => Promise<TitleFlash>) | undefined
  let flash: Promise<TitleFlash> | undefined
  let audio: Promise<Audio> | undefined
  let seen = 0
  return {
    /**
     * How to fetch the title flash, given by the panel chunk: only a shopper with a client hears from
     * an agent, and a client comes with the panel (decision 010), so a first visit does not pay for
     * it. The flash is a chunk of its own, fetched the first time an agent writes while the tab is
     * hidden: a shopper who chats in the tab never downloads it.
     */
    flashWith(load: () => Promise<TitleFlash>) {
      loadFlash ??= load
    },
    /** Fetched when the store turns the sound on, so it is there by the shopper's first click. */
    wantSound(on: boolean) {
      if (on) audio ??= import('./launcher/beep.ts')
      else audio = undefined
    },
    /** The launcher was clicked: browsers let audio start only inside a user gesture. */
    unlock: () => void audio?.then((module) => module.unlockAudio()),
    /** The unread count changed: more than before means an agent wrote. */
    unread(count: number) {
      const more = count > seen
      seen = count
      const t = seams.t()
      if (!more || !t) return
      if (!seams.isOpen()) seams.announce(t('launcher.unread', { count }))
      if (!loadFlash || !seams.hidden()) return
      flash ??= loadFlash()
      void flash.then((shown) => {
        if (shown.notify((n, title) => t('title.flash', { count: n, title }))) void audio?.then((module) => module.beep())
      })
    },
    destroy: () => void flash?.then((shown) => shown.destroy()),
  }
}
