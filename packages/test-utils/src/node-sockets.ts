import type { WebSocketConstructor } from '@attune/core'
import { WebSocket } from 'ws'

/** An origin the demo store allows (`http://localhost:*`), as a shopper's browser would send. */
export const DEMO_SHOP_ORIGIN = 'http://localhost:5173'

/**
 * A WebSocket constructor for core's visitor client in Node. Node 20 has no global WebSocket, and
 * a browser always sends `Origin` on an upgrade, which the server checks against the store's list.
 */
export function nodeVisitorSocket(origin: string = DEMO_SHOP_ORIGIN): WebSocketConstructor {
  return class VisitorSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers: { Origin: origin } })
    }
  }
}

/**
 * A WebSocket constructor for core's agent client in Node: sends the session cookie (see
 * `signInAgent`) and, like the inbox served by the server, an Origin equal to the server's own
 * (by default derived from the URL it connects to, so it also holds behind a proxy).
 */
export function nodeAgentSocket(cookie: string, origin?: string): WebSocketConstructor {
  return class AgentSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers: { Cookie: cookie, Origin: origin ?? httpOrigin(url) } })
    }
  }
}

/** Signs an agent in over HTTP and returns the `name=value` session cookie to send. */
export async function signInAgent(server: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${server}/api/agent/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: httpOrigin(server) },
    body: JSON.stringify({ email, password }),
  })
  const cookie = response.headers.get('set-cookie')?.split(';')[0]
  if (!response.ok || !cookie) throw new Error(`[Attune] agent sign-in failed: HTTP ${response.status}`)
  return cookie
}

function httpOrigin(url: string): string {
  const { protocol, host } = new URL(url)
  return `${protocol === 'wss:' || protocol === 'https:' ? 'https' : 'http'}://${host}`
}
