import type { InboxMessages } from '../i18n/en.ts'

/** Where the agent's "Check in" button stands; one doc line each. */
export const CheckInState = {
  /** The agent may ask now. */
  Ready: 'ready',
  /** Pressed; the server has not shown the check-in as pending yet. */
  Asking: 'asking',
  /** A check-in waits for the shopper's answer: a second card would be one too many. */
  Pending: 'pending',
  /** The conversation is resolved. */
  Resolved: 'resolved',
} as const
export type CheckInState = (typeof CheckInState)[keyof typeof CheckInState]

export function checkInState(facts: { resolved: boolean; pending: boolean; asking: boolean }): CheckInState {
  if (facts.resolved) return CheckInState.Resolved
  if (facts.pending) return CheckInState.Pending
  if (facts.asking) return CheckInState.Asking
  return CheckInState.Ready
}

/** Why the button is disabled, in words shown next to it (a disabled button cannot be focused). */
export function checkInHint(state: CheckInState, t: InboxMessages['checkIn']): string | null {
  if (state === CheckInState.Resolved) return t.resolvedHint
  if (state === CheckInState.Pending) return t.pendingHint
  if (state === CheckInState.Asking) return t.sending
  return null
}

/** A refusal in calm words. Codes core passes through from the server's error frame. */
export function checkInRefusal(code: string, t: InboxMessages['checkIn']): string {
  if (code === 'closed') return t.refused.closed
  if (code === 'rate_limited') return t.refused.rate_limited
  return t.refused.other
}
