import { useEffect, useRef, useState } from 'preact/hooks'
import type { InboxConversation } from '../agent.ts'
import { checkInRefusal, checkInState, type CheckInState } from '../lib/check-in.ts'
import { useMessages } from '../i18n/context.ts'

/** Subscribes to the client's refusals; returns the unsubscribe. */
export type ErrorSource = (listener: (error: { code: string; ref?: string | undefined }) => void) => () => void

/** If neither the pending check-in nor a refusal came back by then, the button is usable again. */
const REFUSAL_WINDOW_MS = 8_000

export function useCheckIn(
  conversation: InboxConversation,
  facts: { resolved: boolean; pending: boolean },
  errors?: ErrorSource,
): { state: CheckInState; refusal: string | null; ask(): void } {
  const t = useMessages().checkIn
  const [askedAt, setAskedAt] = useState<number | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  // The id of the ask in flight: the server's refusal names it as its `ref`.
  const askId = useRef<string | null>(null)

  // The server's snapshot took over (pending), or it said no: the local "asking" ends.
  useEffect(() => {
    if (facts.pending) setAskedAt(null)
  }, [facts.pending])

  useEffect(() => {
    if (askedAt === null) return
    const timer = setTimeout(() => setAskedAt(null), REFUSAL_WINDOW_MS)
    return () => clearTimeout(timer)
  }, [askedAt])

  useEffect(() => {
    if (!errors) return
    return errors((error) => {
      if (!error.ref || error.ref !== askId.current) return
      askId.current = null
      setAskedAt(null)
      setRefusal(checkInRefusal(error.code, t))
    })
  }, [errors, t])

  return {
    state: checkInState({ ...facts, asking: askedAt !== null }),
    refusal,
    ask() {
      setRefusal(null)
      setAskedAt(Date.now())
      askId.current = conversation.checkIn()
    },
  }
}
