// Matches a language lexicon (compiled-lexicon.ts) against one normalised message: phrases
// (find.ts), negation and intensifiers (negation.ts), the words a question only asks about
// (asking.ts, accusing.ts), irony (irony.ts), a wrong item asked to be put right (wrong-item.ts)
// and thanks that do not calm (thanks.ts). Each matched entry's cue is decided in hitOf.
import { accusingClauses, accusingQuestion } from './accusing.ts'
import { askingTokens } from './asking.ts'
import { compile, type Match } from './compiled-lexicon.ts'
import { findPhrases } from './find.ts'
import type { Hit, MessageCues, Placed } from './hit.ts'
import { isIronic, isQuoted } from './irony.ts'
import { compares, isIntensified, isWithheld, MAX_WEIGHT, negatedWeight, negatorOf, prefixNegation } from './negation.ts'
import type { Reading } from './reading.ts'
import { asOneRequest } from './request.ts'
import type { Token } from './segment.ts'
import type { LexiconSource } from './source.ts'
import { withoutConcededThanks, withoutSignOffThanks } from './thanks.ts'
import type { CueKind } from './types.ts'
import { asksToPutRight, fixesAsked, isAskedAbout, isWrongItem, namesSentWrong } from './wrong-item.ts'

/** The cue a matched entry raises, for the polarities that raise one as they are. */
const RAISES: Readonly<Record<'negative' | 'escalation' | 'complaint' | 'abuse', CueKind>> = {
  negative: 'lexicon',
  escalation: 'escalation',
  complaint: 'complaint',
  abuse: 'abuse',
}

const INTENSIFIED = 1.3

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
  // "can I exchange it if you sent the wrong size": a what-if, asked about as "what if it is late?" is.
  if (isAskedAbout(match, reading)) return undefined
  // "I haven't received the invoice, could you resend it?": what a question is about may come
  // before it, as background; a later clause that asks makes it asked about too.
  const askable = lexicon.askable.has(entry.text)
  if (askable && asking.slice(match.first).some(Boolean)) return undefined
  const boost = isIntensified(tokens, match, lexicon) ? INTENSIFIED : 1
  const hit: Hit = { kind: RAISES[entry.polarity], weight: Math.min(MAX_WEIGHT, entry.weight * boost), detail: entry.label }
  // "the item is broken, please replace it", "can I exchange it? wrong size": no question to make
  // it background, but its fix is asked for, before it or after; a concern, as a wrong item asked
  // to be put right is (asOneRequest caps it).
  if (askable && reading.fixesAsked.some((fix) => fix.first > match.last || fix.last < match.first)) return { ...hit, wrongItem: 'requested' }
  // Told with nothing asked in its message: the message beside it may still ask (request.ts).
  if (isWrongItem(match, reading)) return { ...hit, wrongItem: 'told' }
  return askable ? { ...hit, fault: true } : hit
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
  // A plea for the fix asks too, with no question mark ("please exchange it").
  const asksForFix = reading.fixesAsked.length > 0
  return { hits, asks: asksForFix || asking.some(Boolean), asksForFix }
}
