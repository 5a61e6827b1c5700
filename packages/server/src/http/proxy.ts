import type { IncomingMessage } from 'node:http'

/** How the server sits on the network: set from ATTUNE_PUBLIC_URL and ATTUNE_TRUST_PROXY. */
export type NetworkConfig = {
  /** Where browsers reach the server, e.g. https://chat.shop.example (no trailing slash). */
  publicUrl?: string | undefined
  /** A reverse proxy in front sets X-Forwarded-*; believe it. Never set without such a proxy. */
  trustProxy?: boolean | undefined
}

const first = (header: string | string[] | undefined) => (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim() || undefined

/** The client's address: the proxy's X-Forwarded-For when trusted, else the socket's peer. */
export function clientAddress(req: IncomingMessage, config: NetworkConfig): string {
  return (config.trustProxy ? first(req.headers['x-forwarded-for']) : undefined) ?? req.socket.remoteAddress ?? 'unknown'
}

/** True when the browser reached us over https (so cookies may be, and must be, Secure). */
export function isHttps(req: IncomingMessage, config: NetworkConfig): boolean {
  if (config.publicUrl?.startsWith('https:')) return true
  if (config.trustProxy) return first(req.headers['x-forwarded-proto']) === 'https'
  return 'encrypted' in req.socket && Boolean(req.socket.encrypted)
}

/** The origin browsers use for this server: the public URL, else what the request says. */
export function publicOrigin(req: IncomingMessage, config: NetworkConfig): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '')
  const host = (config.trustProxy ? first(req.headers['x-forwarded-host']) : undefined) ?? req.headers.host ?? 'localhost'
  return `${isHttps(req, config) ? 'https' : 'http'}://${host}`
}

/**
 * True when a browser's request comes from a page of this server: no Origin (not a browser, or a
 * same-origin GET), or one whose host is the public URL's or the one the browser addressed. A
 * cross-site form or fetch carries the other site's Origin (or `null`) and is refused.
 */
export function fromOwnOrigin(req: IncomingMessage, config: NetworkConfig): boolean {
  const origin = req.headers.origin
  if (origin === undefined) return true
  let host: string
  try {
    host = new URL(origin).host
  } catch {
    return false
  }
  return host !== '' && (host === new URL(publicOrigin(req, config)).host || host === req.headers.host)
}
