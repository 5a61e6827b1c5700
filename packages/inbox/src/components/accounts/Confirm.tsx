import type { RefObject } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'

interface Props {
  id: string
  question: string
  yes: string
  busy?: boolean
  onYes(): void
  onCancel(): void
}

/**
 * An inline confirmation (as "Delete shopper's data" asks): a group named by its question, with
 * focus on "Cancel", the safe answer; Escape cancels.
 */
export function Confirm({ id, question, yes, busy = false, onYes, onCancel }: Props) {
  const t = useAccountMessages()
  const cancel = useRef<HTMLButtonElement>(null)
  useEffect(() => cancel.current?.focus(), [])
  return (
    <div
      class="confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel()
      }}
    >
      <p id={`${id}-question`}>{question}</p>
      <button type="button" class="button button-danger" onClick={onYes} disabled={busy}>
        {yes}
      </button>
      <button type="button" class="button" ref={cancel} onClick={onCancel} disabled={busy}>
        {t.cancel}
      </button>
    </div>
  )
}

/** Gives focus back to the button that opened a confirmation once it closes (if it is still there). */
export function useReturnFocus(open: boolean, trigger: RefObject<HTMLElement>): void {
  const was = useRef(false)
  useEffect(() => {
    if (!open && was.current) trigger.current?.focus()
    was.current = open
  }, [open])
}
