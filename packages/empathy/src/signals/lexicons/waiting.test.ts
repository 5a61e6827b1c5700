import { describe, expect, it } from 'vitest'
import { detectFrustration } from '../detect.ts'

// A complaint about waiting reads the same in English, Thai and Lao (Filipino: fil.test.ts);
// thanks for waiting, a short wait, a wait worth it and a question about a wait stay calm.
const level = (text: string) => detectFrustration([text]).level

/** [English, Thai, Lao]: one complaint about waiting. */
const SAME_COMPLAINT: readonly (readonly [string, string, string])[] = [
  ["I've never waited this long", 'ไม่เคยรอนานขนาดนี้', 'ບໍ່ເຄີຍລໍຖ້າດົນຂະໜາດນີ້'],
  ['I have never had to wait this long for an order', 'ไม่เคยต้องรอนานขนาดนี้', 'ບໍ່ເຄີຍຕ້ອງລໍຖ້າດົນຂະໜາດນີ້'],
  ['why is this taking so long?', 'ทำไมนานจัง', 'ເປັນຫຍັງດົນແທ້'],
  ["I've been waiting for ages", 'รอนานมาก', 'ລໍຖ້າດົນຫຼາຍ'],
  ['still waiting', 'ยังรออยู่เลย', 'ຍັງລໍຖ້າຢູ່'],
  ["it's been 3 hours", 'รอมา 3 ชั่วโมงแล้ว', 'ລໍຖ້າມາ 3 ຊົ່ວໂມງແລ້ວ'],
  ["it's been several hours", 'รอมาหลายชั่วโมงแล้ว', 'ລໍຖ້າຫຼາຍຊົ່ວໂມງແລ້ວ'],
  ["it's been an hour", 'รอเป็นชั่วโมงแล้ว', 'ລໍຖ້າເປັນຊົ່ວໂມງແລ້ວ'],
  ['I waited all day', 'รอทั้งวันแล้ว', 'ລໍຖ້າໝົດມື້ແລ້ວ'],
  ["I've been waiting since earlier", 'รอตั้งแต่เมื่อกี้แล้ว', 'ລໍຖ້າແຕ່ເມື່ອກີ້ແລ້ວ'],
  ["I still haven't got it", 'ยังไม่ได้อีก', 'ຍັງບໍ່ໄດ້ອີກ'],
]

const CALM = [
  'thanks for waiting',
  'it was worth the wait',
  "I didn't wait long",
  "I didn't wait this long",
  'how long does shipping take?',
  'is it normal to wait this long?',
  'the sale ends in 3 hours',
  'ขอบคุณที่รอนะคะ',
  'รอไม่นานเลย',
  'ส่งกี่วันคะ',
  'ต้องรอเป็นชั่วโมงไหมคะ',
  'ต้องรอทั้งวันไหมคะ',
  'อีก 3 ชั่วโมงจะหมดโปรแล้ว',
  'ຂອບໃຈທີ່ລໍຖ້າ',
  'ລໍຖ້າບໍ່ດົນ',
  'ສົ່ງຈັກມື້ຮອດ',
  'ຕ້ອງລໍຖ້າຫຼາຍຊົ່ວໂມງບໍ',
  'ຕ້ອງລໍຖ້າໝົດມື້ບໍ',
  'ອີກ 3 ຊົ່ວໂມງໂປຣຈະໝົດແລ້ວ',
]

// The hours waited, told as the reason for a question, are not yet a complaint.
const ASKS_AFTER_A_WAIT = ["it's been 2 hours since I ordered, can I still change the address?", "it's been an hour, is my order confirmed?"]

describe('waiting complaints in English, Thai and Lao', () => {
  it('reads a complaint about waiting as frustrated in all three languages', () => {
    for (const complaint of SAME_COMPLAINT) {
      expect(complaint.map(level), complaint[0]).toEqual(['frustrated', 'frustrated', 'frustrated'])
    }
  })
  it('reads thanks for waiting, a short wait, a wait worth it and a question about a wait as calm', () => {
    for (const text of CALM) expect(level(text), text).toBe('calm')
  })
  it('reads a question asked after a wait as short of frustrated', () => {
    for (const text of ASKS_AFTER_A_WAIT) expect(level(text), text).not.toBe('frustrated')
  })
})
