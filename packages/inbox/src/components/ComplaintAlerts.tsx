import { useStore } from '@nanostores/preact'
import { useEffect, useState } from 'preact/hooks'
import type { InboxAgent, InboxAlert } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { useHistoryMessages } from '../i18n/history-context.ts'
import { addAlert, toAlertView } from '../lib/alerts.ts'
import { hrefFor } from '../lib/route.ts'
import { onAppLinkClick } from './use-location.ts'

/**
 * Live alerts for managers, admins and owners (issue 16): a shopper threatened a public review or
 * a complaint. The server sends them only to those roles. The newest is read out by an assertive
 * live region that is always in the DOM (WCAG 4.1.3); each stays on screen with a link to the
 * conversation and a Dismiss button, both reachable by keyboard (WCAG 2.1.1).
 */
export function ComplaintAlerts({ client }: { client: InboxAgent }) {
  const t = useMessages()
  const words = useHistoryMessages().alerts
  const conversations = useStore(client.$conversations)
  const [alerts, setAlerts] = useState<InboxAlert[]>([])
  // Its text is fixed when it is said: a live region that changed later would say it again.
  const [announced, setAnnounced] = useState<{ conversationId: string; text: string } | null>(null)

  useEffect(
    () =>
      client.on('alert', (alert) => {
        setAlerts((list) => addAlert(list, alert))
        setAnnounced({ conversationId: alert.conversationId, text: toAlertView(alert, client.$conversations.get(), t, words).text })
      }),
    [client],
  )
  // A shopper erased (their right to erasure): the alerts about their conversation go altogether,
  // the one read out too. Without their name and their words, all one could say is that someone
  // threatened a complaint, with a link to a conversation that is gone: nothing a manager can act on.
  useEffect(
    () =>
      client.on('erased', ({ id }) => {
        setAlerts((list) => list.filter((alert) => alert.conversationId !== id))
        setAnnounced((said) => (said?.conversationId === id ? null : said))
      }),
    [client],
  )

  const dismiss = (key: string) => setAlerts((list) => list.filter((a) => toAlertView(a, conversations, t, words).key !== key))
  const views = alerts.map((alert) => toAlertView(alert, conversations, t, words))
  return (
    <>
      <p class="sr-only" role="alert">
        {announced?.text}
      </p>
      {views.length > 0 && (
        <section class="alerts" aria-labelledby="alerts-title">
          <h2 id="alerts-title" class="sr-only">
            {words.title}
          </h2>
          <ul class="alerts-list">
            {views.map((view) => {
              const href = hrefFor({ page: 'conversations', conversation: view.conversationId })
              return (
                <li key={view.key} class="alert-item">
                  <span class="alert-text">{view.text}</span>
                  <a class="button" href={href} onClick={(e) => onAppLinkClick(e, href)} aria-label={`${words.open}: ${view.label}`}>
                    {words.open}
                  </a>
                  <button type="button" class="button button-quiet" aria-label={view.dismissLabel} onClick={() => dismiss(view.key)}>
                    {words.dismiss}
                  </button>
                </li>
              )
            })}
          </ul>
        </section>
      )}
    </>
  )
}
