/**
 * A short handle for a shopper ("3f2a"): the id's last four letters or digits. The tail, not
 * the head, because ids often start with a shared prefix while their end is random.
 */
export function visitorShortId(visitorId: string): string {
  const plain = visitorId.replace(/[^a-z0-9]/gi, '').toLowerCase()
  return plain.slice(-4) || '????'
}

/** One line of a message for the list: whitespace collapsed, cut on a code point with "…". */
export function previewText(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(flat)
  if (chars.length <= max) return flat
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`
}
