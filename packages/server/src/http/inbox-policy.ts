import type { IncomingMessage } from 'node:http'
import { publicOrigin, type NetworkConfig } from './proxy.ts'

/** A host as a browser sends it (name or address, optional port): nothing that could end a directive. */
const PLAIN_HOST = /^[A-Za-z0-9.\-[\]:]+$/

/**
 * The inbox holds a signed-in team member's session, so its pages get a strict Content Security
 * Policy (CSP Level 3): only this server's scripts, styles and connections, images also from
 * `data:` and `blob:` (file previews), no plugins, no `<base>`, forms only to here; and they may
 * not be framed (`frame-ancestors 'none'`, and X-Frame-Options for older browsers) against
 * clickjacking. 'report-sample' puts the start of a refused inline script in the violation
 * report, so a test (or a report collector) can tell what was refused. Issue 11, finding 10.
 */
export function inboxHeaders(req: IncomingMessage, config: NetworkConfig): Record<string, string> {
  const { protocol, host } = new URL(publicOrigin(req, config))
  // 'self' covers ws(s) to this host in current browsers; older ones need it named.
  const socket = PLAIN_HOST.test(host) ? ` ${protocol === 'https:' ? 'wss' : 'ws'}://${host}` : ''
  const policy = [
    "default-src 'self'",
    "script-src 'self' 'report-sample'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self'${socket}`,
    "object-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "form-action 'self'",
  ]
  return { 'Content-Security-Policy': policy.join('; '), 'X-Frame-Options': 'DENY' }
}
