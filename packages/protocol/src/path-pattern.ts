// A greeting's page pattern (issue 15): a path with `*` for "any characters", e.g. `/checkout*`
// or `/products/*/reviews`. Matched against the page's path only: the query string and hash carry
// search terms and tokens a store has no need to match on. Written without regular expressions so
// a pattern can never be slow, and so the widget's greeting chunk stays small.

/** The longest pattern a store may write. */
export const MAX_PATH_PATTERN = 200

/** Characters a URL path may hold (RFC 3986 pchar, `/` and `%`), plus the `*` wildcard. */
const PATH_CHARS = /^[A-Za-z0-9\-._~!$&'()+,;=:@%/*]*$/

/** Why a pattern is refused, in words for the person writing it; null when it is good. */
export function pathPatternProblem(pattern: string): string | null {
  if (!pattern.startsWith('/')) return 'A page pattern starts with /, like /checkout*.'
  if (pattern.length > MAX_PATH_PATTERN) return `A page pattern is at most ${MAX_PATH_PATTERN} characters.`
  if (!PATH_CHARS.test(pattern)) return 'A page pattern holds only the characters of a page path, and * for any characters.'
  return null
}

/** Whether `path` (a URL's pathname) matches `pattern`; `*` matches any run of characters, `/` included. */
export function matchesPathPattern(pattern: string, path: string): boolean {
  const parts = pattern.split('*')
  const first = parts[0]!
  const last = parts.pop()!
  if (!parts.length) return pattern === path
  const end = path.length - last.length
  if (end < first.length || !path.startsWith(first) || !path.endsWith(last)) return false
  // Each middle part at its leftmost place after the one before: with only `*`, leftmost is never wrong.
  let at = first.length
  for (const part of parts.slice(1)) {
    const found = path.indexOf(part, at)
    if (found < 0 || found + part.length > end) return false
    at = found + part.length
  }
  return true
}
