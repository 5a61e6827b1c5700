import type { ComponentChild } from 'preact'
import { useRef, useState } from 'preact/hooks'
import type { UpdateStoreRequest } from '@attune/protocol'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { addOrigin, removeOrigin, type OriginRefusal } from '../../lib/origins.ts'
import type { CallResult } from '../../session/http.ts'
import type { StoreInfo } from '../../session/store.ts'
import { failureWords } from '../accounts/failure.ts'

interface Props {
  store: StoreInfo
  save(change: UpdateStoreRequest): Promise<CallResult<StoreInfo>>
  onSaved(store: StoreInfo): void
}

type State = { step: 'idle' | 'saving' } | { step: 'done'; text: string } | { step: 'refused'; text: ComponentChild }

/**
 * Where the chat may open. Each origin is checked as it is typed in (protocol's `originProblem`,
 * the server's own rule) and the list is saved at once; a refusal is shown under the field,
 * tied to it (WCAG 3.3.1) and announced.
 */
export function OriginsEditor({ store, save, onSaved }: Props) {
  const all = useAccountMessages()
  const t = all.store
  const [input, setInput] = useState('')
  const [state, setState] = useState<State>({ step: 'idle' })
  const field = useRef<HTMLInputElement>(null)
  const origins = store.allowedOrigins

  // The protocol's reason for a malformed origin is English: the catalog says it instead.
  const refusalText = (refusal: OriginRefusal) =>
    refusal.kind === 'missing' ? t.originMissing : refusal.kind === 'twice' ? t.originTwice(refusal.origin) : t.originBad(input.trim())

  async function apply(next: string[], done: string): Promise<boolean> {
    setState({ step: 'saving' })
    const result = await save({ allowedOrigins: next })
    if (!result.ok) {
      setState({ step: 'refused', text: failureWords(all, result.error) })
      return false
    }
    onSaved(result.value)
    setState({ step: 'done', text: done })
    return true
  }

  async function add(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    const check = addOrigin(origins, input)
    if (!check.ok) {
      setState({ step: 'refused', text: refusalText(check.refusal) })
      field.current?.focus()
      return
    }
    if (await apply(check.next, t.added(check.origin))) setInput('')
  }

  async function remove(origin: string) {
    if (state.step === 'saving') return
    // The button goes with its row: focus moves to the field, where the next action is.
    field.current?.focus()
    await apply(removeOrigin(origins, origin), t.removed(origin))
  }

  const refused = state.step === 'refused'
  return (
    <section class="settings-form" aria-labelledby="origins-title">
      <h3 id="origins-title">{t.origins}</h3>
      <p id="origins-hint" class="settings-hint">
        {t.originsHint}
      </p>
      {origins.length === 0 ? (
        <p>{t.noOrigins}</p>
      ) : (
        <ul class="origin-list" aria-labelledby="origins-title">
          {origins.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>
              <button type="button" class="button button-quiet" onClick={() => void remove(origin)} disabled={state.step === 'saving'}>
                {t.remove}
                <span class="sr-only">{t.removeWhich(origin)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class={`settings-field${refused ? ' is-invalid' : ''}`} noValidate onSubmit={add}>
        <label for="store-origin">{t.addOrigin}</label>
        <div class="field-row">
          <input
            id="store-origin"
            ref={field}
            class="code"
            type="url"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder={t.originExample}
            value={input}
            aria-invalid={refused ? 'true' : undefined}
            aria-describedby={refused ? 'store-origin-error origins-hint' : 'origins-hint'}
            onInput={(e) => {
              setInput(e.currentTarget.value)
              if (refused) setState({ step: 'idle' })
            }}
          />
          <button type="submit" class="button button-primary" disabled={state.step === 'saving'}>
            {t.add}
          </button>
        </div>
        <p id="store-origin-error" class="settings-error" role="alert">
          {refused ? state.text : ''}
        </p>
        <p class="settings-status" role="status">
          {state.step === 'done' ? state.text : ''}
        </p>
      </form>
    </section>
  )
}
