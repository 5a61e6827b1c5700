// Where a webhook may go (issue 15, docs/decisions/020): a store's own server on the internet, never
// the machine Attune runs on nor the network around it. Otherwise an owner could make the server
// POST to its neighbours (SSRF): a database's port, a router, the cloud's instance metadata at
// 169.254.169.254. One rule for both sides: the inbox names a refused URL before sending it, the
// server refuses it when it is saved, and again for every address its name resolves to.

/** Why a URL cannot be a webhook endpoint. */
export const WebhookUrlProblem = {
  /** Not a URL at all. */
  NotUrl: 'not_url',
  /** A user name or password in it: the signature proves the sender, and URLs are shown and logged. */
  Credentials: 'credentials',
  /** Not https: bodies carry shoppers' words. */
  NotHttps: 'not_https',
  /** This machine or a private network, by its address (10.0.0.5, [::1]) or its name (localhost). */
  NotPublic: 'not_public',
} as const
export type WebhookUrlProblem = (typeof WebhookUrlProblem)[keyof typeof WebhookUrlProblem]

/** Where an IP address leads: the internet, this machine, or a network that is not the internet. */
type AddressReach = 'public' | 'loopback' | 'internal'

// Every runtime Attune runs in (browsers, Node) has URL; protocol's lib (ES2022) does not type it.
declare const URL: new (input: string) => { protocol: string; hostname: string; username: string; password: string }

/**
 * Why `raw` cannot be an endpoint, or null. `allowLoopback` accepts this machine, over http too
 * (demo mode, tests, ATTUNE_WEBHOOKS_LOOPBACK). A name is judged here only when it names this
 * machine: where other names lead is known when they are resolved, for each delivery.
 */
export function webhookUrlProblem(raw: string, allowLoopback = false): WebhookUrlProblem | null {
  const url = parse(raw)
  if (!url) return WebhookUrlProblem.NotUrl
  if (url.username || url.password) return WebhookUrlProblem.Credentials
  const reach = hostReach(url.hostname)
  if (reach === 'loopback' && allowLoopback) return url.protocol === 'https:' || url.protocol === 'http:' ? null : WebhookUrlProblem.NotHttps
  if (reach !== 'public') return WebhookUrlProblem.NotPublic
  return url.protocol === 'https:' ? null : WebhookUrlProblem.NotHttps
}

/** Whether a webhook may be sent to this IP address (as a URL or a DNS lookup writes it). */
export function webhookAddressAllowed(address: string, allowLoopback = false): boolean {
  const reach = addressReach(address)
  return reach === 'public' || (reach === 'loopback' && allowLoopback)
}

/** Where an IP address leads; null when `address` is not one (a zone, `%eth0`, is ignored). */
function addressReach(address: string): AddressReach | null {
  const v4 = ipv4Bytes(address)
  if (v4) return reachOf(v4, LOOPBACK_V4, INTERNAL_V4)
  const v6 = ipv6Bytes(address.replace(/%.*$/, ''))
  if (!v6) return null
  // Such an address is only a wrapping of an IPv4 one: [::ffff:127.0.0.1] reaches 127.0.0.1.
  if (CARRYING_V4.some((block) => within(v6, block))) return reachOf(v6.slice(12), LOOPBACK_V4, INTERNAL_V4)
  return reachOf(v6, LOOPBACK_V6, INTERNAL_V6)
}

function parse(raw: string) {
  try {
    return new URL(raw)
  } catch {
    return null
  }
}

/** Where a URL's host leads as far as it tells: an address says so, a name only when it is localhost. */
function hostReach(hostname: string): AddressReach {
  if (hostname.startsWith('[')) return addressReach(hostname.slice(1, -1)) ?? 'internal'
  const name = hostname.toLowerCase().replace(/\.$/, '')
  // RFC 6761 §6.3: localhost and every name under it are this machine, whatever a resolver says.
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback'
  return addressReach(name) ?? 'public'
}

/** An address block: its first address and how many leading bits its members share. */
type Block = readonly [first: string, bits: number]

const LOOPBACK_V4: Block = ['127.0.0.0', 8]
/** The IPv4 blocks that are not the internet (RFC 6890's registry), loopback aside. */
const INTERNAL_V4: readonly Block[] = [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches this machine
  ['10.0.0.0', 8], // private (RFC 1918)
  ['100.64.0.0', 10], // carrier-grade NAT (RFC 6598)
  ['169.254.0.0', 16], // link-local, where clouds answer instance metadata (169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.168.0.0', 16], // private
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
]

const LOOPBACK_V6: Block = ['::1', 128]
const INTERNAL_V6: readonly Block[] = [
  ['::', 96], // unspecified (::), and the deprecated IPv4-compatible addresses
  ['fc00::', 7], // unique-local (RFC 4193)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local, deprecated
  ['ff00::', 8], // multicast
  // Tunnels and translators into IPv4 whose IPv4 end cannot be judged from the address, refused
  // outright as Go's ssrf guard (IANA's special-purpose registry) and ipaddr.js-based guards do.
  // 6to4 carries its IPv4 address in bits 16–47, but [2002:7f00:1::] reaches 127.0.0.1 through
  // whichever relay routes it, and 6to4 is deprecated (RFC 7526); Teredo writes its IPv4 address
  // bit-inverted and reaches it through a relay too; a local NAT64 prefix may put its IPv4 address
  // anywhere (RFC 6052 §2.2) and translates into the operator's own network. No store's endpoint
  // lives behind one of them.
  ['2002::', 16], // 6to4 (RFC 3056)
  ['2001::', 23], // IETF protocol assignments, Teredo (RFC 4380) among them: no store's host
  ['2001:db8::', 32], // documentation (RFC 3849)
  ['100::', 64], // discard-only (RFC 6666)
  ['64:ff9b:1::', 48], // local-use NAT64 (RFC 8215)
]
/** IPv6 blocks whose last 32 bits are an IPv4 address, and lead where it does. */
const CARRYING_V4: readonly Block[] = [
  ['::ffff:0:0', 96], // IPv4-mapped
  // Judged, not refused: where the server has only IPv6, DNS64 answers every store this way.
  ['64:ff9b::', 96], // NAT64 (RFC 6052)
]

function reachOf(bytes: number[], loopback: Block, internal: readonly Block[]): AddressReach {
  if (within(bytes, loopback)) return 'loopback'
  return internal.some((block) => within(bytes, block)) ? 'internal' : 'public'
}

function within(bytes: number[], [first, bits]: Block): boolean {
  const start = ipv4Bytes(first) ?? ipv6Bytes(first)!
  if (start.length !== bytes.length) return false
  for (let bit = 0; bit < bits; bit++) {
    const mask = 0x80 >> (bit % 8)
    if ((bytes[bit >> 3]! & mask) !== (start[bit >> 3]! & mask)) return false
  }
  return true
}

/** A dotted IPv4 address's 4 bytes, or null. */
function ipv4Bytes(text: string): number[] | null {
  const parts = text.split('.')
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return null
  return parts.map(Number)
}

/** An IPv6 address's 16 bytes (`::` and a dotted IPv4 tail allowed), or null. */
function ipv6Bytes(text: string): number[] | null {
  const halves = text.split('::')
  if (halves.length > 2) return null
  const head = groupBytes(halves[0]!, halves.length === 1)
  const tail = halves.length === 2 ? groupBytes(halves[1]!, true) : []
  if (!head || !tail) return null
  const gap = 16 - head.length - tail.length
  // Without `::` the groups fill the address; `::` stands for one zero group or more.
  if (halves.length === 1 ? gap !== 0 : gap < 2) return null
  return [...head, ...Array<number>(gap).fill(0), ...tail]
}

/** The bytes of colon-separated hex groups; the last may be a dotted IPv4 address where `last`. */
function groupBytes(text: string, last: boolean): number[] | null {
  if (text === '') return []
  const groups = text.split(':')
  const bytes: number[] = []
  for (const [i, group] of groups.entries()) {
    const v4 = last && i === groups.length - 1 ? ipv4Bytes(group) : null
    if (v4) bytes.push(...v4)
    else if (/^[0-9a-f]{1,4}$/i.test(group)) bytes.push(parseInt(group, 16) >> 8, parseInt(group, 16) & 0xff)
    else return null
  }
  return bytes
}
