/**
 * A URL we may put in an href: http(s), or a path on our own server. Anything else (javascript:,
 * data:, a protocol-relative `//host`) comes from the wire and is shown as text, never linked.
 */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null
  if (/^\/(?![/\\])/.test(url)) return url
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}
