/**
 * How a store's widget, or a person's suggested replies, end a Thai sentence (issue 16). Thai marks
 * politeness with a particle that also says who speaks: ค่ะ/คะ for a woman, ครับ for a man; many shops
 * write without one. Texts are written in the female voice (the default, what every store had
 * before): ค่ะ closes a statement, คะ a question or follows นะ.
 */
export const ThaiVoice = {
  /** ค่ะ and คะ. */
  Female: 'female',
  /** ครับ for both. */
  Male: 'male',
  /** No particle: the sentence stands as it is, its นะ or กรุณา keeping it polite. */
  Neutral: 'neutral',
} as const
export type ThaiVoice = (typeof ThaiVoice)[keyof typeof ThaiVoice]

// A literal, not Object.values(ThaiVoice): a bundle that imports only inThaiVoice drops it.
export const THAI_VOICES = ['female', 'male', 'neutral'] as const satisfies readonly ThaiVoice[]

/**
 * A text written in the female voice, in `voice`. Texts never put a particle between two spaces or
 * after a last one, so the neutral voice, dropping it, strands none (the catalogs' tests check).
 */
export function inThaiVoice(text: string, voice: ThaiVoice): string {
  // ค่ะ is only ever the particle. คะ also begins words (คะแนน score, คะน้า kale), so it is the
  // particle where no such word goes on: before anything but a Thai letter, before ว่า
  // (ได้ไหมคะว่า…), or after ไหม/มั้ย/นะ (นะคะที่…) but for ชนะคะแนน. Inline and short: every
  // shopper’s panel carries it (decision 014).
  return voice === 'female' ? text : text.replace(/ค่ะ|คะ(?=ว่า|[^ก-๎]|$)|(?<=ไหม|มั้ย|นะ)คะ(?!แนน)/g, voice === 'male' ? 'ครับ' : '')
}
