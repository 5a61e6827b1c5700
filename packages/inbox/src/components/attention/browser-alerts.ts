/**
 * The browser's side of the inbox's alerts (decision 028), in one place: whether the agent looks
 * at the tab, the tab's title, a short tone and desktop notifications. Everything deciding what to
 * say is pure (lib/notify.ts); this module only does it. Seams are injected for tests (STYLE.md #3).
 */
import { titleWithCount } from '../../lib/notify.ts'
import { forgetWithSession } from '../../session/forget.ts'

/** What the browser lets the inbox do with notifications; `unsupported` where there is no API. */
export type DesktopPermission = NotificationPermission | 'unsupported'

export interface AlertSeams {
  document: Document
  window: Window
  Notification: typeof Notification | undefined
  AudioContext: typeof AudioContext | undefined
}

const here = (): AlertSeams => ({
  document,
  window,
  Notification: globalThis.Notification,
  AudioContext: globalThis.AudioContext,
})

export const desktopPermission = (seams = here()): DesktopPermission => seams.Notification?.permission ?? 'unsupported'

/** Asks the browser once the person pressed "Turn on desktop notifications": never on load. */
export async function requestDesktopPermission(seams = here()): Promise<DesktopPermission> {
  if (!seams.Notification) return 'unsupported'
  try {
    return await seams.Notification.requestPermission()
  } catch {
    return seams.Notification.permission
  }
}

export interface Notice {
  title: string
  body: string
  /** One notification per conversation: a newer one replaces it instead of piling up. */
  tag: string
  lang: string
}

/**
 * What this page shows in the notification centre, by tag: only the page that made a notification
 * can close it, and a newer one of the same tag has replaced the older. One for the page, not per
 * mount: the inbox's pages each mount the alerts, and a notification outlives a page change.
 */
const shown = new Map<string, Notification>()

// A sign-out or a store switch takes them out of the centre: a shopper's words on a shared screen,
// and a click that would open a conversation for a session that has ended.
forgetWithSession(() => {
  for (const notification of shown.values()) notification.close()
  shown.clear()
})

export function createBrowserAlerts(seams: AlertSeams = here()) {
  const { document: doc, window: win } = seams
  const title = doc.title
  let audio: AudioContext | undefined

  // Browsers start audio only after a gesture (autoplay policy): the first click or key in the
  // inbox readies the tone, so an alert that comes later can be heard.
  const unlock = () => {
    try {
      audio ??= seams.AudioContext ? new seams.AudioContext() : undefined
      if (audio?.state === 'suspended') void audio.resume()
    } catch {
      // No audio here: the title and the notification still tell.
    }
  }
  win.addEventListener('pointerdown', unlock, true)
  win.addEventListener('keydown', unlock, true)

  return {
    /** The agent's eyes are on this tab: it is shown and has the focus. */
    attending: () => doc.visibilityState === 'visible' && doc.hasFocus(),
    hidden: () => doc.visibilityState === 'hidden',

    /** Calls `listener` with `attending()` whenever it may have changed. */
    onAttention(listener: (attending: boolean) => void): () => void {
      const changed = () => listener(doc.visibilityState === 'visible' && doc.hasFocus())
      doc.addEventListener('visibilitychange', changed)
      win.addEventListener('focus', changed)
      win.addEventListener('blur', changed)
      return () => {
        doc.removeEventListener('visibilitychange', changed)
        win.removeEventListener('focus', changed)
        win.removeEventListener('blur', changed)
      }
    },

    count(unseen: number): void {
      doc.title = titleWithCount(title, unseen)
    },

    /** Two soft rising notes (a quarter second), made here: no sound file to fetch. */
    beep(): void {
      unlock()
      if (!audio || audio.state !== 'running') return
      try {
        const start = audio.currentTime
        for (const [offset, pitch] of [
          [0, 660],
          [0.12, 880],
        ] as const) {
          const tone = audio.createOscillator()
          const gain = audio.createGain()
          tone.frequency.value = pitch
          gain.gain.setValueAtTime(0.0001, start + offset)
          gain.gain.exponentialRampToValueAtTime(0.1, start + offset + 0.02)
          gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.2)
          tone.connect(gain).connect(audio.destination)
          tone.start(start + offset)
          tone.stop(start + offset + 0.22)
        }
      } catch {
        // A sound is never worth an error.
      }
    },

    /** A desktop notification, when allowed; a click brings the tab forward and opens the conversation. */
    notify(notice: Notice, onClick: () => void): void {
      if (seams.Notification?.permission !== 'granted') return
      try {
        const notification = new seams.Notification(notice.title, { body: notice.body, tag: notice.tag, lang: notice.lang })
        shown.set(notice.tag, notification)
        notification.addEventListener('close', () => {
          if (shown.get(notice.tag) === notification) shown.delete(notice.tag)
        })
        notification.addEventListener('click', () => {
          win.focus()
          onClick()
          notification.close()
        })
      } catch {
        // Some browsers allow notifications only from a service worker: the title still counts.
      }
    },

    /** Takes the notification shown under `tag` out of the notification centre, if this page showed one. */
    withdraw(tag: string): void {
      shown.get(tag)?.close()
      shown.delete(tag)
    },

    destroy(): void {
      win.removeEventListener('pointerdown', unlock, true)
      win.removeEventListener('keydown', unlock, true)
      doc.title = title
      void audio?.close().catch(() => undefined)
    },
  }
}
