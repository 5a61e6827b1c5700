// Cues that need no language: capitals, punctuation runs, stretched letters, emoji, laughter.
// They read the message as typed (before normalisation), since case and repetition are the cue.
import type { Hit } from './hit.ts'
import { LAUGHING_EMOJI, LAUGHTER, NEGATIVE_EMOJI, NEGATIVE_EMOTICONS, POSITIVE_EMOJI, POSITIVE_EMOTICONS } from './lexicons/shared.ts'
import { countStretches } from './normalize.ts'

/** Shouting needs some length: "OK", "COD" or "ASAP" are not shouting. */
const MIN_LATIN_LETTERS = 8
const CAPITALS_FROM = 0.6
const CAPITALS_MAX = 0.45

/** Share of capitals among Latin letters, scaled from 0 at 60 % to the max at 100 %. */
export function capitalsCue(text: string): Hit | undefined {
  const letters = text.match(/\p{Script=Latin}/gu) ?? []
  if (letters.length < MIN_LATIN_LETTERS) return undefined
  const upper = letters.filter((c) => c !== c.toLowerCase()).length
  const share = upper / letters.length
  if (share < CAPITALS_FROM) return undefined
  const weight = CAPITALS_MAX * Math.min(1, (share - CAPITALS_FROM) / (1 - CAPITALS_FROM) + 0.3)
  return { kind: 'capitals', weight: round(weight), detail: `${Math.round(share * 100)}%` }
}

// ؟ is Arabic's question mark (؟؟؟).
const PUNCTUATION_RUN = /[!?！？؟]{2,}/gu

/** `?!` (disbelief) > `???` (waiting for an answer) > `!!!` (may be joy; the lexicon decides). */
export function punctuationCue(text: string): Hit | undefined {
  let best = 0
  let runs = 0
  let detail = ''
  for (const [run] of text.matchAll(PUNCTUATION_RUN)) {
    const mixed = /[!！]/u.test(run) && /[?？؟]/u.test(run)
    const questions = /^[?？؟]+$/u.test(run)
    const long = run.length >= 3
    const weight = mixed ? 0.35 : questions ? (long ? 0.3 : 0.15) : long ? 0.2 : 0.1
    runs++
    if (weight > best) {
      best = weight
      detail = run.length > 5 ? `${run.slice(0, 5)}…` : run
    }
  }
  // "hello?? hello???": each further run adds a little.
  const weight = Math.min(0.5, best + 0.1 * (runs - 1))
  if (isCallingOut(text)) return { kind: 'punctuation', weight: CALLING_OUT, detail: text.length > 12 ? `${text.slice(0, 12)}…` : text }
  return best > 0 ? { kind: 'punctuation', weight: round(weight), detail } : undefined
}

/**
 * "hello???", "helloooo?? anyone", "hello? is anybody there?": a message that only calls for
 * someone, and asks more than once, is a shopper left waiting, not a greeting. Enough for
 * `frustrated` alone; one "hello?" is still just hello.
 */
const CALLING_OUT = 0.45
const CALL_WORDS =
  /^(?:(?:h+e+l+o+|hi+|he+y+|hal+o+|anyone|anybody|some(?:one|body)|is|are|you|there|still|po|excuse me|hoy|p|kak|min|gan|permisi|ada|orang|ga+k?|nggak|admin|ฮัลโหล|สวัสดี|มีใคร|อยู่|ไหม|ค่ะ|คะ|ครับ|ສະບາຍດີ|ມີໃຜ|ຢູ່|ບໍ່|ບໍ|مرحبا|هلا|السلام عليكم|فيه?|[اأ]حد|حد|موجود(?:ين)?)[\s,.!?？؟،]*)+$/iu

function isCallingOut(text: string): boolean {
  return (text.match(/[?？؟]/gu)?.length ?? 0) >= 2 && CALL_WORDS.test(text.trim())
}

/** Laughter and stretching from the same lowercased text: laughter is cut out before stretching is counted. */
export function laughterAndStretching(text: string): Hit[] {
  const lower = text.normalize('NFC').toLowerCase()
  const hits: Hit[] = []
  const laughs = lower.match(LAUGHTER) ?? []
  const laughingEmoji = [...lower].filter((c) => LAUGHING_EMOJI.has(c))
  const laughter = [...laughs, ...laughingEmoji]
  if (laughter.length > 0) hits.push({ kind: 'laughter', weight: -0.35, detail: laughter[0] ?? '' })
  const stretches = countStretches(lower.replace(LAUGHTER, ' '))
  if (stretches > 0) hits.push({ kind: 'stretching', weight: stretches > 1 ? 0.3 : 0.2, detail: `×${stretches}` })
  return hits
}

const PICTOGRAPH = /\p{Extended_Pictographic}/gu

/** Emoji and emoticons: the strongest negative one plus a little for each further one. */
export function emojiCues(text: string): Hit[] {
  const negative: Array<[string, number]> = []
  const positive: Array<[string, number]> = []
  for (const [symbol] of text.matchAll(PICTOGRAPH)) {
    const neg = NEGATIVE_EMOJI[symbol]
    const pos = POSITIVE_EMOJI[symbol]
    if (neg !== undefined) negative.push([symbol, neg])
    if (pos !== undefined) positive.push([symbol, pos])
  }
  for (const word of text.toLowerCase().split(/\s+/u)) {
    const neg = NEGATIVE_EMOTICONS[word]
    const pos = POSITIVE_EMOTICONS[word]
    if (neg !== undefined) negative.push([word, neg])
    if (pos !== undefined) positive.push([word, pos])
  }
  const hits: Hit[] = []
  const sum = (list: Array<[string, number]>): number => Math.min(0.8, Math.max(...list.map(([, w]) => w)) + 0.05 * (list.length - 1))
  const symbols = (list: Array<[string, number]>): string => [...new Set(list.map(([s]) => s))].join('')
  if (negative.length > 0) hits.push({ kind: 'emoji', weight: round(sum(negative)), detail: symbols(negative) })
  if (positive.length > 0) hits.push({ kind: 'positive', weight: -round(sum(positive)), detail: symbols(positive) })
  return hits
}

const round = (n: number): number => Math.round(n * 100) / 100
