import type { AssignmentMode } from '@attune/protocol'

/** Someone online (not away) and how many open conversations they hold now. */
type Candidate = { id: string; open: number }

export type AssignmentInput = {
  mode: AssignmentMode
  /** The most open conversations one person is given automatically. */
  limit: number
  /** The store's agents who are online now; the away and offline are not here. */
  online: readonly Candidate[]
  /** The person given the store's previous conversation (round robin goes on after them). */
  last: string | null
  /** The shopper came in upset (assignment.ts `isUpset`): they go to whoever has the most room. */
  upset: boolean
}

/**
 * Who a new conversation goes to, or null when it waits in "Unassigned" (manual mode, nobody
 * online, or everyone at their limit). Round robin follows the people's ids, after `last`, so
 * every process picks the same next person from the same facts.
 */
export function chooseAssignee({ mode, limit, online, last, upset }: AssignmentInput): string | null {
  if (mode === 'manual') return null
  const available = inTurn(
    online.filter((c) => c.open < limit),
    last,
  )
  if (available.length === 0) return null
  if (!upset) return available[0]!.id
  // The most room first; among equals, whoever's turn comes first.
  return available.reduce((best, c) => (c.open < best.open ? c : best)).id
}

/** The candidates in round-robin order: those after `last` by id, then the rest from the start. */
function inTurn(candidates: readonly Candidate[], last: string | null): Candidate[] {
  const sorted = [...candidates].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  if (last === null) return sorted
  const after = sorted.findIndex((c) => c.id > last)
  return after === -1 ? sorted : [...sorted.slice(after), ...sorted.slice(0, after)]
}
