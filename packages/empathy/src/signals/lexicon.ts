// Matches a language lexicon against one normalised message: phrases (find.ts), negation,
// intensifiers, and the words a question only asks about (asking.ts).
import { askingTokens, type QuestionMarkers } from './asking.ts'
import { type Found, findPhrases } from './find.ts'
import { normalize } from './normalize.ts'
import { asOneRequest } from './request.ts'
import type { Token } from './segment.ts'
import type { LexiconSource } from './source.ts'
import type { CueKind } from './types.ts'

type Polarity = 'negative' | 'positive' | 'owed' | 'escalation' | 'complaint' | 'abuse' | 'neutral'

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
  never: { words: Set<string>; degreeBefore: Set<string>; degreeAfter: { text: string }[] }
  fillers: Set<string>
  intensifiers: Set<string>
  askable: Set<string>
  fixable: Set<string>
  fixes: { text: string }[]
  markers: QuestionMarkers
  ironic: { text: string }[]
  ironicOpeners: Set<string>
  concessions: Set<string>
  accusing: { openers: { text: string }[]; shortfalls: { text: string }[] }
}

/** A lexicon hit on one message, before recency and aggregation. */
export interface Hit {
  kind: CueKind
  weight: number
  detail: string
  /** A wrong item the shop sent (source.ts `fixable`): told, or asked to be put right (request.ts). */
  wrongItem?: 'told' | 'requested'
}

/** One message's cues, and what it asks: a wrong item told in the message beside it hears that (request.ts). */
export interface MessageCues {
  hits: Hit[]
  /** A clause asks something ("could you send the one I ordered?", เปลี่ยนได้ไหมคะ). */
  asks: boolean
  /** A clause asks for a wrong item's fix ("can I exchange it?", ປ່ຽນໄດ້ບໍ່). */
  asksForFix: boolean
}

const cache = new WeakMap<LexiconSource, CompiledLexicon>()
const NEGATED_BASE = 0.35
/** "you didn't reply", "it never arrived": what the shop owes, withheld. */
const OWED_NEGATED = 0.4
const NEGATED_SLOPE = 0.5
const INTENSIFIED = 1.3
/** "why is my order still processing?": a real problem, named as a reproach. */
const ACCUSING = 0.4
const MAX_WEIGHT = 0.95
// Filipino stacks enclitics between a negator and its word: "hindi nyo ba ako naririnig".
const MAX_FILLERS = 3
const phrases = (texts: readonly string[]): { text: string }[] => texts.map((text) => ({ text: normalize(text) }))

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
  for (const text of source.owed ?? []) entries.push({ text: normalize(text), label: text, weight: OWED_NEGATED, polarity: 'owed' })
  for (const text of source.neutral) entries.push({ text: normalize(text), label: text, weight: 0, polarity: 'neutral' })
  const negators = source.negators.map(normalize).sort((a, b) => b.length - a.length)
  const compiled: CompiledLexicon = {
    entries,
    positive,
    negative,
    negators,
    negatorSet: new Set(negators),
    never: {
      words: new Set((source.never?.words ?? []).map(normalize)),
      degreeBefore: new Set((source.never?.degreeBefore ?? []).map(normalize)),
      degreeAfter: phrases(source.never?.degreeAfter ?? []),
    },
    fillers: new Set(source.fillers.map(normalize)),
    intensifiers: new Set(source.intensifiers.map(normalize)),
    askable: new Set(source.askable.map(normalize)),
    fixable: new Set((source.fixable ?? []).map(normalize)),
    fixes: phrases(source.fixes ?? []),
    markers: { anywhere: phrases(source.questions), opening: phrases(source.questionOpeners) },
    ironic: phrases(source.ironic),
    ironicOpeners: new Set((source.ironicOpeners ?? []).map(normalize)),
    concessions: new Set((source.concessions ?? []).map(normalize)),
    accusing: { openers: phrases(source.accusing?.openers ?? []), shortfalls: phrases(source.accusing?.shortfalls ?? []) },
  }
  cache.set(source, compiled)
  return compiled
}

type Match = Found<Entry>

/** Where the negator of token `first` stands, if it has one. */
function negatorIndex(tokens: readonly Token[], first: number, lexicon: CompiledLexicon): number | undefined {
  let i = first
  for (let skipped = 0; skipped <= MAX_FILLERS; skipped++) {
    const here = tokens[i]
    const before = tokens[i - 1]
    if (!here || !before || here.breakBefore) return undefined
    if (lexicon.negatorSet.has(before.text)) return i - 1
    if (!lexicon.fillers.has(before.text)) return undefined
    i--
  }
  return undefined
}

// "sorry, I didn't reply": the shopper's own step is not something the shop owes.
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we'])

function isWithheld(tokens: readonly Token[], first: number, lexicon: CompiledLexicon): boolean {
  const negator = negatorIndex(tokens, first, lexicon)
  if (negator === undefined) return false
  const subject = tokens[negator - 1]
  return !(subject && !tokens[negator]?.breakBefore && FIRST_PERSON.has(subject.text))
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

/** A cue and the token it starts at. */
interface Placed {
  hit: Hit
  at: number
}

interface Reading {
  text: string
  tokens: readonly Token[]
  lexicon: CompiledLexicon
  /** Per token: does its clause ask? (An accusing clause does not: it presumes.) */
  asking: boolean[]
  /** The words that ask for a wrong item's fix, where a clause asks ("can I exchange it?"). */
  fixesAsked: Found<{ text: string }>[]
  /** The phrases that say the shop sent the wrong thing (`fixable`): "sent the wrong", ส่งผิด. */
  sentWrong: Match[]
  /** Does the message make its praise ironic? */
  ironic: boolean
}

/** "great, the wrong size again" — but "thanks again" is no irony: a marker inside a kind phrase. */
function isIronic(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, matches: readonly Match[]): boolean {
  const plain = matches.filter((m) => m.entry.polarity === 'positive' || m.entry.polarity === 'neutral')
  return (
    opensWithIronicPraise(text, tokens, lexicon, matches) ||
    findPhrases(text, tokens, lexicon.ironic).some((i) => !plain.some((m) => m.start <= i.start && i.end <= m.end))
  )
}

/**
 * "wonderful, charged twice": praise alone as the first clause, a complaint in the next one.
 * ("Awesome, the replacement arrived. The first one was broken" is thanks: the clause after
 * the praise holds no complaint.)
 */
function opensWithIronicPraise(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, matches: readonly Match[]): boolean {
  const second = tokens.findIndex((token, i) => i > 0 && token.breakBefore)
  const first = tokens[0]
  const last = tokens[second - 1]
  if (second === -1 || !first || !last || !lexicon.ironicOpeners.has(text.slice(first.start, last.end))) return false
  const third = tokens.findIndex((token, i) => i > second && token.breakBefore)
  const end = third === -1 ? tokens.length : third
  return matches.some((m) => m.entry.polarity === 'negative' && m.first >= second && m.first < end)
}

// Praise in quotation marks is someone else's word, held up: your "fast delivery" took a month.
// A quote opens after a space and closes before one or a stop, so "it's great, I'll" is no quote.
const OPEN_QUOTE = /(?:^|\s)["“'‘«][^"“”‘’«»]{0,30}$/u
const CLOSE_QUOTE = /^[^"“”‘’«»]{0,30}["”'’»](?=$|[\s.,!?;:])/u

/** Is the match inside quotation marks that hold little else? */
function isQuoted(text: string, match: Match): boolean {
  return OPEN_QUOTE.test(text.slice(0, match.start)) && CLOSE_QUOTE.test(text.slice(match.end))
}

/** A match's negator: the token it stands at (the match's own, for one inside its segment), and whether it says "never". */
interface Negator {
  at: number
  never: boolean
}

/**
 * A loose match can start inside a segment: ບໍ່ພໍໃຈ holds ພໍໃຈ after the negator ບໍ່, and
 * ไม่ได้|จะแจ้ง|ความ holds แจ้งความ after the filler จะ, which the negator before it reaches.
 */
function negatorOf(match: Match, { text, tokens, lexicon }: Reading): Negator | undefined {
  const inside = text.slice(tokens[match.first]?.start ?? match.start, match.start)
  if (lexicon.negatorSet.has(inside)) return { at: match.first, never: lexicon.never.words.has(inside) }
  if (inside !== '' && !lexicon.fillers.has(inside)) return undefined
  const at = negatorIndex(tokens, match.first, lexicon)
  if (at === undefined) return undefined
  return { at, never: tokens.slice(at, match.first).some((token) => lexicon.never.words.has(token.text)) }
}

/** "never been SO disappointed", ไม่เคยรอนานขนาดนี้: a "never" with a degree word compares, it does not negate. */
function compares(match: Match, negator: Negator, { text, tokens, lexicon }: Reading): boolean {
  const { degreeBefore, degreeAfter } = lexicon.never
  if (tokens.slice(negator.at + 1, match.first).some((token) => degreeBefore.has(token.text))) return true
  const next = tokens.findIndex((token, i) => i > match.last && token.breakBefore)
  const clauseEnd = next === -1 ? text.length : (tokens[next]?.start ?? text.length)
  // Characters, not tokens: ICU may glue the degree word to the word (ไม่|เคย|โกรธข|นาด|นี้).
  return findPhrases(text, tokens, degreeAfter).some((degree) => degree.start >= match.end && degree.start < clauseEnd)
}

const namesSentWrong = ({ entry }: Match, lexicon: CompiledLexicon): boolean => entry.polarity === 'negative' && lexicon.fixable.has(entry.text)

/**
 * A wrong item the shop sent, or a fault word that shares its words: "wrong size" alone may be the
 * shopper's own fit, but in "you sent the wrong size" it is what was sent, and reads with it (a
 * request, or the complaint told). Only a fault one may ask about (`askable`): an overlapping
 * feeling stays a feeling.
 */
function isWrongItem(match: Match, { lexicon, sentWrong }: Reading): boolean {
  if (namesSentWrong(match, lexicon)) return true
  const { entry, start, end } = match
  return entry.polarity === 'negative' && lexicon.askable.has(entry.text) && sentWrong.some((sent) => sent.start < end && start < sent.end)
}

/**
 * "I ordered a medium but got a large, can I exchange it?", สั่งไซซ์ M แต่ได้ไซซ์ L มาค่ะ
 * เปลี่ยนได้ไหมคะ: a wrong item told in a clause of its own, then a question, is a shopper asking
 * for the fix. Inside the question's own clause it is asked about ("what if I receive the wrong
 * item?"): the askable rule reads it, unless the clause goes on to ask for the fix
 * (toldThenAskedInOneClause). A question before it is a request only when it asks for the
 * fix (เปลี่ยนได้ไหมคะ ได้ไซซ์ L มาแต่สั่ง M); otherwise it is often indignation ("did you even
 * check? you sent the wrong item", "ano ba yan, wrong item na naman").
 */
function asksToPutRight(match: Match, reading: Reading): boolean {
  const { asking, fixesAsked } = reading
  if (!isWrongItem(match, reading)) return false
  if (asking[match.first]) return toldThenAskedInOneClause(match, reading)
  return asking.slice(match.last + 1).some(Boolean) || fixesAsked.some((fix) => fix.last < match.first)
}

/**
 * "you sent the wrong size can I exchange it?": chat often drops the comma, and the request then
 * shares the wrong item's clause. It is still told, then asked to be put right, when a word for
 * the fix is asked after it in that clause and nothing before it asks ("if you send the wrong
 * size can I exchange it?" stays a what-if, read by the askable rule).
 */
function toldThenAskedInOneClause(match: Match, { text, tokens, lexicon, fixesAsked }: Reading): boolean {
  const next = tokens.findIndex((token, i) => i > match.last && token.breakBefore)
  const clauseEnd = next === -1 ? tokens.length : next
  if (!fixesAsked.some((fix) => fix.first > match.last && fix.first < clauseEnd)) return false
  const opensClause = match.first === 0 || tokens[match.first]?.breakBefore === true
  if (opensClause) return true
  // Read as if the message stopped before the wrong item: does its clause ask already?
  const before = tokens.slice(0, match.first)
  return !askingTokens(text.slice(0, tokens[match.first]?.start), before, lexicon.markers).at(-1)
}

/** The words for a wrong item's fix that stand where a clause asks; looked for only when one does. */
function fixesAsked(text: string, tokens: readonly Token[], lexicon: CompiledLexicon, asking: readonly boolean[]): Found<{ text: string }>[] {
  if (!asking.includes(true)) return []
  return findPhrases(text, tokens, lexicon.fixes).filter((fix) => asking[fix.first])
}

/** The cue one matched entry raises, if any. */
function hitOf(match: Match, reading: Reading): Hit | undefined {
  const { text, tokens, lexicon, asking, ironic } = reading
  const { entry } = match
  if (entry.polarity === 'neutral') return undefined
  const inside = text.slice(tokens[match.first]?.start ?? match.start, match.start)
  const reachable = inside === '' || lexicon.fillers.has(inside)
  const negator = negatorOf(match, reading)
  const negated = negator !== undefined && !(negator.never && compares(match, negator, reading))
  if (entry.polarity === 'owed') {
    const withheld = !asking[match.first] && reachable && isWithheld(tokens, match.first, lexicon)
    return withheld ? { kind: 'negated', weight: entry.weight, detail: `¬${entry.label}` } : undefined
  }
  if (entry.polarity === 'positive') {
    // "can I return it if my son doesn't like it?": a negation in a question is a hypothetical.
    if (negated && asking[match.first]) return undefined
    if (negated) return { kind: 'negated', weight: negatedWeight(entry.weight), detail: `¬${entry.label}` }
    return ironic || isQuoted(text, match) ? undefined : { kind: 'positive', weight: -entry.weight, detail: entry.label }
  }
  // "not bad", ไม่แย่, "I don't want a refund", "I won't post it": negated, it says nothing.
  if (negated) return undefined
  // Counted at its weight here, so a closing "thanks" after it is a sign-off; asOneRequest caps it.
  if (asksToPutRight(match, reading)) return { kind: 'lexicon', weight: entry.weight, detail: entry.label, wrongItem: 'requested' }
  // "I haven't received the invoice, could you resend it?": what a question is about may come
  // before it, as background; a later clause that asks makes it asked about too.
  if (lexicon.askable.has(entry.text) && asking.slice(match.first).some(Boolean)) return undefined
  const boost = isIntensified(tokens, match, lexicon) ? INTENSIFIED : 1
  const hit: Hit = { kind: RAISES[entry.polarity], weight: Math.min(MAX_WEIGHT, entry.weight * boost), detail: entry.label }
  // Told with nothing asked in its message: the message beside it may still ask (request.ts).
  return isWrongItem(match, reading) ? { ...hit, wrongItem: 'told' } : hit
}

/**
 * "Thanks for the quick reply but the item is still broken": the thanks before a concession
 * ("but") is politeness, not calm, when a complaint follows it. Without a complaint after it
 * ("the box was dented but the item is fine, thanks") nothing changes.
 */
function withoutConcededThanks(placed: readonly Placed[], tokens: readonly Token[], lexicon: CompiledLexicon): Placed[] {
  const concession = tokens.findIndex((token) => lexicon.concessions.has(token.text))
  const complainsAfter = concession !== -1 && placed.some(({ hit, at }) => at > concession && hit.weight > 0)
  return placed.filter(({ hit, at }) => !(complainsAfter && at < concession && hit.kind === 'positive'))
}

/** A complaint at least this strong makes a closing "Thanks" a sign-off. */
const SIGN_OFF_AFTER = 0.4
/** A sign-off is a short last clause: "Thanks", "Thanks in advance for checking". */
const SIGN_OFF_TOKENS = 5
/** Only thanks sign off; "no worries", ไม่รีบค่ะ or "ang ganda po" at the end still reassure. */
const THANKS = /^(?:thanks?|thank you|thx|ty|salamat|ขอบคุณ|ຂອບໃຈ)/u

/**
 * "I received the wrong item, I ordered black and got white. Thanks": thanks alone in a short
 * last clause, after a clear complaint, is how a polite shopper signs off, not relief. The
 * complaint counts in full; thanks anywhere else still calm it.
 */
function withoutSignOffThanks(placed: readonly Placed[], tokens: readonly Token[]): Placed[] {
  let lastClause = tokens.length - 1
  while (lastClause > 0 && !tokens[lastClause]?.breakBefore) lastClause--
  if (lastClause === 0 || tokens.length - lastClause > SIGN_OFF_TOKENS) return [...placed]
  const inLast = placed.filter(({ at }) => at >= lastClause)
  const signsOff = inLast.length > 0 && inLast.every(({ hit }) => hit.kind === 'positive' && THANKS.test(hit.detail))
  const complained = placed.some(({ hit, at }) => at < lastClause && hit.weight >= SIGN_OFF_AFTER)
  return placed.filter(({ at }) => !(signsOff && complained && at >= lastClause))
}

interface AccusingClause {
  opener: Found<{ text: string }>
  /** The first token after the clause. */
  end: number
}

/** The clauses that open with an accusing word ("why", "how come"). */
function accusingClauses(text: string, tokens: readonly Token[], { accusing }: CompiledLexicon): AccusingClause[] {
  const clauseEnd = (first: number): number => {
    const next = tokens.findIndex((token, i) => i > first && token.breakBefore)
    return next === -1 ? tokens.length : next
  }
  return findPhrases(text, tokens, accusing.openers)
    .filter((opener) => opener.first === 0 || tokens[opener.first]?.breakBefore === true)
    .map((opener) => ({ opener, end: clauseEnd(opener.first) }))
}

/** One cue for the first accusing clause that names a shortfall ("why is it still…"). */
function accusingQuestion(
  text: string,
  tokens: readonly Token[],
  clauses: readonly AccusingClause[],
  { accusing }: CompiledLexicon,
): Hit | undefined {
  const shortfalls = findPhrases(text, tokens, accusing.shortfalls)
  for (const { opener, end } of clauses) {
    const shortfall = shortfalls.find((s) => s.first > opener.last && s.last < end)
    if (shortfall) return { kind: 'lexicon', weight: ACCUSING, detail: `${opener.entry.text} … ${shortfall.entry.text}` }
  }
  return undefined
}

/** The lexicon's cues in one normalised, tokenised message, and what it asks. */
export function matchLexicon(text: string, tokens: readonly Token[], source: LexiconSource): MessageCues {
  const lexicon = compile(source)
  const matches = findPhrases(text, tokens, lexicon.entries)
  // "why did my order arrive damaged?" asks nothing: a why-question presumes what went wrong.
  const clauses = accusingClauses(text, tokens, lexicon)
  const asking = askingTokens(text, tokens, lexicon.markers).map((asks, i) => asks && !clauses.some((c) => c.opener.first <= i && i < c.end))
  const reading: Reading = {
    text,
    tokens,
    lexicon,
    asking,
    fixesAsked: fixesAsked(text, tokens, lexicon, asking),
    sentWrong: matches.filter((match) => namesSentWrong(match, lexicon)),
    ironic: isIronic(text, tokens, lexicon, matches),
  }
  const placed: Placed[] = []
  const covered = new Set<number>()
  for (const match of matches) {
    for (let i = match.first; i <= match.last; i++) covered.add(i)
    const hit = hitOf(match, reading)
    if (hit) placed.push({ hit, at: match.first })
  }
  tokens.forEach((token, i) => {
    if (covered.has(i)) return
    const hit = prefixNegation(token, lexicon)
    if (hit) placed.push({ hit, at: i })
  })
  const courteous = withoutSignOffThanks(withoutConcededThanks(placed, tokens, lexicon), tokens)
  const hits = asOneRequest(
    courteous.map(({ hit }) => hit),
    (hit) => hit.wrongItem === 'requested',
  )
  const accusing = accusingQuestion(text, tokens, clauses, lexicon)
  if (accusing) hits.push(accusing)
  return { hits, asks: asking.some(Boolean), asksForFix: reading.fixesAsked.length > 0 }
}
