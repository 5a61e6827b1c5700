import { createServer, connect, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createLoopbackProxy, type LoopbackProxy } from './loopback-proxy.ts'

/** An echo server that keeps its sockets, so a test can see them close. */
async function echoServer() {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('error', () => {})
    socket.on('close', () => sockets.delete(socket))
    socket.pipe(socket)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    port,
    sockets,
    close: () => {
      for (const s of sockets) s.destroy()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

type Client = { socket: Socket; received: () => string; closed: Promise<void> }

function dial(port: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let data = ''
    socket.setEncoding('utf8')
    socket.on('data', (chunk: string) => (data += chunk))
    socket.on('error', () => {})
    const closed = new Promise<void>((done) => socket.once('close', () => done()))
    socket.once('connect', () => resolve({ socket, received: () => data, closed }))
    socket.once('error', reject)
  })
}

async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 5))
  }
}

describe('loopback proxy', () => {
  const cleanups: (() => Promise<void> | void)[] = []
  afterEach(async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn()
  })

  async function setup(random?: () => number) {
    const target = await echoServer()
    cleanups.push(target.close)
    const proxy: LoopbackProxy = await createLoopbackProxy({ targetPort: target.port, ...(random ? { random } : {}) })
    cleanups.push(proxy.close)
    return { target, proxy }
  }

  it('passes bytes through both ways, untouched', async () => {
    const { proxy } = await setup()
    const client = await dial(proxy.port)
    const payload = 'GET /v1/visitor HTTP/1.1\r\nUpgrade: websocket\r\n\r\n' + 'x'.repeat(100_000)
    client.socket.write(payload)
    await until(() => client.received().length === payload.length, 'the echo')
    expect(client.received()).toBe(payload)
    expect(proxy.stats()).toMatchObject({ accepted: 1, live: 1, cuts: 0 })
    client.socket.destroy()
  })

  it('a cut closes both sides and is counted once per pair', async () => {
    const { target, proxy } = await setup()
    const a = await dial(proxy.port)
    const b = await dial(proxy.port)
    await until(() => target.sockets.size === 2 && proxy.stats().live === 2, 'two pairs')
    expect(proxy.cutAll()).toBe(2)
    await Promise.all([a.closed, b.closed])
    await until(() => target.sockets.size === 0, 'the target side to close')
    expect(proxy.stats()).toMatchObject({ accepted: 2, cuts: 2, live: 0 })
    // A new connection after a cut works as before.
    const c = await dial(proxy.port)
    c.socket.write('again')
    await until(() => c.received() === 'again', 'the echo after a cut')
    c.socket.destroy()
  })

  it('cutRandom cuts the pairs its random picks', async () => {
    const picks = [0.1, 0.9, 0.2, 0.8]
    const { proxy } = await setup(() => picks.shift() ?? 1)
    const clients = await Promise.all([0, 1, 2, 3].map(() => dial(proxy.port)))
    await until(() => proxy.stats().live === 4, 'four pairs')
    expect(proxy.cutRandom(0.5)).toBe(2)
    expect(proxy.stats()).toMatchObject({ cuts: 2, live: 2 })
    for (const c of clients) c.socket.destroy()
  })

  it('holds new connections while paused and forwards their bytes on resume', async () => {
    const { target, proxy } = await setup()
    proxy.pause()
    const client = await dial(proxy.port)
    client.socket.write('held')
    await until(() => proxy.stats().held === 1, 'the held connection')
    expect(target.sockets.size).toBe(0)
    proxy.resume()
    await until(() => client.received() === 'held', 'the held bytes to arrive')
    expect(proxy.stats()).toMatchObject({ accepted: 1, held: 0, live: 1 })
    client.socket.destroy()
  })

  it("refuses new connections in 'refuse' mode and when the target is down", async () => {
    const { target, proxy } = await setup()
    // The client may see the reset before or after its connect completes: wait for the close.
    const closedBy = (port: number) =>
      new Promise<void>((resolve) =>
        connect(port, '127.0.0.1')
          .on('error', () => {})
          .once('close', () => resolve()),
      )
    proxy.pause('refuse')
    await closedBy(proxy.port)
    proxy.resume()
    await target.close()
    await closedBy(proxy.port)
    expect(proxy.stats()).toMatchObject({ accepted: 2, refused: 2, live: 0, cuts: 0 })
  })
})
