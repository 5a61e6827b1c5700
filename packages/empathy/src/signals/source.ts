// The shape a language lexicon is written in (lexicons/*.ts); compiled-lexicon.ts compiles it, lexicon.ts matches it.
import type { Language } from './types.ts'

/** A lexicon as written: plain phrases with weights 0..1. */
export interface LexiconSource {
  readonly lang: Language
  /** Words and phrases that say something is wrong. */
  readonly negative: Readonly<Record<string, number>>
  /** Words and phrases that say things are fine; negated, they turn negative. */
  readonly positive: Readonly<Record<string, number>>
  /**
   * What the shop owes the shopper (a reply, the parcel, a call back): alone they say nothing;
   * negated ("you didn't reply", "it never arrived") they are the complaint. Optional.
   */
  readonly owed?: readonly string[]
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
  /**
   * "Never" negates like any negator — "never disappointed" is praise, "never on time" a complaint —
   * but with a degree word it compares: "never been SO disappointed", ไม่เคยรอนานขนาดนี้ ("never
   * waited THIS long") are the complaint at its strongest. Optional.
   */
  readonly never?: {
    /** A negator that says "never" (never, ບໍ່ເຄີຍ), or a filler after a negator that makes it one (ไม่|เคย, hindi|pa). */
    readonly words: readonly string[]
    /** Degree words between "never" and its word ("never been so …"). */
    readonly degreeBefore?: readonly string[]
    /** Degree words after the word, in its clause (ขนาดนี้, "like this"). */
    readonly degreeAfter?: readonly string[]
  }
  /** Words that may stand between a negator and its word ("not VERY happy", hindi PO maganda). */
  readonly fillers: readonly string[]
  /** Words next to a negative word that make it stronger ("so slow", ช้ามาก). */
  readonly intensifiers: readonly string[]
  /** Negative or escalation entries a shopper may ask about: in a question they do not count. */
  readonly askable: readonly string[]
  /**
   * Negative entries that say the shop sent the wrong thing (แต่ได้ไซซ์, 'received the wrong').
   * Told and then followed by a question ("…, can I exchange it?") they are a shopper asking to
   * have it put right: a concern, not a complaint. Optional.
   */
  readonly fixable?: readonly string[]
  /**
   * Words that ask for that fix (exchange, เปลี่ยน, ປ່ຽນ, papalitan). A question naming one also
   * makes a wrong item told after it a request: "can I exchange it? I got an L but ordered an M".
   * A question without one does not ("did you even check? you sent the wrong item"). Optional.
   */
  readonly fixes?: readonly string[]
  /**
   * Words that ask politely with no question mark (please, รบกวน, ກະລຸນາ, paki): a fix in their
   * clause is asked for as in a question ("you sent the wrong size, please exchange it"). Only
   * fixes read them: "please refund me now" still names the refund. Optional.
   */
  readonly pleas?: readonly string[]
  /** Words that make their clause a question wherever they stand (ไหม, ບໍ, ba, if). */
  readonly questions: readonly string[]
  /** Words that make their clause a question when they open it ("can", "is", "how"). */
  readonly questionOpeners: readonly string[]
  /** Words that make the praise in their message ironic ("great, the wrong size AGAIN"). */
  readonly ironic: readonly string[]
  /**
   * Praise that is ironic when it stands alone as a message's first clause and a complaint
   * follows ("fantastic, charged twice"). Optional: not every language writes irony this way.
   */
  readonly ironicOpeners?: readonly string[]
  /**
   * How many clauses after that praise may hold the complaint (default 1). Thai and Lao set
   * clauses apart with spaces, so a sentence is several short ones: เก่งมากค่ะ รอสามอาทิตย์
   * ได้กล่องเปล่า. Optional.
   */
  readonly ironicReach?: number
  /**
   * Words that concede before a complaint ("but", pero, แต่): thanks or praise before one does
   * not calm the complaint after it ("thanks for the quick reply but it's still broken"). Optional.
   */
  readonly concessions?: readonly string[]
  /**
   * Accusing questions: a clause opened by one of `openers` ("why", "how come") that names a
   * shortfall ("still", "nobody", "again") asks nothing, it accuses ("why is nobody answering?").
   * Optional.
   */
  readonly accusing?: { readonly openers: readonly string[]; readonly shortfalls: readonly string[] }
}
