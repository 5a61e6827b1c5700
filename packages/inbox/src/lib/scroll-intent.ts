/** The ends of the log as rendered: enough to tell new messages from older pages. */
export interface LogEdges {
  first: string | null
  last: string | null
}

export function edgesOf(entries: readonly { key: string }[]): LogEdges {
  return { first: entries[0]?.key ?? null, last: entries[entries.length - 1]?.key ?? null }
}

/**
 * How the log should scroll after a render: to the bottom when something newer arrived (or on
 * first paint), holding the agent's place when an older page was put above what they read.
 */
export function scrollIntent(before: LogEdges | null, after: LogEdges): 'bottom' | 'keep' | 'none' {
  if (!before || before.last !== after.last) return 'bottom'
  if (before.first !== after.first) return 'keep'
  return 'none'
}
