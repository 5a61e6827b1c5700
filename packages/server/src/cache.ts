/**
 * What the server keeps in memory of a store's settings (issue 12: a shopper's hello costs at
 * most one round trip to the database): loaded on first use, dropped when a change crosses the
 * bus (`siteChanged` and the like), and at most `ttlMs` old even when such a message was lost
 * (the bus is at-most-once) or the change came from elsewhere (the command line on PostgreSQL).
 * A value being loaded is shared by everyone who asks meanwhile; a failed load is not kept.
 */
export function createCache<K, V>(load: (key: K) => Promise<V>, options: { ttlMs: number; max: number; now?: () => number }) {
  const now = options.now ?? Date.now
  const entries = new Map<K, { value: Promise<V>; at: number }>()
  return {
    get(key: K): Promise<V> {
      const hit = entries.get(key)
      if (hit && now() - hit.at < options.ttlMs) return hit.value
      const value = load(key)
      entries.delete(key)
      entries.set(key, { value, at: now() })
      // The oldest goes first: a Map iterates in insertion order.
      if (entries.size > options.max) entries.delete(entries.keys().next().value as K)
      value.catch(() => entries.get(key)?.value === value && entries.delete(key))
      return value
    },
    /** Forgets one key; the next `get` loads it again. */
    drop(key: K): void {
      entries.delete(key)
    },
    clear(): void {
      entries.clear()
    },
  }
}
