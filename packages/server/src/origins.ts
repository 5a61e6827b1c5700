/**
 * Allowed-origin patterns per site: an exact origin (`https://shop.example`) or one with a port
 * wildcard (`http://localhost:*`). Scheme and host always match exactly; there is deliberately no
 * host wildcard, since `*.example` patterns are a classic way to trust an attacker's subdomain.
 */
export function originAllowed(origin: string | undefined, patterns: readonly string[]): boolean {
  if (!origin || origin === 'null') return false
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  // An Origin header is scheme://host[:port] and nothing more.
  if (url.origin !== origin) return false
  return patterns.some((pattern) => matches(url, pattern))
}

function matches(url: URL, pattern: string): boolean {
  if (pattern.endsWith(':*')) {
    let base: URL
    try {
      base = new URL(pattern.slice(0, -2))
    } catch {
      return false
    }
    return base.protocol === url.protocol && base.hostname === url.hostname
  }
  try {
    return new URL(pattern).origin === url.origin
  } catch {
    return false
  }
}
