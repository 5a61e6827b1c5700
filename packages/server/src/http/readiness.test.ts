import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { findRedisServer, startLocalRedis, type LocalRedis } from '../local-redis.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'

const redisBin = findRedisServer()
let db: Database
let redis: LocalRedis
let server: AttuneServer

const readyz = async () => {
  const res = await fetch(`${server.url}/readyz`)
  return { status: res.status, body: (await res.json()) as { status: string; database: string; bus: string } }
}

describe.runIf(redisBin)('/readyz with several processes on Redis', () => {
  beforeAll(async () => {
    db = await openPglite()
    redis = await startLocalRedis(redisBin!)
    server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db, redisUrl: redis.url })
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await redis?.stop()
    await db?.close()
  }, 60_000)

  it('says the bus is degraded while Redis is away, and stays ready: every process would be taken out at once', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { status: 'ready', database: 'up', bus: 'up' } })
    await redis.down()
    // Before, the probe heard its own message in this process and answered "up".
    await expect.poll(readyz, { timeout: 30_000 }).toEqual({ status: 200, body: { status: 'ready', database: 'up', bus: 'degraded' } })
    await redis.up()
    await expect.poll(readyz, { timeout: 30_000 }).toEqual({ status: 200, body: { status: 'ready', database: 'up', bus: 'up' } })
  }, 120_000)
})
