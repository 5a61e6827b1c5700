import { useRef, useState } from 'preact/hooks'
import type { AgentProfile } from '../../agent.ts'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { transferCandidates } from '../../lib/team-view.ts'
import type { StoreApi, StoreInfo } from '../../session/store.ts'
import type { TeamApi } from '../../session/team.ts'
import { Confirm, useReturnFocus } from '../accounts/Confirm.tsx'
import { failureText } from '../accounts/failure.ts'
import { useLoad } from '../accounts/use-load.ts'

interface Props {
  api: Pick<StoreApi, 'transfer' | 'remove'>
  team: Pick<TeamApi, 'load'>
  agent: AgentProfile
  store: StoreInfo
  onTransferred(): void
  onDeleted(): void
}

type Step = { step: 'idle' | 'confirm' | 'busy' } | { step: 'refused'; text: string }

/** The owner's two irreversible acts: handing the store to a member, and deleting it. */
export function DangerZone({ api, team, agent, store, onTransferred, onDeleted }: Props) {
  const all = useAccountMessages()
  const t = all.store
  const { loaded } = useLoad(team.load)
  const candidates = loaded.state === 'loaded' ? transferCandidates(loaded.value.members, agent.id) : []
  const [heir, setHeir] = useState('')
  const [transfer, setTransfer] = useState<Step>({ step: 'idle' })
  const [typed, setTyped] = useState('')
  const [removal, setRemoval] = useState<Step>({ step: 'idle' })
  const transferButton = useRef<HTMLButtonElement>(null)
  useReturnFocus(transfer.step === 'confirm' || transfer.step === 'busy', transferButton)
  const chosen = candidates.find((m) => m.id === heir) ?? candidates[0]

  async function handOver() {
    if (!chosen) return
    setTransfer({ step: 'busy' })
    const result = await api.transfer(chosen.id)
    if (!result.ok) return setTransfer({ step: 'refused', text: failureText(all, result.error) })
    onTransferred()
  }

  async function remove(event: Event) {
    event.preventDefault()
    if (removal.step === 'busy') return
    if (typed.trim() !== store.name) return setRemoval({ step: 'refused', text: t.deleteMismatch(store.name) })
    setRemoval({ step: 'busy' })
    const result = await api.remove(typed.trim())
    if (!result.ok) return setRemoval({ step: 'refused', text: failureText(all, result.error) })
    onDeleted()
  }

  const removalRefused = removal.step === 'refused'
  return (
    <section class="settings-form danger-zone" aria-labelledby="danger-title">
      <h3 id="danger-title">{t.danger}</h3>
      <div class="settings-field">
        <h4>{t.transfer}</h4>
        <p class="settings-hint">{t.transferHint}</p>
        {loaded.state === 'loaded' && !chosen ? (
          <p>{t.noOneToTransfer}</p>
        ) : (
          <>
            <label for="store-heir">{t.newOwner}</label>
            <div class="field-row">
              <select id="store-heir" value={chosen?.id ?? ''} onChange={(e) => setHeir(e.currentTarget.value)}>
                {candidates.map((m) => (
                  <option key={m.id} value={m.id}>
                    {t.memberOption(m.name, m.email)}
                  </option>
                ))}
              </select>
              {transfer.step !== 'confirm' && transfer.step !== 'busy' && (
                <button type="button" class="button" ref={transferButton} disabled={!chosen} onClick={() => setTransfer({ step: 'confirm' })}>
                  {t.transfer}
                </button>
              )}
            </div>
            {chosen && (transfer.step === 'confirm' || transfer.step === 'busy') && (
              <Confirm
                id="transfer"
                question={t.transferQuestion(chosen.name, store.name)}
                yes={t.transferYes}
                busy={transfer.step === 'busy'}
                onYes={() => void handOver()}
                onCancel={() => setTransfer({ step: 'idle' })}
              />
            )}
            <p class="settings-error" role="alert">
              {transfer.step === 'refused' ? transfer.text : ''}
            </p>
          </>
        )}
      </div>
      <form class={`settings-field${removalRefused ? ' is-invalid' : ''}`} noValidate onSubmit={remove}>
        <h4>{t.delete}</h4>
        <p id="delete-store-hint" class="settings-hint">
          {t.deleteHint}
        </p>
        <label for="delete-store-name">{t.deleteConfirm(store.name)}</label>
        <div class="field-row">
          <input
            id="delete-store-name"
            type="text"
            autoComplete="off"
            value={typed}
            aria-invalid={removalRefused ? 'true' : undefined}
            aria-describedby={removalRefused ? 'delete-store-error delete-store-hint' : 'delete-store-hint'}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <button type="submit" class="button button-danger" disabled={removal.step === 'busy'}>
            {removal.step === 'busy' ? t.deleting : t.deleteYes}
          </button>
        </div>
        <p id="delete-store-error" class="settings-error" role="alert">
          {removalRefused ? removal.text : ''}
        </p>
      </form>
    </section>
  )
}
