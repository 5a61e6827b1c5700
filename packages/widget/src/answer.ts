// The launcher's answer (issue 15): who is there, the store's hours and its greetings, in one
// small cacheable response asked for once per page view. A failure changes nothing.
import type { GreetingOffer, LauncherResponse } from '@attune/core'
import { atom } from 'nanostores'
import type { AwayState } from './launcher/away.ts'
import type { Away } from './ui/types.ts'

export interface AnswerSeams {
  /** The away chunk: its words and rules, fetched only where nobody can answer now. */
  loadAway: () => Promise<{ away: (state: AwayState, locale: string) => Away }>
  /** Starts the store's greetings (their chunk); resolves to a function that stops them. */
  greet: (offers: readonly GreetingOffer[]) => Promise<() => void>
}

/** `keep` is given each greeting's stop, for when the element leaves (or has left already). */
export function createAnswer(seams: AnswerSeams, keep: (stop: () => void) => void) {
  /** Nobody can answer now: what the launcher and the panel say, in a language. */
  const $away = atom<((locale: string) => Away) | undefined>()

  /**
   * The store's greetings start; where nobody can answer now the away chunk words why. A store
   * that set neither hours nor a reply time, with nobody online, keeps the launcher as it was:
   * the panel's own line says so.
   */
  const hear = (answer: LauncherResponse) => {
    // A greeting that cannot load is simply not shown: nothing to tell the page.
    if (answer.greetings?.length) seams.greet(answer.greetings).then(keep, () => {})
    if (answer.attended !== false || (answer.open && !answer.replyTime)) return
    return seams.loadAway().then(({ away }) => $away.set((locale) => away(answer, locale)))
  }

  return { $away, hear }
}
