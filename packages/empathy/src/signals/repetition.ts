// "Repeated messages": the same or nearly the same text sent again is a shopper who feels unheard.

const WINDOW = 6
const SIMILAR = 0.8

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>()
  const chars = [...text]
  for (let i = 0; i < chars.length - 1; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

/** Sørensen–Dice over character bigrams: cheap, script-agnostic, tolerant of a typo or an extra "?". */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : dice(bigrams(a), bigrams(b))
}

function dice(x: Map<string, number>, y: Map<string, number>): number {
  let shared = 0
  let total = 0
  for (const [gram, n] of x) {
    shared += Math.min(n, y.get(gram) ?? 0)
    total += n
  }
  for (const n of y.values()) total += n
  return total === 0 ? 0 : (2 * shared) / total
}

// Spaces, punctuation and emoji are dropped: "hello??" and "hello ?" are the same ask.
export const letters = (normalised: string): string => normalised.replace(/[^\p{L}\p{N}\p{M}]/gu, '')

/** How many of the last messages repeat an earlier one (0 when all differ). */
export function countRepeats(normalised: readonly string[]): number {
  const recent = normalised.slice(-WINDOW).map(letters)
  // Each text's bigrams once, not once per pair: the server counts after every message (issue 12).
  const grams = recent.map(bigrams)
  let repeats = 0
  recent.forEach((text, i) => {
    if (text.length < 2) return
    if (grams.slice(0, i).some((earlier) => dice(earlier, grams[i]!) >= SIMILAR)) repeats++
  })
  return repeats
}
