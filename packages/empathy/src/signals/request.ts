// A wrong item the shop sent, and a shopper asking to have it put right: a concern, not a
// complaint. wrong-item.ts finds the request inside one message and marks the wrong item it names;
// here it is counted once, and found across two messages, the way people type on phones.
import type { Hit, MessageCues } from './hit.ts'
import { FRUSTRATION_THRESHOLDS } from './score.ts'

/**
 * A polite request to put a wrong item right reaches `concerned` and no further alone, however
 * many ways it names what came. Anything else still adds to it (อีกแล้ว, "terrible", !!!, a
 * wait), and then it is a complaint again.
 */
const PUT_RIGHT = FRUSTRATION_THRESHOLDS.concerned

/** The hits `isRequest` picks, as one cue that stops at `concerned`; the others as they are. */
export function asOneRequest(hits: readonly Hit[], isRequest: (hit: Hit) => boolean): Hit[] {
  const requests = hits.filter(isRequest)
  if (requests.length === 0) return [...hits]
  const weight = Math.min(PUT_RIGHT, Math.max(...requests.map((hit) => hit.weight)))
  const detail = [...new Set(requests.map((hit) => hit.detail))].join(', ')
  return [...hits.filter((hit) => !isRequest(hit)), { kind: 'lexicon', weight, detail, wrongItem: 'requested' }]
}

const namesWrongItem = (hit: Hit): boolean => hit.wrongItem !== undefined

/** An order number or a photo says nothing either way: it stands between no two messages. */
const saysSomething = (message: MessageCues): boolean => message.hits.length > 0 || message.asks

/** The nearest message after `at` (step 1) or before it (step −1) that says something. */
function beside(messages: readonly MessageCues[], at: number, step: 1 | -1): MessageCues | undefined {
  for (let i = at + step; i >= 0 && i < messages.length; i += step) {
    const message = messages[i]
    if (message && saysSomething(message)) return message
  }
  return undefined
}

/**
 * "I ordered M but got L" ⏎ "can I exchange it?": on a phone one request often goes out as two
 * messages. A wrong item told in one message is asked to be put right by a question in the next,
 * or by a question for the fix in the one before ("can I exchange it?" ⏎ "I received the wrong
 * item"), as it would be inside one message. A fault a shopper may ask about ("wrong size" ⏎ "can
 * I exchange it?") is put right only by a request for its fix: "late" ⏎ "where is it?" still
 * complains. Each message's hits, so read.
 */
export function requestsAcrossMessages(messages: readonly MessageCues[]): (readonly Hit[])[] {
  return messages.map(({ hits }, i) => {
    const next = beside(messages, i, 1)
    const fixAsked = next?.asksForFix === true || beside(messages, i, -1)?.asksForFix === true
    const asked = fixAsked || next?.asks === true
    const isRequest = (hit: Hit): boolean => (asked && namesWrongItem(hit)) || (fixAsked && hit.fault === true)
    return hits.some(isRequest) ? asOneRequest(hits, isRequest) : hits
  })
}
