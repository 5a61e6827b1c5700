import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { I18n, WidgetClient } from './types.ts'
import { useStore } from './use-store.ts'
import { useLaterWords } from './later-words.ts'
import { waitLeft } from './view-model.ts'

export interface WaitNoticeProps {
  client: WidgetClient
  i18n: I18n
  /** The time now, ms since the epoch. */
  now: () => number
}

/** Always rendered (an empty live region), so the notice is read out when it appears (WCAG 4.1.3). */
export function WaitNotice({ client, i18n, now }: WaitNoticeProps) {
  const awaiting = useStore(client.$awaitingReply)
  const [, redraw] = useState({})
  // NaN while nobody waits; below 0 once the wait is long enough for the notice.
  const left = awaiting ? waitLeft(awaiting.since, now()) : NaN
  // One timer while someone waits, to the moment the wait is long enough (it is "long" once past
  // it): the clock is read again then. No timer runs before or after.
  useEffect(() => {
    if (left >= 0) {
      const timer = setTimeout(() => redraw({}), left + 1)
      return () => clearTimeout(timer)
    }
  })
  const long = left < 0
  // The calm "someone will reply soon": later words (later-words.ts), fetched when the wait is long enough to say them.
  const later = useLaterWords(i18n, long)
  return (
    <div class="wait" role="status">
      {long && later && <p class="wait-text">{later.t('wait.notice')}</p>}
    </div>
  )
}
