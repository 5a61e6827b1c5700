import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { MAX_FRAME_BYTES } from '@attune/protocol'
import { WebSocketServer, type WebSocket } from 'ws'
import { readCookie, SESSION_COOKIE, type Sessions } from '../auth/sessions.ts'
import { originAllowed } from '../origins.ts'
import { serveConnection } from './connection.ts'
import type { GatewayDeps, Principal } from './context.ts'

/** Close code when the server goes away; clients reconnect with backoff (RFC 6455 §7.4.1). */
const CLOSE_GOING_AWAY = 1001

type Rejection = { status: 401 | 403 | 404; message: string }

/**
 * WebSocket endpoints on the HTTP server: `/v1/visitor?siteKey=…` and `/v1/agent`. Who may
 * connect is decided at the upgrade, before any frame: the site's allowed origins for visitors
 * (a browser always sends Origin on a WebSocket), the session cookie for agents.
 */
export function attachGateway(server: Server, deps: GatewayDeps & { sessions: Sessions }) {
  // Frames over MAX_FRAME_BYTES get a typed error from the parser; far larger ones are cut here.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES * 4 })
  const sockets = new Set<WebSocket>()
  const handling = new Set<{ drained(): Promise<void> }>()
  let closing = false

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

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy())
    if (closing) return reject(socket, { status: 403, message: 'Shutting down.' })
    authorize(req).then(
      (result) => {
        if ('status' in result) return reject(socket, result)
        wss.handleUpgrade(req, socket, head, (ws) => {
          sockets.add(ws)
          ws.on('close', () => sockets.delete(ws))
          ws.on('error', () => ws.terminate())
          const connection = serveConnection(ws, result, deps)
          handling.add(connection)
          ws.on('close', () => void connection.drained().then(() => handling.delete(connection)))
        })
      },
      (error: unknown) => {
        console.error('[Attune] upgrade failed', error)
        socket.destroy()
      },
    )
  }
  server.on('upgrade', onUpgrade)

  return {
    /** Refuses new connections and closes open ones with 1001 so clients reconnect elsewhere. */
    async close(): Promise<void> {
      closing = true
      server.off('upgrade', onUpgrade)
      const closed = [...sockets].map(
        (ws) =>
          new Promise<void>((resolve) => {
            ws.once('close', () => resolve())
            ws.close(CLOSE_GOING_AWAY, 'server shutting down')
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

function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host) return false
  try {
    return new URL(origin).host === host
  } catch {
    return false
  }
}

const REASONS = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' } as const

/** Answers a refused upgrade with a plain HTTP response and a typed JSON error body. */
function reject(socket: Duplex, { status, message }: Rejection): void {
  const code = status === 401 ? 'unauthorized' : status === 403 ? 'forbidden' : 'not_found'
  const body = JSON.stringify({ error: { code, message } })
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status]}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}
