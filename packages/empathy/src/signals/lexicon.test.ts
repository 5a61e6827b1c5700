import { describe, expect, it } from 'vitest'
import type { Hit } from './hit.ts'
import { matchLexicon } from './lexicon.ts'
import type { LexiconSource } from './source.ts'
import { ar } from './lexicons/ar.ts'
import { en } from './lexicons/en.ts'
import { fil } from './lexicons/fil.ts'
import { id } from './lexicons/id.ts'
import { lo } from './lexicons/lo.ts'
import { th } from './lexicons/th.ts'
import { normalize } from './normalize.ts'
import { tokenize } from './segment.ts'

const hits = (text: string, lexicon: LexiconSource): Hit[] => {
  const n = normalize(text)
  return matchLexicon(n, tokenize(n), lexicon).hits
}
const kinds = (text: string, lexicon: LexiconSource): string[] => hits(text, lexicon).map((h) => h.kind)

describe('matchLexicon', () => {
  it('a negator flips a positive word in every language', () => {
    expect(kinds('I am not happy with this', en)).toEqual(['negated'])
    expect(kinds('not very happy', en)).toEqual(['negated'])
    expect(kinds('ไม่พอใจค่ะ', th)).toEqual(['negated'])
    expect(kinds('ไม่ค่อยพอใจเลย', th)).toEqual(['negated'])
    expect(kinds('hindi po maganda', fil)).toEqual(['negated'])
    expect(kinds('di ako masaya', fil)).toEqual(['negated'])
    expect(kinds('ບໍ່ພໍໃຈ', lo)).toEqual(['negated']) // one ICU segment: prefix negation
    expect(kinds('ບໍ່ດີເລີຍ', lo)).toEqual(['negated']) // two segments
  })
  it('a negator cancels a negative word ("not bad")', () => {
    expect(kinds('not bad', en)).toEqual([])
    expect(kinds('ไม่แย่นะ', th)).toEqual([])
    expect(kinds('hindi masama', fil)).toEqual([])
    expect(kinds('ບໍ່ແຍ່', lo)).toEqual([])
  })
  it('does not negate across punctuation or a Thai/Lao phrase space', () => {
    expect(kinds('No. Good job', en)).toEqual(['positive'])
    // Lao ends a question with ບໍ່; after the space it must not cancel ລໍຖ້າດົນ (waited long).
    expect(hits('ຕອບແດ່ໄດ້ບໍ່ ລໍຖ້າດົນແລ້ວ', lo).map((h) => h.detail)).toContain('ລໍຖ້າດົນ')
  })
  it('matches only on word boundaries (ดี is not in สวัสดี, fine is not in refined)', () => {
    expect(kinds('สวัสดีค่ะ', th)).toEqual([])
    expect(kinds('refined sugar', en)).toEqual([])
  })
  it('finds asks for a manager, a human, a refund', () => {
    expect(kinds('can I talk to a real person', en)).toEqual(['escalation'])
    expect(kinds('ขอคุยกับหัวหน้าหน่อย', th)).toEqual(['escalation'])
    expect(kinds('ขอเงินคืนค่ะ', th)).toEqual(['escalation'])
    expect(kinds('tao po?', fil)).toEqual(['escalation'])
    expect(kinds('ຂໍເງິນຄືນແດ່', lo)).toEqual(['escalation'])
  })
  it('counts a phrase inside a longer one once, but two overlapping complaints twice', () => {
    expect(hits('ยังไม่ได้รับของ', th).map((h) => h.detail)).toEqual(['ยังไม่ได้รับ'])
    expect(hits('ทำไมไม่ตอบ', th).map((h) => h.detail)).toEqual(['ทำไมไม่', 'ไม่ตอบ'])
  })
  it('makes an intensified word stronger', () => {
    const plain = hits('slow', en)[0]?.weight ?? 0
    expect(hits('so slow', en)[0]?.weight).toBeGreaterThan(plain)
    expect(hits('ช้ามาก', th)[0]?.weight).toBeGreaterThan(hits('ช้า', th)[0]?.weight ?? 1)
  })
  it('ends a Thai entry written with a Latin letter or a digit on a whole word (แต่ได้ m, 1 ดาว)', () => {
    expect(hits('สั่ง M แต่ได้ L มา', th).map((h) => h.detail)).toEqual(['แต่ได้ l'])
    expect(kinds('ขอบคุณค่ะ แต่ได้ line ของร้านแล้วนะคะ', th)).toEqual(['positive'])
    expect(kinds('รีวิว 1 ดาว', th)).toEqual(['complaint'])
    expect(kinds('ได้ 11 ดาวเลย', th)).toEqual([])
  })
  it('survives ICU gluing a Thai particle onto the word before it (โอเคนะ → โอ|เคน|ะ)', () => {
    expect(kinds('ของไม่โอเคนะ', th)).toEqual(['lexicon'])
  })
  it('every lexicon entry matches itself', () => {
    for (const lexicon of [en, th, fil, lo, id, ar]) {
      const { negative, positive, escalation, complaint, abuse } = lexicon
      for (const entry of [negative, positive, escalation, complaint, abuse].flatMap((record) => Object.keys(record))) {
        expect(hits(entry, lexicon).length, `${lexicon.lang}: ${entry}`).toBeGreaterThan(0)
      }
    }
  })
})
