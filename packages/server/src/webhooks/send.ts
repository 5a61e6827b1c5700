import type { LookupAddress } from 'node:dns'
import { lookup } from 'node:dns/promises'
import { request as httpRequest, type OutgoingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { webhookAddressAllowed } from '@attune/protocol'

/** Every address a host name resolves to; DNS (getaddrinfo, as a connection would) unless injected. */
export type Resolve = (hostname: string) => Promise<LookupAddress[]>

export const resolveAll: Resolve = (hostname) => lookup(hostname, { all: true })

type SendOptions = {
  resolve: Resolve
  /** This machine may be reached (demo mode, tests, ATTUNE_WEBHOOKS_LOOPBACK); a private network never. */
  allowLoopback: boolean
  signal: AbortSignal
}

/** The endpoint's host leads somewhere a webhook may not go; nothing was sent, nothing connected. */
class AddressRefused extends Error {}

/**
 * POSTs `body` to `url`; the endpoint's status. The host is resolved first and every address it
 * has is checked (webhook-url.ts): a name that leads to this machine or a private network is
 * refused before any connection, so the delivery log cannot tell a closed port from an open one.
 * The connection then goes to the addresses checked, not to a second lookup's answer, which a
 * DNS server that changes its mind (DNS rebinding) could point elsewhere. No pooled connection
 * either: it would go wherever an earlier lookup led. Redirects are never followed: the store
 * named this URL, and only this URL.
 */
export async function send(url: URL, headers: OutgoingHttpHeaders, body: string, options: SendOptions): Promise<number> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const family = isIP(host)
  const addresses = family ? [{ address: host, family }] : await options.resolve(host)
  if (addresses.length === 0 || !addresses.every(({ address }) => webhookAddressAllowed(address, options.allowLoopback))) throw new AddressRefused()
  options.signal.throwIfAborted()
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        signal: options.signal,
        agent: false,
        lookup: pinned(addresses),
      },
      (response) => {
        response.destroy()
        resolve(response.statusCode!)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

/** A `lookup` that answers the addresses already checked, in either shape a connection asks for. */
function pinned(addresses: LookupAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    if (options.all) callback(null, addresses)
    else callback(null, addresses[0]!.address, addresses[0]!.family)
  }
}

/** A failure without a status, in a few words for the delivery log (never the URL nor the body). */
export function failureText(error: unknown): string {
  if (error instanceof AddressRefused) return 'refused: not a public address'
  const code = (error as NodeJS.ErrnoException | null)?.code
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host not found',
    ECONNRESET: 'connection reset',
    CERT_HAS_EXPIRED: 'TLS certificate expired',
  }
  return code ? (known[code] ?? code) : 'request failed'
}
