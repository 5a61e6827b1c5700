import { useEffect, useRef, useState } from 'preact/hooks'
import { useMessages } from '../i18n/context.ts'
import { useErasureMessages } from '../i18n/erasure-context.ts'
import type { DeleteVisitorResult } from '../session/visitors.ts'

interface Props {
  visitorId: string
  /** `DELETE /api/visitors/:visitorId`; called only after the agent confirms. */
  deleteVisitor(visitorId: string): Promise<DeleteVisitorResult>
  /** The shopper is gone: the inbox leaves the conversation. */
  onDeleted?(visitorId: string): void
}

type Step =
  | { step: 'idle' }
  | { step: 'confirm' }
  | { step: 'deleting' }
  | { step: 'deleted' }
  | { step: 'failed'; reason: Exclude<DeleteVisitorResult, { ok: true }>['reason'] }

/**
 * Erasure in two steps: the button only asks; "Delete" in the inline confirmation calls the
 * server. Focus goes to "Cancel" (the safe answer) and comes back to the button if cancelled.
 */
export function DeleteShopper({ visitorId, deleteVisitor, onDeleted }: Props) {
  const t = useErasureMessages()
  const { deleted } = useMessages().conversation
  const [state, setState] = useState<Step>({ step: 'idle' })
  const trigger = useRef<HTMLButtonElement>(null)
  const cancelButton = useRef<HTMLButtonElement>(null)
  const live = useRef(true)
  useEffect(() => () => void (live.current = false), [])

  const confirming = state.step === 'confirm' || state.step === 'deleting'
  const wasConfirming = useRef(false)
  useEffect(() => {
    if (state.step === 'confirm' && !wasConfirming.current) cancelButton.current?.focus()
    else if (!confirming && wasConfirming.current) trigger.current?.focus()
    wasConfirming.current = confirming
  }, [state.step])

  async function confirm() {
    setState({ step: 'deleting' })
    const result = await deleteVisitor(visitorId)
    if (!live.current) return
    if (result.ok) {
      setState({ step: 'deleted' })
      onDeleted?.(visitorId)
    } else {
      setState({ step: 'failed', reason: result.reason })
    }
  }

  return (
    <>
      {confirming ? (
        <div
          class="delete-confirm"
          role="group"
          aria-labelledby="delete-confirm-text"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && state.step === 'confirm') setState({ step: 'idle' })
          }}
        >
          <p id="delete-confirm-text">{t.deleteConfirm}</p>
          <button type="button" class="button button-danger" onClick={() => void confirm()} disabled={state.step === 'deleting'}>
            {t.deleteYes}
          </button>
          <button type="button" class="button" ref={cancelButton} onClick={() => setState({ step: 'idle' })} disabled={state.step === 'deleting'}>
            {t.deleteCancel}
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="button button-quiet"
          ref={trigger}
          onClick={() => setState({ step: 'confirm' })}
          disabled={state.step === 'deleted'}
        >
          {t.deleteShopper}
        </button>
      )}
      <p class="delete-note" role="status">
        {state.step === 'deleting' ? t.deleting : state.step === 'deleted' ? deleted : ''}
      </p>
      <p class="delete-note is-refused" role="alert">
        {state.step === 'failed' ? t.deleteFailed[state.reason] : ''}
      </p>
    </>
  )
}
