import { atom, type ReadableAtom } from 'nanostores'
import type { Clock } from './platform.ts'

/** Repeat "still typing" at most this often, ms: keystrokes must not become frames. */
const TYPING_THROTTLE_MS = 3_000
/** Forget the peer's typing if no update came for this long (a lost "stopped" frame). */
const PEER_TYPING_TIMEOUT_MS = 6_000

/** Throttles this side's typing notices: the first keystroke and a stop go out at once. */
export function createTypingNotifier(clock: Clock, notify: (typing: boolean) => void) {
  /** When "typing" last went out; null while this side is not typing. */
  let sentAt: number | null = null
  return (typing: boolean): void => {
    const now = clock.now()
    // Nothing new to say: still typing and said so lately, or stopped already.
    if (typing ? sentAt !== null && now - sentAt < TYPING_THROTTLE_MS : sentAt === null) return
    sentAt = typing ? now : null
    notify(typing)
  }
}

/** Someone on the other side who is typing, named as the server names them (an agent by their display name). */
export interface Typist {
  name?: string | undefined
}

/** Who on the other side is typing, or null: cleared by a stop notice, a message from them, or a timeout. */
export function createPeerTyping(clock: Clock): {
  $typing: ReadableAtom<Typist | null>
  set(typist: Typist | null): void
} {
  const $typing = atom<Typist | null>(null)
  let timer: unknown = null
  return {
    $typing,
    set(typist) {
      clock.clearTimeout(timer)
      $typing.set(typist)
      if (typist) timer = clock.setTimeout(() => $typing.set(null), PEER_TYPING_TIMEOUT_MS)
    },
  }
}
