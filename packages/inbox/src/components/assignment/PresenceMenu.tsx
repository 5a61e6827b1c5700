import { useStore } from '@nanostores/preact'
import { useEffect, useState } from 'preact/hooks'
import type { PresenceResponse } from '@attune/protocol'
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

/** What the menu offers: Offline is no choice, it is a closed inbox. */
type Status = PresenceResponse['chosen']

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
  // The choice while the server has not taken it; a refusal puts the menu back on the status it still is.
  const [asked, setAsked] = useState<Status | null>(null)
  const [refused, setRefused] = useState(false)

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

  async function choose(status: Status) {
    setAsked(status)
    setRefused(false)
    const ok = await state.choose(status)
    setAsked(null)
    setRefused(!ok)
  }

  return (
    <p class="presence-menu">
      <label for="presence-status">{t.label}</label>
      <select
        id="presence-status"
        value={asked ?? chosen}
        aria-describedby="presence-refused"
        onChange={(e) => void choose((e.currentTarget as HTMLSelectElement).value as Status)}
      >
        <option value="online">{t.online}</option>
        <option value="away">{t.away}</option>
      </select>
      <span class="presence-idle" role="status">
        {idle && chosen === 'online' ? t.idle : ''}
      </span>
      <span id="presence-refused" class="presence-refused" role="alert">
        {refused ? t.notChanged : ''}
      </span>
    </p>
  )
}
