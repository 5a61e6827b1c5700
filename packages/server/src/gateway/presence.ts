import { topics, type Bus } from '../bus.ts'

/**
 * How many agents of each store are connected, so the widget can say "We're online" or "We'll
 * reply by email-free chat soon" honestly. Counted per process (a Redis bus would need a shared
 * counter: noted for the multi-process deployment).
 */
export function createPresence(bus: Bus) {
  const online = new Map<string, number>()
  const announce = (siteId: string) => bus.publish(topics.presence(siteId), { type: 'presence', agentsOnline: online.get(siteId) ?? 0 })
  return {
    count: (siteId: string) => online.get(siteId) ?? 0,
    /** An agent connected; returns the function to call when they leave. */
    join(siteId: string): () => void {
      online.set(siteId, (online.get(siteId) ?? 0) + 1)
      announce(siteId)
      let left = false
      return () => {
        if (left) return
        left = true
        online.set(siteId, Math.max(0, (online.get(siteId) ?? 1) - 1))
        announce(siteId)
      }
    },
  }
}

export type Presence = ReturnType<typeof createPresence>
