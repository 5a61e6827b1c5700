// One message as the lexicon's rules read it: its words, the compiled lexicon, and what is worked
// out once for the whole message (which clauses ask, what says the shop sent the wrong thing).
import type { CompiledLexicon, Match } from './compiled-lexicon.ts'
import type { Found } from './find.ts'
import type { Token } from './segment.ts'

export interface Reading {
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
