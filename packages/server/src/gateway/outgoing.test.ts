import type { ConversationEvent, ServerFrame } from '@attune/protocol'
import type { AddressInfo, Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import WebSocket, { WebSocketServer } from 'ws'
import { frameJson, nextTurn, sendInTick } from './outgoing.ts'

// Issue 12: every frame was a system call of its own. The server's TCP socket is watched: each
// call of its `_write` or `_writev` is one write to the kernel.
let wss: WebSocketServer
let server: { ws: WebSocket; socket: Socket; writes: () => number }
let received: string[] = []
let client: WebSocket

beforeAll(async () => {
  wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
  await new Promise((resolve) => wss.once('listening', resolve))
  const connected = new Promise<typeof server>((resolve) =>
    wss.once('connection', (ws, req) => {
      const socket = req.socket as Socket & { _write: Socket['_write']; _writev: NonNullable<Socket['_writev']> }
      let writes = 0
      const write = socket._write.bind(socket)
      const writev = socket._writev.bind(socket)
      socket._write = (...args) => {
        writes++
        write(...args)
      }
      socket._writev = (...args) => {
        writes++
        writev(...args)
      }
      resolve({ ws, socket, writes: () => writes })
    }),
  )
  client = new WebSocket(`ws://127.0.0.1:${(wss.address() as AddressInfo).port}`)
  client.on('message', (data) => received.push(data.toString()))
  server = await connected
})
afterAll(async () => {
  client?.close()
  await new Promise((resolve) => wss.close(resolve))
})

/** Runs `send` and waits until the client has every message; the writes it took. */
async function writesFor(count: number, send: () => void | Promise<void>): Promise<number> {
  received = []
  const before = server.writes()
  await send()
  await vi.waitFor(() => expect(received).toHaveLength(count))
  return server.writes() - before
}

const frames = Array.from({ length: 20 }, (_, i) => JSON.stringify({ type: 'pong', n: i }))

describe('frames sent to a socket in one tick', () => {
  it('take a write each when sent with ws alone (what this module is for)', async () => {
    expect(await writesFor(20, () => frames.forEach((f) => server.ws.send(f)))).toBe(20)
    expect(received).toEqual(frames)
  })

  it('leave in one write, each still a message of its own, in order and unchanged', async () => {
    expect(await writesFor(20, () => frames.forEach((f) => sendInTick(server.ws, server.socket, f)))).toBe(1)
    expect(received).toEqual(frames)
  })

  it('leave together when sent along a chain of promise jobs, as a frame is handled', async () => {
    const chain = () =>
      Promise.resolve().then(async () => {
        for (const f of frames) {
          sendInTick(server.ws, server.socket, f)
          await Promise.resolve()
        }
      })
    expect(await writesFor(20, chain)).toBe(1)
    expect(received).toEqual(frames)
  })

  it('leave in the next tick when sent in a later one', async () => {
    const twoTicks = async () => {
      sendInTick(server.ws, server.socket, frames[0]!)
      await new Promise((resolve) => setImmediate(resolve))
      sendInTick(server.ws, server.socket, frames[1]!)
    }
    expect(await writesFor(2, twoTicks)).toBe(2)
    expect(received).toEqual(frames.slice(0, 2))
  })
})

describe('work put off to the next turn', () => {
  it('runs once the frames sent before it left, all of it in one turn, and its own frames leave in one write', async () => {
    const writesWhenRun: number[] = []
    const sendThenLater = async () => {
      const before = server.writes()
      // As the appends of one batch are answered: ten callers in one turn, each sending a frame now and one later.
      const callers = frames.slice(0, 10).map(async (frame, i) => {
        sendInTick(server.ws, server.socket, frame)
        await nextTurn()
        writesWhenRun.push(server.writes() - before)
        sendInTick(server.ws, server.socket, frames[10 + i]!)
      })
      await Promise.all(callers)
    }
    expect(await writesFor(20, sendThenLater)).toBe(2)
    expect(writesWhenRun).toEqual(Array.from({ length: 10 }, () => 1))
    expect(received).toEqual(frames)
  })

  it('runs at most 32 callers in one turn and the rest in the turns after, in order, the loop free in between', async () => {
    // As a batch of 100 appends is answered (issue 12: their rules in one turn held the loop 100-220 ms).
    const order: string[] = []
    const callers = Array.from({ length: 100 }, async (_, i) => {
      await nextTurn()
      order.push(`caller ${i}`)
      // Other work that asks for the loop once the first callers ran (as a socket's frames do).
      if (i === 0) setImmediate(() => order.push('the loop'))
    })
    await Promise.all(callers)
    expect(order.filter((entry) => entry.startsWith('caller'))).toEqual(Array.from({ length: 100 }, (_, i) => `caller ${i}`))
    // In one turn it would come after all 100; it comes after the first 32 at least.
    expect(order.indexOf('the loop')).toBeGreaterThan(order.indexOf('caller 31'))
    expect(order.indexOf('the loop')).toBeLessThan(order.indexOf('caller 99'))
  })

  it('resumes a caller of a later turn even when the turn before ran the last of its queue', async () => {
    await nextTurn()
    await nextTurn()
    expect(await Promise.race([nextTurn().then(() => 'resumed'), new Promise((resolve) => setTimeout(resolve, 5_000, 'stuck'))])).toBe('resumed')
  })
})

describe('a frame fanned out to many sockets', () => {
  const event: ConversationEvent = {
    kind: 'message',
    seq: 1,
    at: new Date(0).toISOString(),
    author: { role: 'visitor', id: 'v' },
    clientId: 'c1',
    text: 'Hi',
  }

  it('is serialised once, and an event once however many connections wrap it', () => {
    const stringify = vi.spyOn(JSON, 'stringify')
    const typing: ServerFrame = { type: 'typing', conversationId: 'c', role: 'visitor', typing: true }
    const json = frameJson(typing)
    expect([frameJson(typing), frameJson(typing)]).toEqual([json, json])
    const wrapped = frameJson({ type: 'event', conversationId: 'c', event })
    expect(frameJson({ type: 'event', conversationId: 'c', event })).toBe(wrapped)
    expect(stringify).toHaveBeenCalledTimes(2)
    stringify.mockRestore()
    expect(JSON.parse(wrapped)).toEqual({ type: 'event', conversationId: 'c', event })
  })

  it("keeps an event's JSON for the fan-out under way only, not as long as the event is kept in memory", async () => {
    const kept: ConversationEvent = { ...event, seq: 2, clientId: 'c2' }
    const stringify = vi.spyOn(JSON, 'stringify')
    frameJson({ type: 'event', conversationId: 'c', event: kept })
    frameJson({ type: 'event', conversationId: 'c', event: kept })
    expect(stringify).toHaveBeenCalledTimes(1)
    // The next turn of the event loop: a replay or a late subscriber makes it again.
    await new Promise((resolve) => setImmediate(resolve))
    frameJson({ type: 'event', conversationId: 'c', event: kept })
    expect(stringify).toHaveBeenCalledTimes(2)
    stringify.mockRestore()
  })
})
