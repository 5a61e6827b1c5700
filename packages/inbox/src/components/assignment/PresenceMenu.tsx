import { useStore } from '@nanostores/preact'
import { useEffect, useState } from 'preact/hooks'
import type { InboxAgent } from '../../agent.ts'
import { useTeamMessages } from '../../i18n/team-context.ts'
import { createIdleWatch, type IdleTimers } from '../../lib/idle.ts'
import { teamState } from './team-state.ts'

const browserTimers: IdleTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
}

/** Input that shows a person is at their inbox (pointer and keyboard; WCAG 2.1.1 keeps both equal). */
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel'] as const

interface Props {
  client: InboxAgent
  /** Injected by tests. */
  timers?: IdleTimers
}

/**
 * The header's "Status": Online or Away, kept until changed. The inbox also tells the server
 * when it has been idle ten minutes (away) and when it is used again.
 */
export function PresenceMenu({ client, timers = browserTimers }: Props) {
  const t = useTeamMessages().status
  const state = teamState(client)
  const chosen = useStore(state.$chosen)
  const [idle, setIdle] = useState(false)

  useEffect(() => {
    const watch = createIdleWatch(timers, (now) => {
      setIdle(now)
      state.idle(now)
    })
    const input = () => watch.input()
    for (const type of INPUT_EVENTS) document.addEventListener(type, input, { passive: true, capture: true })
    return () => {
      watch.stop()
      for (const type of INPUT_EVENTS) document.removeEventListener(type, input, { capture: true })
    }
  }, [client])

  return (
    <p class="presence-menu">
      <label for="presence-status">{t.label}</label>
      <select
        id="presence-status"
        value={chosen}
        onChange={(e) => void state.choose((e.currentTarget as HTMLSelectElement).value as 'online' | 'away')}
      >
        <option value="online">{t.online}</option>
        <option value="away">{t.away}</option>
      </select>
      <span class="presence-idle" role="status">
        {idle && chosen === 'online' ? t.idle : ''}
      </span>
    </p>
  )
}
