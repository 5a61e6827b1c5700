import { useRef, useState } from 'preact/hooks'
import { WEBHOOK_EVENTS, webhookUrlProblem, type CreateWebhookRequest, type WebhookEvent, type WebhookSecretResponse } from '@attune/protocol'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { useWebhookMessages } from '../../i18n/webhooks-context.ts'
import type { CallResult } from '../../session/http.ts'
import { failureText } from '../accounts/failure.ts'

interface Props {
  add(request: CreateWebhookRequest): Promise<CallResult<WebhookSecretResponse>>
  onAdded(answer: WebhookSecretResponse): void
}

type Problem = { field: 'url' | 'events'; text: string } | null

/**
 * "Add endpoint": a URL and the events it wants (all ticked to start with). The URL is checked
 * here first with the server's own rule (not https, credentials, a private address), so the
 * problem is named in the person's language before anything is sent. What only the server can
 * tell (where a name leads, whether it takes localhost) comes back as a 400, said as the rule.
 * Either is shown under the field, tied to it (WCAG 3.3.1) and announced.
 */
export function WebhookForm({ add, onAdded }: Props) {
  const t = useWebhookMessages()
  const all = useAccountMessages()
  const [url, setUrl] = useState('')
  const [events, setEvents] = useState<WebhookEvent[]>([...WEBHOOK_EVENTS])
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<Problem>(null)
  const field = useRef<HTMLInputElement>(null)

  async function submit(e: Event) {
    e.preventDefault()
    if (busy) return
    const address = url.trim()
    if (!address) return refuse({ field: 'url', text: t.urlMissing })
    // As lenient as any server: only the server knows whether it takes loopback (demo mode).
    const urlProblem = webhookUrlProblem(address, true)
    if (urlProblem) return refuse({ field: 'url', text: t.urlProblems[urlProblem] })
    if (events.length === 0) return refuse({ field: 'events', text: t.whichMissing })
    setBusy(true)
    const result = await add({ url: address, events })
    setBusy(false)
    if (!result.ok) return refuse({ field: 'url', text: failureText(all, result.error, { bad_request: t.urlRefused }) })
    setUrl('')
    setProblem(null)
    onAdded(result.value)
  }

  function refuse(next: NonNullable<Problem>) {
    setProblem(next)
    if (next.field === 'url') field.current?.focus()
  }

  const toggle = (event: WebhookEvent, on: boolean) => {
    setEvents((now) => (on ? WEBHOOK_EVENTS.filter((e) => e === event || now.includes(e)) : now.filter((e) => e !== event)))
    if (problem?.field === 'events') setProblem(null)
  }

  const urlRefused = problem?.field === 'url'
  return (
    <form class="webhook-form" noValidate onSubmit={(e) => void submit(e)}>
      <div class={`settings-field${urlRefused ? ' is-invalid' : ''}`}>
        <label for="webhook-url">{t.url}</label>
        <input
          id="webhook-url"
          ref={field}
          class="code"
          type="url"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t.urlExample}
          value={url}
          aria-invalid={urlRefused ? 'true' : undefined}
          aria-describedby={urlRefused ? 'webhook-problem webhook-url-hint' : 'webhook-url-hint'}
          onInput={(e) => {
            setUrl(e.currentTarget.value)
            if (urlRefused) setProblem(null)
          }}
        />
        <p id="webhook-url-hint" class="settings-hint">
          {t.urlHint}
        </p>
      </div>
      <fieldset class="webhook-events" aria-describedby={problem?.field === 'events' ? 'webhook-problem' : undefined}>
        <legend>{t.which}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <div class="settings-field settings-check" key={event}>
            <input
              id={`webhook-event-${event}`}
              type="checkbox"
              checked={events.includes(event)}
              onChange={(e) => toggle(event, e.currentTarget.checked)}
            />
            <label for={`webhook-event-${event}`}>
              {t.events[event]} <code>{event}</code>
            </label>
          </div>
        ))}
      </fieldset>
      <p id="webhook-problem" class="settings-error" role="alert">
        {problem?.text ?? ''}
      </p>
      <div>
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? t.adding : t.add}
        </button>
      </div>
    </form>
  )
}
