import { useEffect, useRef } from 'preact/hooks'
import { useAlertMessages } from '../../i18n/alerts-context.ts'
import { SHORTCUT_KEYS } from '../../lib/shortcuts.ts'

interface Props {
  open: boolean
  onClose(): void
}

/**
 * The list of keyboard shortcuts, a modal dialog opened by "?" or its button. The browser's own
 * modal <dialog> keeps the focus inside (the rest of the page is inert) and closes on Escape; the
 * focus goes back to where it was when it opened (WCAG 2.4.3).
 */
export function ShortcutsDialog({ open, onClose }: Props) {
  const t = useAlertMessages().shortcuts
  const dialog = useRef<HTMLDialogElement>(null)
  const close = useRef<HTMLButtonElement>(null)
  const returnTo = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) {
      returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      element.showModal()
      close.current?.focus()
    } else if (!open && element.open) {
      element.close()
    }
    if (!open && returnTo.current) {
      returnTo.current.focus()
      returnTo.current = null
    }
  }, [open])

  return (
    <dialog ref={dialog} class="shortcuts-dialog" aria-labelledby="shortcuts-title" aria-describedby="shortcuts-hint" onClose={onClose}>
      <h2 id="shortcuts-title">{t.title}</h2>
      <p id="shortcuts-hint" class="settings-hint">
        {t.hint}
      </p>
      <table class="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t.key}</th>
            <th scope="col">{t.action}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_KEYS.map(([action, key]) => (
            <tr key={action}>
              <td>
                <kbd>{key}</kbd>
              </td>
              <td>{t.actions[action]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="settings-actions">
        <button type="button" class="button" ref={close} onClick={() => dialog.current?.close()}>
          {t.close}
        </button>
      </div>
    </dialog>
  )
}
