// A cue found in one message, and what matching a lexicon against the message yields (lexicon.ts).
import type { CueKind } from './types.ts'

/** A lexicon hit on one message, before recency and aggregation. */
export interface Hit {
  kind: CueKind
  weight: number
  detail: string
  /**
   * A wrong item the shop sent (source.ts `fixable`): told, or asked to be put right (request.ts).
   * Any fault whose fix is asked for after it is `requested` too ("broken, please replace it").
   */
  wrongItem?: 'told' | 'requested'
  /**
   * A fault a shopper may ask about (source.ts `askable`: "wrong size", "broken"), told with
   * nothing asked after it: a request for its fix in the next message puts it right (request.ts).
   */
  fault?: true
}

/** One message's cues, and what it asks: a wrong item told in the message beside it hears that (request.ts). */
export interface MessageCues {
  hits: Hit[]
  /** A clause asks something ("could you send the one I ordered?", เปลี่ยนได้ไหมคะ). */
  asks: boolean
  /** A clause asks for a wrong item's fix ("can I exchange it?", ປ່ຽນໄດ້ບໍ່). */
  asksForFix: boolean
}

/** A cue and the token it starts at. */
export interface Placed {
  hit: Hit
  at: number
}
