import { createLoadGauge } from './load.ts'
import { watchArrivals } from './arrivals.ts'
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { CloseCode, MAX_FRAME_BYTES } from '@attune/protocol'
import { WebSocketServer, type WebSocket } from 'ws'
import { readCookie, SESSION_COOKIE, type Sessions } from '../auth/sessions.ts'
import { clientAddress, type NetworkConfig } from '../http/proxy.ts'
import { originAllowed } from '../origins.ts'
import { serveConnection } from './connection.ts'
import type { GatewayDeps, Principal } from './context.ts'
import { startHeartbeat, startHelloDeadlines } from './heartbeat.ts'
import { createBuckets, createCounter, DEFAULT_LIMITS, type GatewayLimits } from './limits.ts'
import { log } from '../logger.ts'
import { createWelcomes } from './visitor-welcome.ts'

type Rejection = { status: 401 | 403 | 404 | 429 | 503; message: string }

const SHUTTING_DOWN: Rejection = { status: 503, message: 'Shutting down; connect again in a moment.' }

/** How the gateway sits on the network and what one address or store may hold (all optional). */
type GatewayOptions = {
  sessions: Sessions
  network?: NetworkConfig
  limits?: Partial<GatewayLimits>
  /** The clock of the conversation limits (tests pass a fake one). */
  now?: () => number
}

/**
 * WebSocket endpoints on the HTTP server: `/v1/visitor?siteKey=…` and `/v1/agent`. Who may
 * connect is decided at the upgrade, before any frame: the site's allowed origins for visitors
 * (a browser always sends Origin on a WebSocket), the session cookie for agents.
 */
export function attachGateway(server: Server, deps: GatewayDeps & GatewayOptions) {
  // Frames over MAX_FRAME_BYTES get a typed error from the parser; far larger ones are cut here.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES * 4 })
  const sockets = new Set<WebSocket>()
  const handling = new Set<{ drained(): Promise<void> }>()
  let closing = false
  const limits: GatewayLimits = { ...DEFAULT_LIMITS, ...deps.limits }
  const perAddress = createCounter(limits.connectionsPerIp)
  const perStore = createCounter(limits.connectionsPerStore)
  const newPerAddress = createBuckets(limits.conversationsPerIp, deps.now)
  const newPerStore = createBuckets(limits.conversationsPerStore, deps.now)
  const admitConversation = (siteId: string, address: string) => newPerAddress.take(address) || newPerStore.take(siteId)
  const heartbeat = startHeartbeat(() => sockets, limits.heartbeatMs)
  // A socket that never greets holds memory and a slot of its address's limit (issue 11, finding 5).
  const hellos = startHelloDeadlines<WebSocket>(limits.helloTimeoutMs, (ws) => ws.close(CloseCode.HelloTimeout, 'hello timeout'))
  const load = createLoadGauge(limits, () => deps.metrics.statementsInFlight() >= limits.statementsInFlight)
  const arrivals = watchArrivals()
  const welcomes = createWelcomes(deps)

  async function authorize(req: IncomingMessage): Promise<Principal | Rejection> {
    const url = new URL(req.url ?? '/', 'http://local')
    const origin = req.headers.origin
    if (url.pathname === '/v1/visitor') {
      const site = await deps.directory.siteByKey(url.searchParams.get('siteKey') ?? '')
      if (!site) return { status: 404, message: 'No such site.' }
      if (!originAllowed(origin, site.allowedOrigins)) return { status: 403, message: 'Origin not allowed for this site.' }
      return { role: 'visitor', site }
    }
    if (url.pathname === '/v1/agent') {
      // The inbox is served by this server, so a browser's Origin must be our own (guards against
      // cross-site WebSocket hijacking with the agent's cookie).
      if (origin !== undefined && !sameOrigin(origin, req.headers.host)) return { status: 403, message: 'Cross-origin agent connection.' }
      const agent = await deps.sessions.find(readCookie(req.headers.cookie, SESSION_COOKIE))
      if (!agent) return { status: 401, message: 'Sign in first.' }
      return { role: 'agent', agent }
    }
    return { status: 404, message: 'No such endpoint.' }
  }

  /**
   * A socket past the upgrade. Kept apart from `onUpgrade` so that what lives as long as the
   * socket holds none of the upgrade's request, its headers included (issue 12: idle memory).
   */
  function admit(ws: WebSocket, principal: Principal, address: string, socket: Duplex) {
    sockets.add(ws)
    heartbeat.watch(ws)
    ws.on('error', terminate)
    const connection = serveConnection(ws, principal, deps, { address, admitConversation, hellos, load, socket, welcomes })
    handling.add(connection)
    ws.on('close', () => {
      sockets.delete(ws)
      void connection.drained().then(() => handling.delete(connection))
    })
  }

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', destroy)
    if (closing) return reject(socket, SHUTTING_DOWN)
    arrivals.arrived()
    // A slot is held from the upgrade until the TCP socket closes, however the upgrade ends.
    const address = clientAddress(req, deps.network ?? {})
    if (!perAddress.open(address)) return reject(socket, { status: 429, message: 'Too many connections from this address.' })
    const slots = holdUntilClosed(socket, perAddress, address)
    authorize(req).then(
      (result) => {
        if ('status' in result) return reject(socket, result)
        if (socket.destroyed) return
        // Closed while this upgrade was being authorized: a socket admitted now would never be
        // closed, and the HTTP server's close would wait for it forever (found by the chaos run).
        if (closing) return reject(socket, SHUTTING_DOWN)
        if (result.role === 'visitor') {
          const siteId = result.site.id
          if (!perStore.open(siteId)) return reject(socket, { status: 429, message: 'Too many connections to this store.' })
          slots.push([perStore, siteId])
        }
        wss.handleUpgrade(req, socket, head, (ws) => admit(ws, result, address, socket))
      },
      (error: unknown) => {
        log.error({ err: error }, 'upgrade failed')
        socket.destroy()
      },
    )
  }
  server.on('upgrade', onUpgrade)

  return {
    /** When connections have stopped arriving (after a restart: when the shoppers are back), or the gateway closed. */
    quiet: arrivals.quiet,
    /** Refuses new connections and closes open ones with 1001 so clients reconnect elsewhere. */
    async close(): Promise<void> {
      closing = true
      heartbeat.stop()
      hellos.stop()
      load.stop()
      arrivals.stop()
      server.off('upgrade', onUpgrade)
      const closed = [...sockets].map(
        (ws) =>
          new Promise<void>((resolve) => {
            ws.once('close', () => resolve())
            ws.close(CloseCode.GoingAway, 'server shutting down')
            // A peer that never answers the close handshake is cut after a moment.
            setTimeout(() => {
              ws.terminate()
              resolve()
            }, 1000).unref()
          }),
      )
      await Promise.all(closed)
      await Promise.all([...handling].map((c) => c.drained()))
      wss.close()
    },
  }
}

// Listeners shared by every socket (`this` is the socket), not a closure each.
function terminate(this: WebSocket) {
  this.terminate()
}
function destroy(this: Duplex) {
  this.destroy()
}

type Counter = ReturnType<typeof createCounter>

/**
 * Gives back the slots pushed on the returned list once the socket closes: one listener, whose
 * scope holds nothing of the upgrade's request.
 */
function holdUntilClosed(socket: Duplex, counter: Counter, key: string): [Counter, string][] {
  const held: [Counter, string][] = [[counter, key]]
  socket.on('close', () => {
    for (const [slots, slot] of held) slots.close(slot)
  })
  return held
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

const REASONS = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests', 503: 'Service Unavailable' } as const
const CODES = { 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 429: 'rate_limited', 503: 'unavailable' } as const

/**
 * Answers a refused upgrade with a plain HTTP response and a typed JSON error body, then lets the
 * socket go once the answer is out: a client that keeps its side open would otherwise hold the
 * server's shutdown for good (an upgrade's socket is no longer the HTTP server's to close).
 */
function reject(socket: Duplex, { status, message }: Rejection): void {
  const code = CODES[status]
  const body = JSON.stringify({ error: { code, message } })
  socket.once('finish', destroy)
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}
