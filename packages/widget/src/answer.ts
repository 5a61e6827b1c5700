// The launcher's answer (issue 15): who is there, the store's hours and its greetings, in one
// small cacheable response, asked for once per page view and again when the moment its away
// notice announces has passed (launcher/away.ts follows it). A failure changes nothing.
import type { GreetingOffer, LauncherResponse } from '@attune/core'
import { atom, type ReadableAtom } from 'nanostores'
import type { Clock, follow } from './launcher/away.ts'
import type { Away, WidgetClient } from './ui/types.ts'

export interface AnswerSeams {
  /** Fetches the launcher's answer; none without a site key. */
  askWhoIsThere?: (() => Promise<LauncherResponse>) | undefined
  /** The away chunk: its words and rules, fetched only where nobody can answer now. */
  loadAway: () => Promise<{ follow: typeof follow }>
  /** Starts the store's greetings (their chunk); resolves to a function that stops them. */
  greet: (offers: readonly GreetingOffer[]) => Promise<() => void>
  /** The clock the away notice follows; the page's own when not given (tests give theirs). */
  clock?: Clock | undefined
}

/**
 * `$client` is the shopper's client once there is one (its count of agents online may take the
 * away notice off); `keep` is given each function that stops something, for when the element
 * leaves (or has left already).
 */
export function createAnswer(seams: AnswerSeams, $client: ReadableAtom<WidgetClient | undefined>, keep: (stop: () => void) => void) {
  /** Nobody can answer now: what the launcher and the panel say, in a language. */
  const $away = atom<((locale: string) => Away) | undefined>()
  /** The greetings, started by the first answer: one asked for again does not start them twice. */
  let greeting: unknown
  /** Stops following the last answer that said nobody is there (launcher/away.ts). */
  let unfollow = () => {}

  /**
   * The store's greetings start, once; where nobody can answer now the away chunk words why, until
   * a newer answer. A store that set neither hours nor a reply time, with nobody online, keeps the
   * launcher as it was: the panel's own line says so.
   */
  const hear = (answer: LauncherResponse) => {
    // A greeting that cannot load is simply not shown: nothing to tell the page.
    if (answer.greetings?.length) greeting ??= seams.greet(answer.greetings).then(keep, () => {})
    unfollow()
    if (answer.attended !== false || (answer.open && !answer.replyTime)) return $away.set(undefined)
    return seams.loadAway().then(({ follow }) => keep((unfollow = follow(answer, $away, $client, ask, seams.clock))))
  }

  /** Asks who is there; a failed fetch changes nothing. */
  const ask = () =>
    void seams
      .askWhoIsThere?.()
      .then(hear)
      .catch(() => {})

  return { $away, ask }
}
