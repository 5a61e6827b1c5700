import { PROTOCOL_VERSION, type ClientFrameInput, type ServerFrame } from '@attune/protocol'
import WebSocket from 'ws'

/**
 * How long a test waits for a frame before it fails. No test waits it out on purpose: it only
 * bounds a failure, and on a loaded CI machine (several suites on two cores) a frame can take seconds.
 */
const FRAME_WAIT_MS = 10_000

/** The demo agent's session cookie (`name=value`), signed in on `serverUrl`; throws unless the sign-in works. */
export async function demoAgentCookie(serverUrl: string): Promise<string> {
  const res = await fetch(`${serverUrl}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
  })
  if (res.status !== 200) throw new Error(`the demo agent's sign-in answered ${res.status}`)
  return (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}

/**
 * A WebSocket client for tests that keeps every frame it received, so a test can wait for "the
 * next frame like this" without racing the server.
 */
export class TestClient {
  readonly frames: ServerFrame[] = []
  private waiters: { match: (f: ServerFrame) => boolean; resolve: (f: ServerFrame) => void }[] = []
  private consumed = new Set<number>()

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as ServerFrame
      this.frames.push(frame)
      const waiter = this.waiters.find((w) => w.match(frame))
      if (!waiter) return
      this.consumed.add(this.frames.length - 1)
      this.waiters.splice(this.waiters.indexOf(waiter), 1)
      waiter.resolve(frame)
    })
  }

  static open(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers })
      const client = new TestClient(ws)
      ws.once('open', () => resolve(client))
      ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)))
      ws.once('error', reject)
    })
  }

  /** A socket that said hello (with `hello`'s fields: a token…) and got its welcome. */
  static async greeted(url: string, headers: Record<string, string>, hello: Record<string, unknown> = {}) {
    const client = await TestClient.open(url, headers)
    client.send({ type: 'hello', v: PROTOCOL_VERSION, ...hello })
    return { client, welcome: await client.next('welcome') }
  }

  /** A shopper's socket on a store's page, greeted (`welcome` received). */
  static async visitor(serverUrl: string, siteKey: string, origin: string): Promise<TestClient> {
    return (await TestClient.greeted(`${serverUrl.replace('http', 'ws')}/v1/visitor?siteKey=${siteKey}`, { Origin: origin })).client
  }

  /** An inbox socket for a session cookie, greeted. */
  static async agent(serverUrl: string, cookie: string): Promise<TestClient> {
    return (await TestClient.greeted(`${serverUrl.replace('http', 'ws')}/v1/agent`, { Cookie: cookie, Origin: serverUrl })).client
  }

  send(frame: ClientFrameInput | Record<string, unknown> | string): void {
    this.ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame))
  }

  /**
   * The first not yet consumed frame (received already or later) of this type and shape; `waitMs`
   * for a frame that waits on something slower than the server (Redis coming back).
   */
  next<T extends ServerFrame['type']>(type: T, match: (f: Extract<ServerFrame, { type: T }>) => boolean = () => true, waitMs = FRAME_WAIT_MS) {
    const test = (f: ServerFrame): f is Extract<ServerFrame, { type: T }> => f.type === type && match(f as Extract<ServerFrame, { type: T }>)
    return this.nextWhere(test, type, waitMs)
  }

  /** The server's answer to the frame with this clientId: its ack, or the error that names it. */
  answerTo(clientId: string) {
    type Answer = Extract<ServerFrame, { type: 'ack' | 'error' }>
    const test = (f: ServerFrame): f is Answer => (f.type === 'ack' && f.clientId === clientId) || (f.type === 'error' && f.ref === clientId)
    return this.nextWhere(test, `the answer to ${clientId}`)
  }

  private nextWhere<F extends ServerFrame>(test: (f: ServerFrame) => f is F, label: string, waitMs = FRAME_WAIT_MS): Promise<F> {
    const index = this.frames.findIndex((f, i) => !this.consumed.has(i) && test(f))
    if (index >= 0) {
      this.consumed.add(index)
      return Promise.resolve(this.frames[index] as F)
    }
    return new Promise<F>((resolve, reject) => {
      const waiter = {
        match: test,
        resolve: (f: ServerFrame) => {
          clearTimeout(timer)
          resolve(f as F)
        },
      }
      // A waiter that gave up must not swallow a later frame that another `next` is waiting for.
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1)
        reject(new Error(`timed out waiting for ${label}`))
      }, waitMs)
      this.waiters.push(waiter)
    })
  }

  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve()
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve())
      this.ws.close()
    })
  }
}
