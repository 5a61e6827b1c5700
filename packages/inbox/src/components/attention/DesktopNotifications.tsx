import { useState } from 'preact/hooks'
import { useAlertMessages } from '../../i18n/alerts-context.ts'
import { desktopPermission, requestDesktopPermission, type DesktopPermission } from './browser-alerts.ts'

/**
 * "Turn on desktop notifications": the browser is asked only when the person presses it, never on
 * load (browsers mute sites that ask unprompted). `compact` (the inbox's bar) shows the button
 * until the browser has an answer, then that answer once; the full form (Team page) always says
 * where things stand, and how to allow them once blocked.
 */
export function DesktopNotifications({ compact = false }: { compact?: boolean }) {
  const t = useAlertMessages().desktop
  const [permission, setPermission] = useState<DesktopPermission>(() => desktopPermission())
  const [asked, setAsked] = useState<'no' | 'asking' | 'answered'>('no')

  async function ask() {
    setAsked('asking')
    setPermission(await requestDesktopPermission())
    setAsked('answered')
  }

  const said = asked === 'asking' ? t.asking : permission !== 'default' && (!compact || asked === 'answered') ? t[permission] : ''
  if (compact && permission !== 'default' && asked === 'no') return null
  return (
    <div class={compact ? 'desktop-notifications is-compact' : 'desktop-notifications'}>
      {permission === 'default' && (
        <button type="button" class={compact ? 'button button-quiet' : 'button'} onClick={() => void ask()} disabled={asked === 'asking'}>
          {t.turnOn}
        </button>
      )}
      <p class="settings-hint" role="status">
        {said}
      </p>
    </div>
  )
}
