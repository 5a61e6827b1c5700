import type { RefObject } from 'preact'
import { useState } from 'preact/hooks'
import { useAccountMessages } from '../../i18n/accounts-context.ts'

interface Props {
  text: string
  /** Read after "Copy" by screen readers ("Copy the script tag"); the button shows "Copy". */
  what: string
  /** Selected when the clipboard refuses, so the person can copy it with the keyboard. */
  target?: RefObject<HTMLElement>
}

function select(element: HTMLElement | null | undefined): void {
  if (!element) return
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.select()
  const range = document.createRange()
  range.selectNodeContents(element)
  const selection = getSelection()
  selection?.removeAllRanges()
  selection?.addRange(range)
}

/** Copies `text` and says so in a polite live region ("Copied."), or explains and selects it. */
export function CopyButton({ text, what, target }: Props) {
  const t = useAccountMessages()
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  async function copy() {
    // Emptied first, so a second copy is announced again.
    setState('idle')
    try {
      // Absent outside secure contexts, and refused without permission.
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setState('copied')
    } catch {
      setState('failed')
      select(target?.current)
    }
  }

  return (
    <span class="copy">
      <button type="button" class="button" onClick={() => void copy()}>
        {t.copy}
        <span class="sr-only"> {what}</span>
      </button>
      <span role="status" class={state === 'failed' ? 'copy-status is-failed' : 'copy-status'}>
        {state === 'copied' ? t.copied : state === 'failed' ? t.copyFailed : ''}
      </span>
    </span>
  )
}
