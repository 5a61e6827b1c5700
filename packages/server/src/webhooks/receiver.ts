import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What a test's receiver does with the next request: answer with a status, or never answer. */
export type Reply = number | 'hang'

type Received = { headers: IncomingHttpHeaders; body: string }

/**
 * A store's webhook endpoint for tests: a real HTTP server on 127.0.0.1 that answers each POST
 * with the next planned reply (200 once the plan runs out) and remembers what came.
 */
export async function startReceiver(port = 0) {
  const plan: Reply[] = []
  const received: Received[] = []
  const hanging: ServerResponse[] = []
  const waiters: { count: number; resolve: () => void }[] = []
  const server = createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk: string) => (body += chunk))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      const reply = plan.shift() ?? 200
      if (reply === 'hang') hanging.push(res)
      else res.writeHead(reply).end()
      for (const w of waiters.filter((w) => received.length >= w.count)) w.resolve()
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${address.port}/hook`,
    port: address.port,
    received,
    /** How many requests were left hanging and are still unanswered. */
    get stillHanging() {
      return hanging.filter((res) => !res.writableEnded).length
    },
    plan(...replies: Reply[]) {
      plan.push(...replies)
    },
    /** Resolves once `count` requests in all have arrived. */
    until(count: number): Promise<void> {
      if (received.length >= count) return Promise.resolve()
      return new Promise((resolve) => waiters.push({ count, resolve }))
    },
    release(): void {
      for (const res of hanging) if (!res.writableEnded) res.writeHead(200).end()
    },
    async close(): Promise<void> {
      this.release()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>
