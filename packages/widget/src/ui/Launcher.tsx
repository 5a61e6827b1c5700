import { useStore } from '@nanostores/preact'
import type { Ref } from 'preact'
import type { I18n, WidgetClient } from './types.ts'
import { launcherView } from './view-model.ts'

export interface LauncherProps {
  open: boolean
  client: WidgetClient
  i18n: I18n
  onToggle: () => void
  /** The launcher takes focus back when the panel closes. */
  buttonRef: Ref<HTMLButtonElement>
}

export const PANEL_ID = 'attune-panel'
const BADGE_ID = 'attune-unread'

export function Launcher({ open, client, i18n, onToggle, buttonRef }: LauncherProps) {
  const unread = useStore(client.$unread)
  const view = launcherView(open, unread, i18n.t)
  return (
    <button
      ref={buttonRef}
      type="button"
      class="launcher"
      aria-label={view.label}
      aria-expanded={view.expanded}
      aria-controls={open ? PANEL_ID : undefined}
      aria-describedby={view.badgeText ? BADGE_ID : undefined}
      onClick={onToggle}
    >
      {open ? <CloseIcon /> : <ChatIcon />}
      {view.badge && (
        <span class="badge" aria-hidden="true">
          {view.badge}
        </span>
      )}
      {view.badgeText && (
        <span id={BADGE_ID} class="visually-hidden">
          {view.badgeText}
        </span>
      )}
    </button>
  )
}

function ChatIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-4.3 3.4A1 1 0 0 1 3 20.6V6a2 2 0 0 1 1-2Zm3 6.5a1.5 1.5 0 1 0 0 .01Zm5 0a1.5 1.5 0 1 0 0 .01Zm5 0a1.5 1.5 0 1 0 0 .01Z"
      />
    </svg>
  )
}

export function CloseIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <path fill="none" stroke="currentColor" stroke-width="2.25" stroke-linecap="round" d="M6 6l12 12M18 6 6 18" />
    </svg>
  )
}
