// detectFrustration: the shopper's recent messages (+ context) → level, score and named cues.
// Pure and deterministic; no model, no network (EMPATHY.md § Signals).
import { contextCues } from './context.ts'
import type { Hit, MessageCues } from './hit.ts'
import { matchLexicon } from './lexicon.ts'
import type { LexiconSource } from './source.ts'
import { ar } from './lexicons/ar.ts'
import { latinLexicon } from './lexicons/latin.ts'
import { lo } from './lexicons/lo.ts'
import { th } from './lexicons/th.ts'
import { countScripts, languageOf, tallyLanguage, type LanguageTally } from './language.ts'
import { normalize } from './normalize.ts'
import { countRepeatedSpellings, letters } from './repetition.ts'
import { CALMING, combineCues, levelOf, summarise } from './score.ts'
import { requestsAcrossMessages } from './request.ts'
import { tokenize } from './segment.ts'
import { capitalsCue, emojiCues, laughterAndStretching, punctuationCue } from './surface.ts'
import type { CueKind, FrustrationContext, FrustrationSignal } from './types.ts'

/** Only the last messages count, the newest most: weight × RECENCY^age (age 0 = newest). */
const MAX_MESSAGES = 6
const RECENCY = 0.7
const REPEAT_BASE = 0.35
const REPEAT_STEP = 0.15
const REPEAT_MAX = 0.6
// "hello?" sent after an earlier message is a shopper checking whether anyone is there: a weak
// cue alone, one that a wait tips over. Keys as a reading's spelling is (normalised, letters
// only: "hellooo??" is "helo"); an empty key is a bare "?".
const NUDGE = 0.2
const NUDGES: ReadonlySet<string> = new Set([
  '',
  'helo',
  'hi',
  'hey',
  'anyone',
  'anybody',
  'anyonethere',
  'anybodythere',
  'stilthere',
  'yo',
  'so',
  'wel',
  'helopo',
  'hipo',
  // Indonesian: "P" (a ping, read as Filipino's "pa"), "halo kak", "permisi", "min"
  'pa',
  'halo',
  'halokak',
  'halomin',
  'permisi',
  'kak',
  'min',
  // Arabic: "مرحبا؟", "فيه أحد؟"
  'مرحبا',
  'هلا',
  'فيهاحد',
  'فياحد',
  'حدموجود',
])

/** The index of the last message with a cue that raises the score, or −1. */
function lastRaising(perMessage: readonly (readonly Hit[])[]): number {
  for (let i = perMessage.length - 1; i >= 0; i--) {
    if (perMessage[i]?.some((hit) => hit.weight > 0 && !CALMING.has(hit.kind))) return i
  }
  return -1
}

/** The lexicons a message needs, by the scripts in it (Latin runs English and Filipino as one; Arabic its own). */
function lexiconsFor(text: string): LexiconSource[] {
  const scripts = countScripts(text)
  const lexicons: LexiconSource[] = []
  if (scripts.thai > 0) lexicons.push(th)
  if (scripts.lao > 0) lexicons.push(lo)
  if (scripts.latin > 0) lexicons.push(latinLexicon())
  if (scripts.arabic > 0) lexicons.push(ar)
  return lexicons
}

/**
 * What one message says, read once: its cues (unscaled) and what it asks, its normalised text, its
 * letters alone (what the repeat check compares) and its language tally. After each new message
 * the detector reads six, so what each needs is worked out once, with its reading (issue 12).
 */
type Reading = MessageCues & { normalised: string; spelling: string; tally: LanguageTally }

/**
 * The readings of messages read lately, by text: the server reads the shopper's six latest
 * messages after each new one, so five of them were read a moment before (issue 12). Bounded by
 * count, the six latest of 10,000 conversations (at 2,000, 500 shoppers chatting at once were read
 * afresh every time), and by the characters of their texts (~8 MB) for long ones. By characters
 * alone, short texts filled it with 330,000 readings, ~0.4 KB each. The longest unused goes first.
 */
const readings = new Map<string, Reading>()
const READINGS_MAX = 60_000
const READINGS_MAX_CHARS = 4_000_000
let readingChars = 0

/** One message's reading (shared: never changed by the caller). */
function reading(text: string): Reading {
  const known = readings.get(text)
  if (known) {
    // Moved to the newest end: a Map iterates in insertion order.
    readings.delete(text)
    readings.set(text, known)
    return known
  }
  const normalised = normalize(text)
  const fresh = { ...readMessage(text, normalised), normalised, spelling: letters(normalised), tally: tallyLanguage(text) }
  readings.set(text, fresh)
  readingChars += text.length
  for (const oldest of readings.keys()) {
    if (readingChars <= READINGS_MAX_CHARS && readings.size <= READINGS_MAX) break
    readings.delete(oldest)
    readingChars -= oldest.length
  }
  return fresh
}

function readMessage(text: string, normalised: string): MessageCues {
  const tokens = tokenize(normalised)
  const hits: Hit[] = []
  let asks = false
  let asksForFix = false
  for (const lexicon of lexiconsFor(normalised)) {
    const cues = matchLexicon(normalised, tokens, lexicon)
    hits.push(...cues.hits)
    asks ||= cues.asks
    asksForFix ||= cues.asksForFix
  }
  hits.push(...emojiCues(text), ...laughterAndStretching(text))
  const capitals = capitalsCue(text)
  const punctuation = punctuationCue(text)
  if (capitals) hits.push(capitals)
  if (punctuation) hits.push(punctuation)
  return { hits: withoutBitterLaughter(hits), asks, asksForFix }
}

// "lol my parcel is lost again", "hahaha unbelievable": laughter beside a clear complaint is
// bitter, not relief. Beside a mild one ("a bit late haha, no worries") it still calms.
const WORD_CUES: ReadonlySet<CueKind> = new Set(['lexicon', 'negated', 'escalation', 'complaint', 'abuse'])
const CLEAR_COMPLAINT = 0.45

function withoutBitterLaughter(hits: Hit[]): Hit[] {
  const words = combineCues(hits.filter((hit) => WORD_CUES.has(hit.kind)))
  return words >= CLEAR_COMPLAINT ? hits.filter((hit) => hit.kind !== 'laughter') : hits
}

/**
 * Whether one message, read alone, names this cue: what `detectFrustration([text])` would name,
 * without scoring the conversation (the server flags abuse in every shopper message, issue 16).
 */
export function messageHasCue(text: string, kind: CueKind): boolean {
  return reading(text).hits.some((hit) => hit.kind === kind)
}

/** A line in every script the lexicons read: reading it does everything a first message would. */
const EVERY_SCRIPT = 'สวัสดีค่ะ ສະບາຍດີ hello po مرحبا'

/**
 * Does the detector's one-time work now: every lexicon normalised, the word segmenter made, ICU's
 * Thai and Lao dictionaries loaded (about 60 ms, most of it the English and Filipino lexicon).
 * Otherwise the first shopper's message in each script pays it on a server that is answering
 * everyone else; the server calls this while its database opens.
 */
export function warmUpDetector(): void {
  detectFrustration([EVERY_SCRIPT])
}

export function detectFrustration(texts: readonly string[], context?: FrustrationContext): FrustrationSignal {
  const recent = texts.slice(-MAX_MESSAGES)
  const read = recent.map(reading)
  const perMessage = requestsAcrossMessages(read)
  // "ok thanks" and then "that's what you said last time": thanks earlier do not soften a
  // complaint that comes after them (the mood moves forward); thanks after one still do.
  const lastComplaint = lastRaising(perMessage)
  const hits: Hit[] = []
  // A message that says nothing about the mood ("order 4410", "here is the photo") does not age
  // the ones before it: the shopper who complained and then gave a number is no calmer.
  let age = 0
  const ages = perMessage.map(() => 0)
  for (let i = perMessage.length - 1; i >= 0; i--) {
    ages[i] = age
    if ((perMessage[i]?.length ?? 0) > 0) age++
  }
  perMessage.forEach((own, i) => {
    const scale = RECENCY ** (ages[i] ?? 0)
    for (const hit of own) {
      if (i < lastComplaint && CALMING.has(hit.kind)) continue
      hits.push({ ...hit, weight: hit.weight * scale })
    }
  })
  const repeats = countRepeatedSpellings(read.map((r) => r.spelling))
  if (repeats > 0) {
    const weight = Math.min(REPEAT_MAX, REPEAT_BASE + REPEAT_STEP * (repeats - 1))
    hits.push({ kind: 'repetition', weight, detail: `×${repeats + 1}` })
  }
  const newest = read.at(-1)
  if (recent.length > 1 && newest !== undefined && newest.normalised.trim() !== '' && NUDGES.has(newest.spelling)) {
    hits.push({ kind: 'burst', weight: NUDGE, detail: 'nudge' })
  }
  hits.push(...contextCues(context))
  const score = combineCues(hits)
  const signal: FrustrationSignal = { level: levelOf(score), score, cues: summarise(hits) }
  const language = languageOf(
    read.map((r) => r.tally),
    context?.locale,
  )
  if (language) signal.language = language
  return signal
}
