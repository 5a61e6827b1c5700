// "Repeated messages": the same or nearly the same text sent again is a shopper who feels unheard.

const WINDOW = 6
const SIMILAR = 0.8
/** One more than the highest code point: a bigram is `first * CODE_POINTS + second`, exact in a double. */
const CODE_POINTS = 0x110000

/**
 * A text's character bigrams as numbers, sorted, so two texts compare in one merge. The server
 * compares six messages after every new one (issue 12): as strings in a map this was a quarter of
 * the detector's time.
 */
function bigrams(text: string): Float64Array {
  const grams = new Float64Array(Math.max(0, text.length - 1))
  let count = 0
  let previous = -1
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!
    if (point > 0xffff) i++
    if (previous >= 0) grams[count++] = previous * CODE_POINTS + point
    previous = point
  }
  // A typed array sorts by number, natively.
  return grams.subarray(0, count).sort()
}

/** Sørensen–Dice over character bigrams: cheap, script-agnostic, tolerant of a typo or an extra "?". */
export function similarity(a: string, b: string): number {
  return a === b ? 1 : dice(bigrams(a), bigrams(b))
}

/** Twice the bigrams both share (each as often as the rarer has it) over all of them. */
function dice(x: Float64Array, y: Float64Array): number {
  let shared = 0
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared++
      i++
      j++
    } else if (x[i]! < y[j]!) i++
    else j++
  }
  const total = x.length + y.length
  return total === 0 ? 0 : (2 * shared) / total
}

// Spaces, punctuation and emoji are dropped: "hello??" and "hello ?" are the same ask.
export const letters = (normalised: string): string => normalised.replace(/[^\p{L}\p{N}\p{M}]/gu, '')

/**
 * How many of the last messages repeat an earlier one (0 when all differ), each message given by its
 * `letters` (the detector keeps them with its reading of the message).
 */
export function countRepeatedSpellings(spellings: readonly string[]): number {
  const recent = spellings.slice(-WINDOW)
  // Each text's bigrams once, not once per pair.
  const grams = recent.map(bigrams)
  let repeats = 0
  recent.forEach((text, i) => {
    if (text.length < 2) return
    if (grams.slice(0, i).some((earlier) => dice(earlier, grams[i]!) >= SIMILAR)) repeats++
  })
  return repeats
}
