import { useState } from 'preact/hooks'
import type { UpdateStoreRequest } from '@attune/protocol'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import type { CallResult } from '../../session/http.ts'
import type { StoreInfo } from '../../session/store.ts'
import { failureText } from '../accounts/failure.ts'

interface Props {
  store: StoreInfo
  save(change: UpdateStoreRequest): Promise<CallResult<StoreInfo>>
  onSaved(store: StoreInfo): void
}

/** The store's name, as the header, the switcher and invitations show it. */
export function StoreName({ store, save, onSaved }: Props) {
  const all = useAccountMessages()
  const t = all.store
  const [name, setName] = useState(store.name)
  const [state, setState] = useState<{ step: 'idle' | 'saving' | 'saved' } | { step: 'refused'; text: string }>({ step: 'idle' })

  async function submit(event: Event) {
    event.preventDefault()
    if (state.step === 'saving') return
    const clean = name.trim()
    if (!clean) return setState({ step: 'refused', text: t.nameMissing })
    setState({ step: 'saving' })
    const result = await save({ name: clean })
    if (!result.ok) return setState({ step: 'refused', text: failureText(all, result.error) })
    setState({ step: 'saved' })
    setName(result.value.name)
    onSaved(result.value)
  }

  const refused = state.step === 'refused'
  return (
    <section class="settings-form" aria-labelledby="store-details-title">
      <h3 id="store-details-title">{t.details}</h3>
      <form class="settings-field" noValidate onSubmit={submit}>
        <label for="store-name">{t.name}</label>
        <div class="field-row">
          <input
            id="store-name"
            type="text"
            dir="auto"
            autoComplete="organization"
            maxLength={100}
            value={name}
            aria-invalid={refused ? 'true' : undefined}
            aria-describedby={refused ? 'store-name-error' : undefined}
            onInput={(e) => {
              setName(e.currentTarget.value)
              if (state.step !== 'saving') setState({ step: 'idle' })
            }}
          />
          <button type="submit" class="button button-primary" disabled={state.step === 'saving'}>
            {t.saveName}
          </button>
        </div>
        <p id="store-name-error" class="settings-error" role="alert">
          {refused ? state.text : ''}
        </p>
        <p class="settings-status" role="status">
          {state.step === 'saved' ? t.saved : ''}
        </p>
      </form>
    </section>
  )
}
