import type { WebhookAttempt } from '@attune/protocol'
import { useMessages } from '../../i18n/context.ts'
import { useWebhookMessages } from '../../i18n/webhooks-context.ts'
import { logRow } from '../../lib/webhook-log.ts'

interface Props {
  attempts: readonly WebhookAttempt[]
  busy: boolean
  onRefresh(): void
}

/** The store's last 100 tries, newest first; a failure says so in words, not colour alone (WCAG 1.4.1). */
export function DeliveryLog({ attempts, busy, onRefresh }: Props) {
  const t = useWebhookMessages()
  // Its times in the agent's language, as every date in the inbox (Lao's where the browser has none).
  const language = useMessages()
  const c = t.columns
  return (
    <div class="webhook-log" role="region" aria-labelledby="webhook-log-title">
      <h4 id="webhook-log-title">{t.log}</h4>
      <p class="settings-hint">{t.logHint}</p>
      <div>
        <button type="button" class="button" onClick={onRefresh} disabled={busy}>
          {t.refresh}
        </button>
      </div>
      {attempts.length === 0 ? (
        <p>{t.logEmpty}</p>
      ) : (
        <div class="table-scroll" tabIndex={0} aria-labelledby="webhook-log-title">
          <table>
            <caption class="sr-only">{t.log}</caption>
            <thead>
              <tr>
                {[c.at, c.event, c.endpoint, c.attempt, c.result, c.duration, c.next].map((name) => (
                  <th key={name} scope="col">
                    {name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {attempts.map((attempt) => {
                const row = logRow(attempt, t, language)
                return (
                  <tr key={row.id}>
                    <td>{row.at}</td>
                    <td>{row.event}</td>
                    <td>
                      <code>{row.endpoint}</code>
                    </td>
                    <td class="num">{row.attempt}</td>
                    <td class={row.ok ? 'webhook-ok' : 'webhook-failed'}>{row.result}</td>
                    <td class="num">{row.duration}</td>
                    <td>{row.next}</td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  )
}
