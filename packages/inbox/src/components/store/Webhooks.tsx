import { useEffect, useRef, useState } from 'preact/hooks'
import type { WebhookEndpoint, WebhookSecretResponse } from '@attune/protocol'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { useWebhookMessages } from '../../i18n/webhooks-context.ts'
import type { CallResult } from '../../session/http.ts'
import { createWebhooksApi, type WebhooksApi } from '../../session/webhooks.ts'
import { Confirm } from '../accounts/Confirm.tsx'
import { CopyButton } from '../accounts/CopyButton.tsx'
import { failureText } from '../accounts/failure.ts'
import { PageNotes, type ListNote } from '../accounts/list-editing.tsx'
import { PageState } from '../accounts/PageState.tsx'
import { useLoad } from '../accounts/use-load.ts'
import { DeliveryLog } from './DeliveryLog.tsx'
import { WebhookForm } from './WebhookForm.tsx'

/**
 * The store's webhooks (issue 15): its endpoints with "Send a test event", a new secret and
 * Remove; adding one; the secret shown once; the delivery log. Every outcome is announced.
 */
export function Webhooks({ api: given }: { api?: WebhooksApi }) {
  const t = useWebhookMessages()
  const all = useAccountMessages()
  const [api] = useState(() => given ?? createWebhooksApi())
  const { loaded, retry, refresh } = useLoad(api.load)
  const [secret, setSecret] = useState<{ url: string; value: string } | null>(null)
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [note, setNote] = useState<ListNote>(null)
  const secretField = useRef<HTMLInputElement>(null)

  /** Runs one change; its words on success, the failure's otherwise; the list and log reload. */
  async function change<T>(run: () => Promise<CallResult<T>>, done: (value: T) => string) {
    setBusy(true)
    setNote(null)
    const result = await run()
    setBusy(false)
    setNote(result.ok ? { kind: 'status', text: done(result.value) } : { kind: 'error', text: failureText(all, result.error) })
    await refresh()
    return result
  }

  /** The secret, once: focused (below) so it is read out and easy to copy. */
  function reveal(answer: WebhookSecretResponse) {
    setSecret({ url: answer.endpoint.url, value: answer.secret })
  }
  useEffect(() => secretField.current?.focus(), [secret?.value])

  async function rotate(endpoint: WebhookEndpoint) {
    const result = await change(
      () => api.rotate(endpoint.id),
      () => t.rotated,
    )
    setConfirming(null)
    if (result.ok) reveal(result.value)
  }

  async function remove(endpoint: WebhookEndpoint) {
    // The row goes with its buttons: focus moves to the URL field, where the next action is.
    document.getElementById('webhook-url')?.focus()
    if (secret?.url === endpoint.url) setSecret(null)
    await change(
      () => api.remove(endpoint.id),
      () => t.removed(endpoint.url),
    )
  }

  return (
    <section class="settings-form webhooks" aria-labelledby="webhooks-title">
      <h3 id="webhooks-title">{t.title}</h3>
      <p class="settings-hint">{t.hint}</p>
      {loaded.state !== 'loaded' ? (
        <PageState loaded={loaded} onRetry={retry} />
      ) : (
        <>
          <h4 id="webhook-endpoints-title">{t.endpoints}</h4>
          {loaded.value.endpoints.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul class="origin-list webhook-list" aria-labelledby="webhook-endpoints-title">
              {loaded.value.endpoints.map((endpoint) => (
                <li key={endpoint.id}>
                  <div>
                    <code>{endpoint.url}</code>
                    <p class="settings-hint">{endpoint.events.map((e) => t.events[e]).join(' · ')}</p>
                  </div>
                  <div class="settings-actions">
                    <button
                      type="button"
                      class="button"
                      disabled={busy}
                      onClick={() =>
                        void change(
                          () => api.test(endpoint.id),
                          () => t.tested(endpoint.url),
                        )
                      }
                    >
                      {t.test}
                      <span class="sr-only">{t.forWhich(endpoint.url)}</span>
                    </button>
                    <button type="button" class="button button-quiet" disabled={busy} onClick={() => setConfirming(endpoint.id)}>
                      {t.rotate}
                      <span class="sr-only">{t.forWhich(endpoint.url)}</span>
                    </button>
                    <button type="button" class="button button-quiet" disabled={busy} onClick={() => void remove(endpoint)}>
                      {t.remove}
                      <span class="sr-only">{t.forWhich(endpoint.url)}</span>
                    </button>
                  </div>
                  {confirming === endpoint.id && (
                    <Confirm
                      id={`rotate-${endpoint.id}`}
                      question={t.rotateQuestion}
                      yes={t.rotateYes}
                      busy={busy}
                      onYes={() => void rotate(endpoint)}
                      onCancel={() => setConfirming(null)}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
          {secret && (
            <div class="settings-field webhook-secret">
              <label for="webhook-secret">{t.secretFor(secret.url)}</label>
              <div class="field-row">
                <input
                  id="webhook-secret"
                  ref={secretField}
                  class="code"
                  type="text"
                  readOnly
                  value={secret.value}
                  spellcheck={false}
                  autoComplete="off"
                  aria-describedby="webhook-secret-hint"
                  onFocus={(e) => e.currentTarget.select()}
                />
                <CopyButton text={secret.value} what={t.copySecret} target={secretField} />
              </div>
              <p id="webhook-secret-hint" class="settings-hint">
                {t.secretHint}
              </p>
              <div>
                <button type="button" class="button" onClick={() => setSecret(null)}>
                  {t.hideSecret}
                </button>
              </div>
            </div>
          )}
          <WebhookForm
            add={api.add}
            onAdded={(answer) => {
              reveal(answer)
              setNote({ kind: 'status', text: t.added })
              void refresh()
            }}
          />
          <DeliveryLog
            attempts={loaded.value.attempts}
            busy={busy}
            onRefresh={() => void refresh().then(() => setNote({ kind: 'status', text: t.refreshed }))}
          />
        </>
      )}
      <PageNotes note={note} />
    </section>
  )
}
