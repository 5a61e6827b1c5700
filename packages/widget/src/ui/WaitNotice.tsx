import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { I18n, WidgetClient } from './types.ts'
import { useStore } from './use-store.ts'
import { useLaterWords } from './later-words.ts'
import { waitedLong } from './view-model.ts'

export interface WaitNoticeProps {
  client: WidgetClient
  i18n: I18n
  /** The time now, ms since the epoch. */
  now: () => number
}

/** Always rendered (an empty live region), so the notice is read out when it appears (WCAG 4.1.3). */
export function WaitNotice({ client, i18n, now }: WaitNoticeProps) {
  const awaiting = useStore(client.$awaitingReply)
  return (
    <div class="wait" role="status">
      {/* The clock is only read while someone waits: no timer runs otherwise. */}
      {awaiting && <WaitText since={awaiting.since} i18n={i18n} now={now} />}
    </div>
  )
}

function WaitText({ since, i18n, now }: { since: string; i18n: I18n; now: () => number }) {
  const [time, setTime] = useState(now)
  useEffect(() => {
    const timer = setInterval(() => setTime(now()), 1_000)
    return () => clearInterval(timer)
  }, [])
  const long = waitedLong(since, time)
  // The calm "someone will reply soon": later words (later-words.ts), fetched when the wait is long enough to say them.
  const later = useLaterWords(i18n, long)
  return long && later ? <p class="wait-text">{later.t('wait.notice')}</p> : null
}
