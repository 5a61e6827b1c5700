import WebSocket from 'ws'

/*
 * A shopper or agent speaking the protocol from Node, for specs that need more than a browser
 * would type (hostile names, attributes, file names).
 */

/** A server frame, loosely typed: specs read the fields they wait for. */
export type Frame = { type: string; [key: string]: unknown }

/** The minimum gap between two frames: the server allows 10 per second per connection. */
const FRAME_GAP_MS = 120

export class WireClient {
  readonly frames: Frame[] = []
  private readonly waiters: { match: (f: Frame) => boolean; resolve: (f: Frame) => void }[] = []
  private lastSent = 0

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame
      this.frames.push(frame)
      for (const waiter of this.waiters.filter((w) => w.match(frame))) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1)
        waiter.resolve(frame)
      }
    })
  }

  static open(url: string, headers: Record<string, string>): Promise<WireClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, { headers })
      socket.once('open', () => resolve(new WireClient(socket)))
      socket.once('unexpected-response', (_req, res) => reject(new Error(`${url}: HTTP ${res.statusCode}`)))
      socket.once('error', reject)
    })
  }

  /** Sends one frame, paced under the server's per-connection rate. */
  async send(frame: Record<string, unknown>): Promise<void> {
    const wait = this.lastSent + FRAME_GAP_MS - Date.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    this.lastSent = Date.now()
    this.socket.send(JSON.stringify(frame))
  }

  /** The first frame (received already or later) that matches; an error frame for `ref` fails it. */
  next(match: (f: Frame) => boolean, what: string, ref?: string, timeoutMs = 15_000): Promise<Frame> {
    const refused = (f: Frame) => ref !== undefined && f.type === 'error' && f.ref === ref
    const seen = this.frames.find((f) => match(f) || refused(f))
    const settle = (f: Frame) => (refused(f) ? Promise.reject(new Error(`${what}: ${JSON.stringify(f)}`)) : Promise.resolve(f))
    if (seen) return settle(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), timeoutMs)
      this.waiters.push({
        match: (f) => match(f) || refused(f),
        resolve: (f) => {
          clearTimeout(timer)
          settle(f).then(resolve, reject)
        },
      })
    })
  }

  /** Sends a frame with a clientId and waits for its ack (or fails with its error). */
  async request(frame: Record<string, unknown> & { clientId: string }): Promise<Frame> {
    await this.send(frame)
    return this.next((f) => f.type === 'ack' && f.clientId === frame.clientId, `ack of ${frame.type} ${frame.clientId}`, frame.clientId)
  }

  close(): Promise<void> {
    if (this.socket.readyState === 3) return Promise.resolve()
    return new Promise((resolve) => {
      this.socket.once('close', () => resolve())
      this.socket.close()
    })
  }
}

/** The agent's socket, and the id of the open conversation whose last message is `text`. */
export async function agentOn(url: string, cookie: string, text: string): Promise<{ socket: WireClient; conversationId: string }> {
  const socket = await WireClient.open(`${url.replace(/^http/, 'ws')}/v1/agent`, { Origin: url, Cookie: cookie })
  await socket.send({ type: 'hello', v: 1 })
  type Summary = { id: string; lastMessage: { text: string } | null }
  const welcome = await socket.next((f) => f.type === 'welcome', 'agent welcome', 'hello')
  const showing = (c: Summary) => c.lastMessage?.text === text
  const listed = (welcome.conversations as Summary[]).find(showing)
  if (listed) return { socket, conversationId: listed.id }
  const frame = await socket.next((f) => f.type === 'conversation' && showing(f.conversation as Summary), `conversation showing ${text}`)
  return { socket, conversationId: (frame.conversation as Summary).id }
}
