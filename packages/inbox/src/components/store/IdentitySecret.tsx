import { useRef, useState } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import type { StoreApi } from '../../session/store.ts'
import { Confirm, useReturnFocus } from '../accounts/Confirm.tsx'
import { CopyButton } from '../accounts/CopyButton.tsx'
import { failureText } from '../accounts/failure.ts'

type State =
  | { step: 'hidden' | 'revealing' }
  | { step: 'shown'; secret: string; rotated: boolean }
  | { step: 'confirm' | 'rotating'; secret: string | null }
  | { step: 'refused'; text: string; secret: string | null }

/**
 * The key the store's server signs shoppers' ids with (for `identify`). It stays hidden until
 * asked for (a POST: never in a URL or a cache), and a new one is made only after a confirmation.
 */
export function IdentitySecret({ api }: { api: Pick<StoreApi, 'revealSecret' | 'rotateSecret'> }) {
  const all = useAccountMessages()
  const t = all.store
  const [state, setState] = useState<State>({ step: 'hidden' })
  const field = useRef<HTMLInputElement>(null)
  const rotateButton = useRef<HTMLButtonElement>(null)
  const secret = 'secret' in state ? state.secret : null
  const confirming = state.step === 'confirm' || state.step === 'rotating'
  useReturnFocus(confirming, rotateButton)

  async function reveal() {
    setState({ step: 'revealing' })
    const result = await api.revealSecret()
    setState(
      result.ok ? { step: 'shown', secret: result.value, rotated: false } : { step: 'refused', text: failureText(all, result.error), secret: null },
    )
    if (result.ok) queueMicrotask(() => field.current?.focus())
  }

  async function rotate() {
    setState({ step: 'rotating', secret })
    const result = await api.rotateSecret()
    setState(result.ok ? { step: 'shown', secret: result.value, rotated: true } : { step: 'refused', text: failureText(all, result.error), secret })
  }

  return (
    <section class="settings-form" aria-labelledby="secret-title">
      <h3 id="secret-title">{t.secret}</h3>
      <p id="secret-hint" class="settings-hint">
        {t.secretHint}
      </p>
      {secret !== null ? (
        <div class="settings-field">
          <label for="store-secret">{t.secret}</label>
          <div class="field-row">
            <input
              id="store-secret"
              ref={field}
              class="code"
              type="text"
              readOnly
              value={secret}
              spellcheck={false}
              autoComplete="off"
              aria-describedby="secret-hint"
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={secret} what={t.copySecret} target={field} />
          </div>
        </div>
      ) : (
        <div>
          <button type="button" class="button" onClick={() => void reveal()} disabled={state.step === 'revealing'}>
            {t.reveal}
          </button>
        </div>
      )}
      {confirming ? (
        <Confirm
          id="rotate"
          question={t.rotateQuestion}
          yes={t.rotateYes}
          busy={state.step === 'rotating'}
          onYes={() => void rotate()}
          onCancel={() => setState(secret === null ? { step: 'hidden' } : { step: 'shown', secret, rotated: false })}
        />
      ) : (
        <div>
          <button type="button" class="button" ref={rotateButton} onClick={() => setState({ step: 'confirm', secret })}>
            {t.rotate}
          </button>
        </div>
      )}
      <p class="settings-status" role="status">
        {state.step === 'revealing' ? t.revealing : state.step === 'shown' && state.rotated ? t.rotated : ''}
      </p>
      <p class="settings-error" role="alert">
        {state.step === 'refused' ? state.text : ''}
      </p>
    </section>
  )
}
