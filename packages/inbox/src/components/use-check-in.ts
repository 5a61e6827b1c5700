import { useEffect, useRef, useState } from 'preact/hooks'
import type { InboxConversation } from '../agent.ts'
import { checkInRefusal, checkInState, type CheckInState } from '../lib/check-in.ts'
import { useMessages } from '../i18n/context.ts'

/** Subscribes to the client's refusals; returns the unsubscribe. */
export type ErrorSource = (listener: (error: { code: string }) => void) => () => void

/**
 * Core's error event does not carry the refused frame's `ref`, so a refusal that arrives soon
 * after the agent pressed "Check in" is read as the answer to it.
 */
const REFUSAL_WINDOW_MS = 8_000

export function useCheckIn(
  conversation: InboxConversation,
  facts: { resolved: boolean; pending: boolean },
  errors?: ErrorSource,
): { state: CheckInState; refusal: string | null; ask(): void } {
  const t = useMessages().checkIn
  const [askedAt, setAskedAt] = useState<number | null>(null)
  const [refusal, setRefusal] = useState<string | null>(null)
  const asked = useRef<number | null>(null)
  asked.current = askedAt

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
      const at = asked.current
      if (error.code === 'unauthorized' || at === null || Date.now() - at > REFUSAL_WINDOW_MS) return
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
      conversation.checkIn()
    },
  }
}
