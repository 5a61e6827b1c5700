import type { ChannelLike, LocksLike, TabPlatform } from '../tabs.ts'

/**
 * BroadcastChannel and Web Locks for tests, in memory: each `tab()` is one browser tab. A lock
 * goes to the first requester and passes, in request order, when its holder releases it — as
 * the browser does when a tab closes.
 */
export function fakeBrowser() {
  const channels = new Map<string, Set<ChannelLike>>()
  const queues = new Map<string, (() => Promise<void>)[]>()
  const held = new Set<string>()

  function grantNext(name: string): void {
    const next = queues.get(name)?.shift()
    if (!next) return
    held.add(name)
    void next().finally(() => {
      held.delete(name)
      grantNext(name)
    })
  }

  const locks: LocksLike = {
    request(name, callback) {
      const queue = queues.get(name) ?? []
      queues.set(name, queue)
      return new Promise((resolve) => {
        queue.push(() => callback().then(resolve))
        if (!held.has(name)) grantNext(name)
      })
    },
  }

  function tab(): TabPlatform {
    return {
      locks,
      channel(name) {
        const peers = channels.get(name) ?? new Set<ChannelLike>()
        channels.set(name, peers)
        const channel: ChannelLike = {
          onmessage: null,
          // Like BroadcastChannel: every other channel of that name hears it, asynchronously.
          postMessage(message) {
            const data = structuredClone(message)
            for (const peer of peers) if (peer !== channel) queueMicrotask(() => peer.onmessage?.({ data }))
          },
          close() {
            peers.delete(channel)
          },
        }
        peers.add(channel)
        return channel
      },
    }
  }
  return { tab }
}
