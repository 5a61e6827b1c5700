/**
 * Languages with a curated lexicon. Filipino (`fil`) includes Taglish; Indonesian (`id`) and Malay
 * (`ms`) their chat registers, Malay with Manglish; Arabic (`ar`) the Gulf, Egypt, the Levant and MSA.
 */
export type Language = 'en' | 'th' | 'fil' | 'lo' | 'id' | 'ms' | 'ar'

/** What the agent is shown: a signal, not a diagnosis (EMPATHY.md § Signals). */
export type FrustrationLevel = 'calm' | 'concerned' | 'frustrated'

/** The reasons a score moved. One doc line each; weights < 0 pull the score down. */
export const CUE_KINDS = {
  /** A negative word or phrase from the language lexicon ("terrible", ห่วย, nakakainis, ຄຽດ). */
  lexicon: 'lexicon',
  /** A positive word under a negator ("not happy", ไม่พอใจ, hindi maganda, ບໍ່ພໍໃຈ). */
  negated: 'negated',
  /** Asks for a manager, a real person, a refund or a cancellation. */
  escalation: 'escalation',
  /** Negative emoji or emoticons (😡 😤 👎 :( ). */
  emoji: 'emoji',
  /** A large share of CAPITAL letters in Latin text of some length. */
  capitals: 'capitals',
  /** Runs of `!!!`, `???` or `?!`. */
  punctuation: 'punctuation',
  /** Stretched letters ("sooooo", นานมากกกก, ບໍ່ໄດ້ແລ້ວວວ). */
  stretching: 'stretching',
  /** The same or nearly the same message sent again. */
  repetition: 'repetition',
  /** Several shopper messages while the agent is silent (from context). */
  burst: 'burst',
  /** The shopper's last message has waited long for a reply (from context). */
  waiting: 'waiting',
  /** Positive words or emoji (thanks, ขอบคุณ, salamat, ຂອບໃຈ, 😊); weight < 0. */
  positive: 'positive',
  /** Laughter (555, ຫຫຫ, hahaha, 😂); weight < 0. */
  laughter: 'laughter',
  /**
   * A threat to take it public or to an authority: a bad review, social media, a consumer
   * protection office, a lawyer or the police. A separate risk a manager may be alerted to; it
   * also adds to the score (0.5–0.65, enough for `frustrated` alone), since a shopper who threatens
   * is frustrated. Negated ("I won't leave a bad review") it is not raised.
   */
  complaint: 'complaint',
  /** Insults or crude abuse aimed at the agent or the store; flagged to the agent; adds 0.55–0.85. */
  abuse: 'abuse',
} as const

export type CueKind = (typeof CUE_KINDS)[keyof typeof CUE_KINDS]

export interface FrustrationCue {
  kind: CueKind
  /** 0..1 for cues that raise the score, −1..0 for cues that calm it. */
  weight: number
  /** What triggered it, for the agent: "4 min", "×2", "terrible, late". */
  detail?: string
}

export interface FrustrationSignal {
  level: FrustrationLevel
  /** 0..1, see `combineCues`. */
  score: number
  /** Strongest first. */
  cues: FrustrationCue[]
  language?: Language
}

export interface FrustrationContext {
  /** How long the shopper's last message has had no agent reply. */
  waitingSeconds?: number
  /** Shopper messages sent since the agent last replied. */
  messagesSinceAgentReply?: number
  /** A hint (`th`, `fil-PH`, `lo`…); the script decides when absent. */
  locale?: string
}
