import { describe, expect, it } from 'vitest'
import { detectFrustration } from '../detect.ts'
import { FRUSTRATION_THRESHOLDS } from '../score.ts'

// "You sent the wrong size" and "can I exchange it?": mild blame, but a polite request for the fix.
// However the shopper orders the two, in one message or two, it reads as a concern, as "Can I
// exchange this? I received the wrong item" does. "wrong size" here is what the shop sent, not the
// shopper's own fit. Blaming the shop for always sending the wrong thing, anger, "again" or an
// order stay a complaint; a what-if and the shopper's own slip stay calm.
const reading = (texts: readonly string[]) => {
  const { level, score } = detectFrustration(texts)
  return { level, score }
}
const CONCERNED = { level: 'concerned', score: FRUSTRATION_THRESHOLDS.concerned }

/** [the wrong item told, the polite request, how the two join in one message] */
const POLITE: readonly (readonly [string, string, string])[] = [
  ['you sent the wrong size', 'can I exchange it?', ', '],
  ['You sent me the wrong colour', 'could I exchange it please?', '. '],
  ['I received the wrong size', 'can I exchange it?', ', '],
  ['ร้านส่งไซซ์ผิดมาค่ะ', 'ขอเปลี่ยนได้ไหมคะ', ' '],
  ['ส่งผิดไซซ์มาค่ะ', 'เปลี่ยนได้ไหมคะ', ' '],
  ['ສົ່ງໄຊຜິດມາເຈົ້າ', 'ປ່ຽນໄດ້ບໍ່ເຈົ້າ', ' '],
  ['mali po yung size na pinadala nyo', 'pwede po bang papalitan?', ', '],
]

/** Every way the two go out: told first or asked first, in one message or in two. */
const orders = (told: string, asked: string, join: string): readonly (readonly string[])[] => [
  [`${told}${join}${asked}`],
  [`${asked} ${told}`],
  [told, asked],
  [asked, told],
]

/** Chat often drops the comma: the request then shares the wrong item's clause. */
const NO_COMMA = [
  'you sent the wrong size can I exchange it?',
  'I received the wrong item can I exchange it?',
  'mali po yung size na dumating pwede po bang papalitan?',
]

/** [messages, what makes it a complaint] */
const ANGRY: readonly (readonly [readonly string[], string])[] = [
  [['you ALWAYS send the wrong size, exchange it now'], 'always, an order'],
  [['you always send the wrong size, can I exchange it?'], 'always sends the wrong thing'],
  [['you keep sending me the wrong size, can I exchange it?'], 'keeps sending the wrong thing'],
  [['you always send the wrong size', 'exchange it now'], 'always, an order, in two messages'],
  [['you sent the wrong size AGAIN', 'can I exchange it?'], 'again'],
  [['you sent the wrong size again can I exchange it?'], 'again, with no comma'],
  [['you sent the wrong size, this is ridiculous, can I exchange it?'], 'ridiculous'],
  [['ส่งไซซ์ผิดมาอีกแล้ว เปลี่ยนให้ด้วย'], 'อีกแล้ว: again'],
  [['ร้านส่งไซซ์ผิดมาตลอดเลย', 'เปลี่ยนได้ไหม'], 'ตลอด: always'],
  [['ສົ່ງໄຊຜິດມາອີກແລ້ວ ປ່ຽນໄດ້ບໍ່'], 'ອີກແລ້ວ: again'],
  [['ເປັນຫຍັງສົ່ງໄຊຜິດມາຕະຫຼອດ', 'ປ່ຽນໄດ້ບໍ່'], 'ເປັນຫຍັງ…ຕະຫຼອດ: "why always"'],
  [['lagi na lang mali ang size na pinadala nyo, pwede bang papalitan?'], 'lagi na lang: every single time'],
  [['mali na naman yung size na pinadala nyo', 'pwede bang papalitan?'], 'na naman: again'],
]

// Asked about before it happens, or the wrong size the shopper chose: a question, with or without a comma.
const CALM = [
  'if you send the wrong size can I exchange it?',
  'what if I received the wrong item can I exchange it?',
  'kung mali yung size na dumating pwede bang papalitan?',
  'this is the wrong size for me, can I exchange it?',
  'I ordered the wrong size, can I exchange it?',
]

/**
 * [the request, the fault told after it]: a fault a shopper may also ask about (wrong size, broken)
 * asked to be put right first reads as it reads told first ("wrong size, can I exchange it?").
 */
const FAULT_AFTER: readonly (readonly [string, string])[] = [
  ['can I exchange it?', 'wrong size'],
  ['could I swap it?', 'wrong colour sent'],
  ['can you replace it?', 'arrived broken'],
  ['pwede po bang papalitan?', 'sira po pagdating'],
  ['เปลี่ยนได้ไหมคะ', 'ของพังมาค่ะ'],
  ['ขอเปลี่ยนได้ไหมคะ', 'สินค้าชำรุดค่ะ'],
  ['ປ່ຽນໄດ້ບໍເຈົ້າ', 'ເຄື່ອງເປ່ເພ'],
  ['bisa ditukar kak?', 'barangnya rusak'],
  ['bisa tukar gak kak?', 'pecah pas sampai'],
]

// The request first, then an if-clause: the wrong item is a what-if, as it is with the if-clause first.
const WHAT_IF_AFTER = [
  'can I exchange it if you sent the wrong size',
  'can I return it in case you sent the wrong one',
  'what if you sent me the wrong item?',
  'pwede po bang papalitan kung maling item ang dumating?',
  'เปลี่ยนไซซ์ได้ไหมคะ ถ้าร้านส่งผิดมา',
  'ປ່ຽນໄດ້ບໍ ຖ້າຮ້ານສົ່ງໄຊຜິດມາ',
  'bisa ditukar kalau tokonya salah kirim?',
]

describe('a wrong item the shop sent and a polite request, in any order', () => {
  it('reads every order of a polite request as concerned, as "Can I exchange this? I received the wrong item" reads', () => {
    expect(reading(['Can I exchange this? I received the wrong item'])).toEqual(CONCERNED)
    for (const [told, asked, join] of POLITE) {
      for (const texts of orders(told, asked, join)) expect(reading(texts), texts.join(' ⏎ ')).toEqual(CONCERNED)
    }
  })
  it('reads the request as concerned when the comma before it is left out', () => {
    for (const text of NO_COMMA) expect(reading([text]), text).toEqual(CONCERNED)
  })
  it('keeps blame for always sending the wrong thing, anger or "again" frustrated', () => {
    for (const [texts, why] of ANGRY) expect(reading(texts).level, `${texts.join(' ⏎ ')} (${why})`).toBe('frustrated')
  })
  it('keeps a what-if and the shopper’s own choice calm', () => {
    for (const text of CALM) expect(reading([text]).level, text).toBe('calm')
  })
  it('reads a fault told after the request for its fix as concerned, in one message as in two', () => {
    for (const [asked, told] of FAULT_AFTER) {
      expect(reading([`${asked} ${told}`]), `${asked} ${told}`).toEqual(CONCERNED)
      expect(reading([asked, told]), `${asked} ⏎ ${told}`).toEqual(CONCERNED)
    }
  })
  it('keeps a wrong item in an if-clause after the request calm: it asks', () => {
    for (const text of WHAT_IF_AFTER) expect(reading([text]).level, text).toBe('calm')
  })
})
