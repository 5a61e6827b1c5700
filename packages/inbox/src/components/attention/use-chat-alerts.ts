import type { ConversationSummary } from '@attune/protocol'
import { useEffect, useRef } from 'preact/hooks'
import type { InboxAgent } from '../../agent.ts'
import type { AlertMessages } from '../../i18n/en-alerts.ts'
import type { InboxMessages } from '../../i18n/en.ts'
import { conversationLabel } from '../../lib/conversation-rows.ts'
import { chatAlerts, type ChatAlert, notificationText, spokenAlert, unseenAfter, worthTelling } from '../../lib/notify.ts'
import { createBrowserAlerts } from './browser-alerts.ts'

interface Options {
  client: InboxAgent
  /** The signed-in person's id, until the socket's welcome says it. */
  myId: string
  /** The conversation on screen, if any. */
  openId: string | null
  /** Their preference (on unless turned off). */
  sound: boolean
  words: AlertMessages
  t: InboxMessages
  /** Opens a conversation: a notification was clicked. */
  onOpen(id: string): void
  /** Says a line politely, in a live region (role=status), about a conversation. */
  say(text: string, conversationId: string): void
  /** Takes the line about a conversation out of the live region, if it is still there. */
  unsay(conversationId: string): void
}

/**
 * Watches the live list for news (lib/notify.ts) and tells the agent: a tone, the count in the
 * tab's title while they look elsewhere, a desktop notification while the tab is hidden, and the
 * notification's words said aloud while it is shown. The list a welcome brings (the first, or a
 * reconnect's) is old news: it is learnt, never announced.
 */
export function useChatAlerts(options: Options): void {
  // Read by the listeners, which outlive the render that made them.
  const now = useRef(options)
  now.current = options
  const { client } = options

  useEffect(() => {
    const browser = createBrowserAlerts()
    let list: readonly ConversationSummary[] = client.$conversations.get()
    let unseen: ReadonlySet<string> = new Set()
    let welcomed = false
    const stopMe = client.$me.listen(() => {
      welcomed = true
    })
    const stopList = client.$conversations.listen((next) => {
      const before = list
      list = next
      const { myId, openId, sound, words, t, onOpen, say } = now.current
      const attending = browser.attending()
      const alerts = welcomed ? [] : worthTelling(chatAlerts(before, next, client.$me.get()?.id ?? myId), { attending, openId })
      welcomed = false
      unseen = unseenAfter(unseen, alerts, attending, next)
      browser.count(unseen.size)
      if (alerts.length === 0) return
      if (sound) browser.beep()
      const told = (alert: ChatAlert) => {
        const summary = next.find((c) => c.id === alert.conversationId)
        return notificationText(alert, summary, summary ? conversationLabel(summary, t) : '', words.notification)
      }
      if (!browser.hidden()) {
        const spoken = spokenAlert(alerts, next, openId)
        if (spoken) say(told(spoken).title, spoken.conversationId)
        return
      }
      for (const alert of alerts) {
        browser.notify({ ...told(alert), tag: alert.conversationId, lang: t.locale }, () => onOpen(alert.conversationId))
      }
    })
    // A shopper erased (their right to erasure): their words leave the notification centre (a
    // notification's tag is its conversation's id, above), and the line naming them the live region.
    const stopErased = client.on('erased', ({ id }) => {
      browser.withdraw(id)
      now.current.unsay(id)
    })
    const stopAttention = browser.onAttention((attending) => {
      if (!attending) return
      unseen = unseenAfter(unseen, [], true, list)
      browser.count(0)
    })
    return () => {
      stopMe()
      stopList()
      stopErased()
      stopAttention()
      browser.destroy()
    }
  }, [client])
}
