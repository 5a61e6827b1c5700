// Matches a language lexicon against one normalised message. Entries are phrases, found as
// substrings whose both ends fall on ICU word boundaries of the message. Matching on boundaries
// instead of on a stored segment list keeps entries readable and survives ICU splitting a phrase
// differently in context (Lao ຂອບໃຈ is one word alone but ຂອບ|ໃຈ in ຂອບໃຈຫຼາຍ).
import { normalize } from './normalize.ts'
import type { Token } from './segment.ts'
import type { CueKind, Language } from './types.ts'

/** A lexicon as written: plain phrases with weights 0..1. */
export interface LexiconSource {
  readonly lang: Language
  /** Words and phrases that say something is wrong. */
  readonly negative: Readonly<Record<string, number>>
  /** Words and phrases that say things are fine; negated, they turn negative. */
  readonly positive: Readonly<Record<string, number>>
  /** Asks for a manager, a human, a refund or a cancellation. */
  readonly escalation: Readonly<Record<string, number>>
  /** Threats to go public or to an authority: a bad review, a post, a consumer office, a lawyer. */
  readonly complaint: Readonly<Record<string, number>>
  /** Insults and crude abuse aimed at the agent or the store. */
  readonly abuse: Readonly<Record<string, number>>
  /** Phrases that only block shorter matches inside them ("good morning", รับผิดชอบ). */
  readonly neutral: readonly string[]
  /** Words that flip the next positive word and cancel the next negative one. */
  readonly negators: readonly string[]
  /** Words that may stand between a negator and its word ("not VERY happy", hindi PO maganda). */
  readonly fillers: readonly string[]
  /** Words next to a negative word that make it stronger ("so slow", ช้ามาก). */
  readonly intensifiers: readonly string[]
}

type Polarity = 'negative' | 'positive' | 'escalation' | 'complaint' | 'abuse' | 'neutral'

/** The cue a matched entry raises, for the polarities that raise one as they are. */
const RAISES: Readonly<Record<'negative' | 'escalation' | 'complaint' | 'abuse', CueKind>> = {
  negative: 'lexicon',
  escalation: 'escalation',
  complaint: 'complaint',
  abuse: 'abuse',
}
interface Entry {
  /** Normalised, as matched. */
  text: string
  /** As written in the lexicon, shown to the agent. */
  label: string
  weight: number
  polarity: Polarity
}

interface CompiledLexicon {
  entries: Entry[]
  positive: Map<string, number>
  negative: Map<string, number>
  /** Longest first, for prefix negation inside a Thai or Lao segment. */
  negators: string[]
  negatorSet: Set<string>
  fillers: Set<string>
  intensifiers: Set<string>
}

/** A lexicon hit on one message, before recency and aggregation. */
export interface Hit {
  kind: CueKind
  weight: number
  detail: string
}

const cache = new WeakMap<LexiconSource, CompiledLexicon>()
const NEGATED_BASE = 0.35
const NEGATED_SLOPE = 0.5
const INTENSIFIED = 1.3
const MAX_WEIGHT = 0.95
const MAX_FILLERS = 2
// ICU's Thai dictionary sometimes glues a final particle onto the word before it (โอเคนะ →
// โอ|เคน|ะ, ร้านอะไร → ร้า|นอะ|ไร). A Thai or Lao entry of 4+ characters therefore needs only
// one of its ends on a boundary; shorter ones need both (แตก must not match in แตกต่าง).
const LOOSE_MIN_LENGTH = 4
const THAI_LAO = /[\u0E00-\u0EFF]/u

/** Normalises every entry once, on first use (nothing runs at import). */
function compile(source: LexiconSource): CompiledLexicon {
  const cached = cache.get(source)
  if (cached) return cached
  const entries: Entry[] = []
  const add = (record: Readonly<Record<string, number>>, polarity: Polarity): Map<string, number> => {
    const map = new Map<string, number>()
    for (const [text, weight] of Object.entries(record)) {
      const key = normalize(text)
      entries.push({ text: key, label: text, weight, polarity })
      map.set(key, weight)
    }
    return map
  }
  const negative = add(source.negative, 'negative')
  const positive = add(source.positive, 'positive')
  add(source.escalation, 'escalation')
  add(source.complaint, 'complaint')
  add(source.abuse, 'abuse')
  for (const text of source.neutral) entries.push({ text: normalize(text), label: text, weight: 0, polarity: 'neutral' })
  const negators = source.negators.map(normalize).sort((a, b) => b.length - a.length)
  const compiled: CompiledLexicon = {
    entries,
    positive,
    negative,
    negators,
    negatorSet: new Set(negators),
    fillers: new Set(source.fillers.map(normalize)),
    intensifiers: new Set(source.intensifiers.map(normalize)),
  }
  cache.set(source, compiled)
  return compiled
}

interface Match {
  start: number
  end: number
  first: number
  last: number
  entry: Entry
}

/**
 * All boundary-aligned occurrences. A match inside a longer one is dropped (ยังไม่ได้ inside
 * ยังไม่ได้รับ); partly overlapping ones both count (ทำไมไม่ + ไม่ตอบ are two complaints).
 */
function findMatches(text: string, tokens: readonly Token[], lexicon: CompiledLexicon): Match[] {
  const startAt = new Map<number, number>()
  const endAt = new Map<number, number>()
  const tokenAt: number[] = []
  tokens.forEach((token, i) => {
    startAt.set(token.start, i)
    endAt.set(token.end, i)
    for (let c = token.start; c < token.end; c++) tokenAt[c] = i
  })
  const found: Match[] = []
  for (const entry of lexicon.entries) {
    const loose = entry.text.length >= LOOSE_MIN_LENGTH && THAI_LAO.test(entry.text)
    for (let at = text.indexOf(entry.text); at !== -1; at = text.indexOf(entry.text, at + 1)) {
      const end = at + entry.text.length
      let first = startAt.get(at)
      let last = endAt.get(end)
      if (loose && (first !== undefined || last !== undefined)) {
        first ??= tokenAt[at]
        last ??= tokenAt[end - 1]
      }
      if (first !== undefined && last !== undefined) found.push({ start: at, end, first, last, entry })
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
  const kept: Match[] = []
  for (const match of found) {
    if (kept.every((k) => match.start < k.start || match.end > k.end)) kept.push(match)
  }
  return kept.sort((a, b) => a.start - b.start)
}

/** Is the word before token `first` (skipping up to two fillers) a negator? */
function isNegated(tokens: readonly Token[], first: number, lexicon: CompiledLexicon): boolean {
  let i = first
  for (let skipped = 0; skipped <= MAX_FILLERS; skipped++) {
    const here = tokens[i]
    const before = tokens[i - 1]
    if (!here || !before || here.breakBefore) return false
    if (lexicon.negatorSet.has(before.text)) return true
    if (!lexicon.fillers.has(before.text)) return false
    i--
  }
  return false
}

function isIntensified(tokens: readonly Token[], match: Match, lexicon: CompiledLexicon): boolean {
  const before = tokens[match.first - 1]
  const after = tokens[match.last + 1]
  return (
    (before !== undefined && !tokens[match.first]?.breakBefore && lexicon.intensifiers.has(before.text)) ||
    (after !== undefined && !after.breakBefore && lexicon.intensifiers.has(after.text))
  )
}

const negatedWeight = (positive: number): number => Math.min(MAX_WEIGHT, NEGATED_BASE + NEGATED_SLOPE * positive)

/**
 * Thai and Lao: ICU sometimes keeps negator + word as one segment (Lao ບໍ່ພໍໃຈ), so a segment
 * that starts with a negator is checked for a known word after it.
 */
function prefixNegation(token: Token, lexicon: CompiledLexicon): Hit | undefined {
  for (const negator of lexicon.negators) {
    if (token.text.length <= negator.length || !token.text.startsWith(negator)) continue
    const rest = token.text.slice(negator.length)
    const positive = lexicon.positive.get(rest)
    if (positive !== undefined) return { kind: 'negated', weight: negatedWeight(positive), detail: token.text }
    if (lexicon.negative.has(rest)) return undefined
  }
  return undefined
}

/** The lexicon's cues in one normalised, tokenised message. */
export function matchLexicon(text: string, tokens: readonly Token[], source: LexiconSource): Hit[] {
  const lexicon = compile(source)
  const matches = findMatches(text, tokens, lexicon)
  const hits: Hit[] = []
  const covered = new Set<number>()
  for (const match of matches) {
    for (let i = match.first; i <= match.last; i++) covered.add(i)
    const { entry } = match
    if (entry.polarity === 'neutral') continue
    // A loose match can start inside a segment: ບໍ່ພໍໃຈ holds ພໍໃຈ after the negator ບໍ່, and
    // ไม่ได้|จะแจ้ง|ความ holds แจ้งความ after the filler จะ, which the negator before it reaches.
    const inside = text.slice(tokens[match.first]?.start ?? match.start, match.start)
    const reachable = inside === '' || lexicon.fillers.has(inside)
    const negated = lexicon.negatorSet.has(inside) || (reachable && isNegated(tokens, match.first, lexicon))
    if (entry.polarity === 'positive') {
      hits.push(
        negated
          ? { kind: 'negated', weight: negatedWeight(entry.weight), detail: `¬${entry.label}` }
          : { kind: 'positive', weight: -entry.weight, detail: entry.label },
      )
      continue
    }
    // "not bad", ไม่แย่, "I don't want a refund", "I won't post it": negated, it says nothing.
    if (negated) continue
    const boost = isIntensified(tokens, match, lexicon) ? INTENSIFIED : 1
    hits.push({
      kind: RAISES[entry.polarity],
      weight: Math.min(MAX_WEIGHT, entry.weight * boost),
      detail: entry.label,
    })
  }
  tokens.forEach((token, i) => {
    if (covered.has(i)) return
    const hit = prefixNegation(token, lexicon)
    if (hit) hits.push(hit)
  })
  return hits
}
