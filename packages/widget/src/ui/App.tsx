import { useStore } from '@nanostores/preact'
import type { WritableAtom } from 'nanostores'
import { useEffect, useRef } from 'preact/hooks'
import { Launcher } from './Launcher.tsx'
import { Panel } from './Panel.tsx'
import type { I18n, Platform, WidgetClient } from './types.ts'

export interface AppProps {
  client: WidgetClient
  /** Open state, shared with the imperative API (`Attune('open')`). */
  $open: WritableAtom<boolean>
  i18n: I18n
  platform: Platform
}

export function App({ client, $open, i18n, platform }: AppProps) {
  const open = useStore($open)
  const launcher = useRef<HTMLButtonElement>(null)
  // Only a shopper's own click or key moves focus into the panel; `Attune('open')` from the
  // host page must not steal focus from whatever the shopper is doing there.
  const focusPanel = useRef(false)

  const close = () => {
    $open.set(false)
    launcher.current?.focus()
  }

  useEffect(() => {
    if (!open) focusPanel.current = false
  }, [open])

  return (
    <div
      class="root"
      lang={i18n.locale}
      dir={i18n.dir}
      onKeyDown={(event) => {
        // WCAG 2.1.2 / APG dialog pattern: Escape closes a non-modal dialog and returns focus.
        if (event.key === 'Escape' && $open.get()) {
          event.stopPropagation()
          close()
        }
      }}
    >
      {open && <Panel client={client} i18n={i18n} platform={platform} autoFocus={focusPanel.current} onHide={close} />}
      <Launcher
        buttonRef={launcher}
        open={open}
        client={client}
        i18n={i18n}
        onToggle={() => {
          focusPanel.current = !open
          $open.set(!open)
        }}
      />
    </div>
  )
}
