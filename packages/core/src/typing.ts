import { atom, type ReadableAtom } from 'nanostores'
import type { Clock } from './platform.ts'

/** Repeat "still typing" at most this often, ms: keystrokes must not become frames. */
const TYPING_THROTTLE_MS = 3_000
/** Forget the peer's typing if no update came for this long (a lost "stopped" frame). */
const PEER_TYPING_TIMEOUT_MS = 6_000

/** Throttles this side's typing notices: the first keystroke and a stop go out at once. */
export function createTypingNotifier(clock: Clock, notify: (typing: boolean) => void) {
  let lastSentAt = -Infinity
  let typing = false
  return (next: boolean): void => {
    if (next) {
      const now = clock.now()
      if (typing && now - lastSentAt < TYPING_THROTTLE_MS) return
      typing = true
      lastSentAt = now
      notify(true)
    } else if (typing) {
      typing = false
      lastSentAt = -Infinity
      notify(false)
    }
  }
}

/** The other side's typing, cleared by a stop notice, a message from them, or a timeout. */
export function createPeerTyping(clock: Clock): {
  $typing: ReadableAtom<boolean>
  set(typing: boolean): void
} {
  const $typing = atom(false)
  let timer: unknown = null
  return {
    $typing,
    set(typing) {
      clock.clearTimeout(timer)
      $typing.set(typing)
      if (typing) timer = clock.setTimeout(() => $typing.set(false), PEER_TYPING_TIMEOUT_MS)
    },
  }
}
