import { topics, type Bus } from '../bus.ts'
import type { SharedCounts } from '../redis.ts'
import { log } from '../logger.ts'

/**
 * How many agents of each store are connected, so the widget can say "We're online" honestly.
 * Each process counts its own; with several processes (Redis) the parts are summed over the live
 * processes, and every change is announced to shoppers on all of them through the bus.
 */
export function createPresence(bus: Bus, shared?: SharedCounts) {
  const online = new Map<string, number>()
  const here = (siteId: string) => online.get(siteId) ?? 0
  const key = (siteId: string) => `presence:${siteId}`
  const count = async (siteId: string): Promise<number> => (shared ? ((await shared.sum(key(siteId))) ?? here(siteId)) : here(siteId))
  // One announcement at a time per store, so two quick changes are never announced out of order.
  const queues = new Map<string, Promise<void>>()
  const announce = (siteId: string) => {
    const next = (queues.get(siteId) ?? Promise.resolve())
      .then(async () => {
        await shared?.set(key(siteId), here(siteId))
        bus.publish(topics.presence(siteId), { type: 'presence', agentsOnline: await count(siteId) })
      })
      .catch((error: unknown) => log.error({ err: error }, 'presence announcement failed'))
    queues.set(siteId, next)
    void next.finally(() => queues.get(siteId) === next && queues.delete(siteId))
  }
  return {
    count,
    /** An agent connected; returns the function to call when they leave. */
    join(siteId: string): () => void {
      online.set(siteId, here(siteId) + 1)
      announce(siteId)
      let left = false
      return () => {
        if (left) return
        left = true
        online.set(siteId, Math.max(0, here(siteId) - 1))
        announce(siteId)
      }
    },
  }
}

export type Presence = ReturnType<typeof createPresence>
