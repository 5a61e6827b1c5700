import { afterEach, describe, expect, it } from 'vitest'
import type { BusMessage } from './bus.ts'
import { findRedisServer, startLocalRedis, type LocalRedis } from './local-redis.ts'
import { connectRedis, PUBLISHES_WAITING_MAX, type RedisLink } from './redis.ts'

const redisBin = findRedisServer()
const quiet = () => {}
const notice: BusMessage = { type: 'revoked', reason: 'ended', siteId: 'demo' }
let redis: LocalRedis | undefined
const links: RedisLink[] = []

/**
 * Publishes `notice` on conversation:c1 from `speaking` every 200 ms until `heard` holds something:
 * a subscription reaches Redis a moment after `subscribe`, and what is published before is lost.
 */
async function publishUntilHeard(speaking: RedisLink, heard: readonly BusMessage[]): Promise<void> {
  await expect
    .poll(
      () => {
        speaking.bus.publish('conversation:c1', notice)
        return heard.length > 0
      },
      { timeout: 30_000, interval: 200 },
    )
    .toBe(true)
}

afterEach(async () => {
  await Promise.allSettled(links.splice(0).map((link) => link.close()))
  await redis?.stop()
})

describe.runIf(redisBin)('the Redis bus', () => {
  it("a process hears its own message once (here, not its echo) and another process's once", async () => {
    redis = await startLocalRedis(redisBin!)
    const here = await connectRedis(redis.url, { onError: quiet })
    const there = await connectRedis(redis.url, { onError: quiet })
    links.push(here, there)
    const heard: BusMessage[] = []
    here.bus.subscribe('conversation:c1', (message) => heard.push(message))
    // Subscribed on Redis once `there` is heard: published until then, one message at the end.
    const ours: BusMessage = { type: 'revoked', reason: 'ended', siteId: 'ours' }
    await publishUntilHeard(there, heard)
    const last: BusMessage = { type: 'revoked', reason: 'ended', siteId: 'last' }
    here.bus.publish('conversation:c1', ours)
    there.bus.publish('conversation:c1', last)
    // Redis delivers in the order it was given: once `last` is in, our echo was too.
    await expect.poll(() => heard.some((message) => message.type === 'revoked' && message.siteId === 'last'), { timeout: 30_000 }).toBe(true)
    expect(heard.filter((message) => message.type !== 'revoked' || message.siteId !== 'demo')).toEqual([ours, last])
  }, 60_000)

  it("times each message heard from another process, from its publish to here (the bus's latency), and none of its own", async () => {
    redis = await startLocalRedis(redisBin!)
    const hereTrips: number[] = []
    const thereTrips: number[] = []
    const here = await connectRedis(redis.url, { onError: quiet, onHeard: (seconds) => hereTrips.push(seconds) })
    const there = await connectRedis(redis.url, { onError: quiet, onHeard: (seconds) => thereTrips.push(seconds) })
    links.push(here, there)
    const heard: BusMessage[] = []
    here.bus.subscribe('conversation:c1', (message) => heard.push(message))
    await publishUntilHeard(there, heard)
    const sentAt = Date.now()
    const last: BusMessage = { type: 'revoked', reason: 'ended', siteId: 'last' }
    here.bus.publish('conversation:c1', notice)
    there.bus.publish('conversation:c1', last)
    await expect.poll(() => heard.some((message) => message.type === 'revoked' && message.siteId === 'last'), { timeout: 30_000 }).toBe(true)
    const heardBy = Date.now()

    // A trip for everything heard but `here`'s own message (heard here at once; its echo through
    // Redis is skipped); the last one took no longer than the test waited for it (in whole ms).
    expect(hereTrips).toHaveLength(heard.length - 1)
    expect(thereTrips).toEqual([])
    expect(hereTrips.every((seconds) => seconds >= 0)).toBe(true)
    expect(hereTrips.at(-1)!).toBeLessThanOrEqual((heardBy - sentAt) / 1000)
  }, 60_000)

  it('a subscription Redis never confirmed, because it went away mid-SUBSCRIBE, is made when Redis is back', async () => {
    redis = await startLocalRedis(redisBin!)
    const listening = await connectRedis(redis.url, { onError: quiet })
    const speaking = await connectRedis(redis.url, { onError: quiet })
    links.push(listening, speaking)

    // Frozen, Redis reads nothing and answers nothing: the SUBSCRIBE below is written and left
    // waiting for its reply, which is what a busy machine made of it once in CI.
    redis.freeze()
    const heard: BusMessage[] = []
    listening.bus.subscribe('conversation:c1', (message) => heard.push(message))
    await new Promise((resolve) => setTimeout(resolve, 100))
    await redis.down()
    await redis.up()

    await publishUntilHeard(speaking, heard)
    expect(heard[0]).toEqual(notice)
  }, 60_000)

  it('a Redis that stops answering: publishes past the bound are dropped and counted at once, and this process still hears them', async () => {
    redis = await startLocalRedis(redisBin!)
    const link = await connectRedis(redis.url, { onError: quiet })
    links.push(link)
    let heardHere = 0
    link.bus.subscribe('conversation:c1', () => heardHere++)
    redis.freeze()
    const published = PUBLISHES_WAITING_MAX + 5
    for (let i = 0; i < published; i++) link.bus.publish('conversation:c1', notice)
    // A refusal is a rejected promise: counted once its callbacks have run, long before any timeout.
    await new Promise((resolve) => setImmediate(resolve))
    expect(heardHere).toBe(published)
    expect(link.bus.dropped()).toBe(published - PUBLISHES_WAITING_MAX)
    await redis.down()
  }, 60_000)

  it('closes while Redis is hung with publishes waiting for its reply: they are given up and counted as dropped', async () => {
    redis = await startLocalRedis(redisBin!)
    const link = await connectRedis(redis.url, { onError: quiet })
    links.push(link)
    redis.freeze()
    for (let i = 0; i < 100; i++) link.bus.publish('conversation:c1', notice)
    // Before, this waited for Redis's 100 replies, which a hung Redis never sends.
    await link.close()
    await new Promise((resolve) => setImmediate(resolve))
    expect(link.bus.dropped()).toBe(100)
  }, 60_000)
})
