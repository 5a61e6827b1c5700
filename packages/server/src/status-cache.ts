/** What the group commit remembers of a conversation: whether it was open when last written. */
export type CachedStatus = 'open' | 'resolved'

export type StatusCacheOptions = {
  /** The most conversations remembered; the longest unused is forgotten first. */
  max?: number
  /** How long an entry is trusted without being used. */
  idleMs?: number
  now?: () => number
}

/**
 * The status of recently written conversations, so an ordinary append needs no locking read
 * (issue 12, docs/decisions/029). A cache, never the truth: every write states the status it
 * expects, and one that finds another (resolved by another process) fails its transaction, drops
 * what it cached and is written again from the database. Bounded in size and idle time.
 */
export function createStatusCache(options: StatusCacheOptions = {}) {
  const max = options.max ?? 10_000
  const idleMs = options.idleMs ?? 10 * 60_000
  const now = options.now ?? Date.now
  const entries = new Map<string, { status: CachedStatus; at: number }>()

  return {
    get(conversationId: string): CachedStatus | undefined {
      const entry = entries.get(conversationId)
      if (!entry) return undefined
      entries.delete(conversationId)
      if (now() - entry.at > idleMs) return undefined
      entries.set(conversationId, { status: entry.status, at: now() })
      return entry.status
    },
    set(conversationId: string, status: CachedStatus): void {
      entries.delete(conversationId)
      entries.set(conversationId, { status, at: now() })
      if (entries.size > max) entries.delete(entries.keys().next().value!)
    },
    forget(conversationId: string): void {
      entries.delete(conversationId)
    },
  }
}

export type StatusCache = ReturnType<typeof createStatusCache>
