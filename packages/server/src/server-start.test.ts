import { connect, createServer, type Server } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findRedisServer, startLocalRedis, type LocalRedis } from './local-redis.ts'
import { createAttuneServer } from './server.ts'

const redisBin = findRedisServer()
let taken: Server | undefined
let redis: LocalRedis | undefined

afterEach(async () => {
  vi.useRealTimers()
  await new Promise((resolve) => (taken ? taken.close(resolve) : resolve(undefined)))
  taken = undefined
  await redis?.stop()
  redis = undefined
})

/** A port another program already listens on. */
async function takePort(): Promise<number> {
  const server = createServer()
  taken = server
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as { port: number }).port
}

/** How many clients redis-server says are connected, counting the one asking. */
async function redisClients(url: string): Promise<number> {
  const { port } = new URL(url)
  const reply = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1')
    let text = ''
    socket.on('data', (chunk) => {
      text += chunk.toString()
      if (/connected_clients:\d+\r\n/.test(text)) {
        socket.destroy()
        resolve(text)
      }
    })
    socket.once('error', reject)
    socket.write('INFO clients\r\n')
  })
  return Number(/connected_clients:(\d+)/.exec(reply)![1])
}

describe('a start that fails', () => {
  it('rejects with the port error and leaves no timer of its own running (mail worker, gateway, jobs)', async () => {
    const port = await takePort()
    // Only intervals are faked: a pending one is a job the failed start left behind.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    await expect(createAttuneServer({ port, host: '127.0.0.1', mail: { replyDelayMs: 1000 } })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    })
    expect(vi.getTimerCount()).toBe(0)
  }, 60_000)

  it.runIf(redisBin)(
    'with Redis, rejects with the port error and leaves no Redis connection open',
    async () => {
      redis = await startLocalRedis(redisBin!)
      const port = await takePort()
      await expect(createAttuneServer({ port, host: '127.0.0.1', redisUrl: redis.url })).rejects.toMatchObject({ code: 'EADDRINUSE' })
      // Redis notices a closed connection a moment after the client closes it; only the one asking is left.
      await expect.poll(() => redisClients(redis!.url), { timeout: 30_000, interval: 100 }).toBe(1)
    },
    60_000,
  )
})
