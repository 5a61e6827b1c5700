import { afterEach, describe, expect, it } from 'vitest'
import { findRedisServer, startLocalRedis, type LocalRedis } from './local-redis.ts'
import { connectRedis, type RedisLink } from './redis.ts'

// The parts of a figure each process holds (agents online per store), summed over the processes
// alive, when Redis restarts, fails over or comes back: the figure heals by itself.
const redisBin = findRedisServer()
const quiet = () => {}
let redis: LocalRedis | undefined
const links: RedisLink[] = []

async function twoProcesses(keepsData = false): Promise<[RedisLink, RedisLink]> {
  redis = await startLocalRedis(redisBin!, { keepsData })
  const here = await connectRedis(redis.url, { onError: quiet })
  const there = await connectRedis(redis.url, { onError: quiet })
  links.push(here, there)
  return [here, there]
}

/** Waits until the process answers Redis again (a sum is null while Redis is away). */
const backOnRedis = (link: RedisLink) => expect.poll(() => link.shares.sum('nothing'), { timeout: 30_000 }).not.toBeNull()

/** The sum as the other process reads it, waited for: a process comes back within the client's retry (2 s) and writes at once. */
const sumSeen = (link: RedisLink, key: string, value: number) => expect.poll(() => link.shares.sum(key), { timeout: 30_000 }).toBe(value)

afterEach(async () => {
  await Promise.allSettled(links.splice(0).map((link) => link.close()))
  await redis?.stop()
})

describe.runIf(redisBin)("the processes' shared parts", () => {
  it('a part Redis lost with its data, in a restart, is written again once the process is back', async () => {
    const [here, there] = await twoProcesses()
    await here.shares.set('presence:s1:ann', 2)
    expect(await there.shares.sum('presence:s1:ann')).toBe(2)

    await redis!.down()
    await redis!.up()
    // Before, the part was written only when an inbox opened or closed: gone for good.
    await sumSeen(there, 'presence:s1:ann', 2)
    await sumSeen(here, 'presence:s1:ann', 2)
  }, 60_000)

  it('a part written just after Redis came back empty counts, before any heartbeat renewed the lease', async () => {
    const [here, there] = await twoProcesses()
    await redis!.down()
    await redis!.up()
    await Promise.all([backOnRedis(here), backOnRedis(there)])
    await here.shares.set('presence:s1:ben', 1)
    // Before, a sum read while the lease was missing deleted the part, and nothing wrote it again.
    await sumSeen(there, 'presence:s1:ben', 1)
  }, 60_000)

  it('a part that fell to 0 while Redis was away stops counting once Redis is back with the data it kept', async () => {
    const [here, there] = await twoProcesses(true)
    await here.shares.set('presence:s1:ann', 1)
    expect(await there.shares.sum('presence:s1:ann')).toBe(1)

    await redis!.down()
    await here.shares.set('presence:s1:ann', 0)
    await redis!.up()
    // Before, the 1 stayed in Redis beside a lease the process kept renewing: online for as long as it ran.
    await sumSeen(there, 'presence:s1:ann', 0)
  }, 60_000)

  it('a process that leaves stops counting at once, and its part is skipped, not summed', async () => {
    const [here, there] = await twoProcesses()
    await here.shares.set('presence:s1:ann', 1)
    await there.shares.set('presence:s1:ann', 1)
    expect(await there.shares.sum('presence:s1:ann')).toBe(2)
    await here.close()
    expect(await there.shares.sum('presence:s1:ann')).toBe(1)
  }, 60_000)
})
