import { describe, expect, it } from 'vitest'
import { detectFrustration } from '../detect.ts'

// Thai as shoppers in Bangkok and Chiang Mai type it to a shop: chat slang (ไร for อะไร, งง),
// sarcasm that opens with praise, and complaints so polite they never raise the voice.
const level = (text: string) => detectFrustration([text]).level

const FRUSTRATED = [
  // slang: baffled by the shop, "say one thing, do another", ไร for อะไร
  'งงกับร้านนี้มาก บอกอย่างทำอย่าง',
  'ไรเนี่ย สั่งสีแดงได้สีชมพู',
  // sarcasm: praise standing alone before the complaint calms nothing
  'เก่งจังเลยค่ะ ลืมส่งของลูกค้า 555',
  'เยี่ยมมาก รอต่ออีกอาทิตย์',
  // polite: thanks before แต่, asking again, dunning
  'ขอบคุณค่ะ แต่ของยังไม่มาเลยนะคะ',
  'รบกวนช่วยตรวจสอบอีกครั้งนะคะ เพราะแจ้งไปแล้วแต่ยังไม่มีความคืบหน้าเลย',
  'ขออนุญาตทวงถามนะคะ สั่งไปสองอาทิตย์แล้วค่ะ',
  // a promise set against the days gone; a phone told dead with เลย, then a question
  'บอกว่าได้ภายในสามวัน นี่อาทิตย์นึงแล้ว',
  'เบอร์ร้านโทรไม่ติดเลย จะติดต่อยังไงคะ',
  'เงินโดนตัดแล้วแต่ไม่มีออเดอร์',
  'ส่งของมาแบบนี้ได้ยังไงคะ กล่องเละหมด',
]

const CALM = [
  // ขยะ is waste here, เซ็ง the shopper's own slip, ปวดหัว a shopper at a pharmacy
  'ไม่ต้องใส่กล่องนะคะ ลดขยะ',
  'เซ็งตัวเองที่กดผิด ขอยกเลิกได้ไหมคะ',
  'ปวดหัวค่ะ มียาแก้ปวดไหมคะ',
  // baffled, asking; praise with nothing wrong after it; a wait allowed
  'งงนิดหน่อยค่ะ ต้องกดตรงไหนเพื่อใช้คูปอง',
  'เก่งมากค่ะ ส่งไวมาก',
  'ถ้าของแตกมาเคลมได้ไหมคะ',
  'ช้าหน่อยก็ได้ค่ะ ขอให้ของครบ',
]

describe('Thai chat', () => {
  it('reads slang, sarcasm and polite complaints as frustrated', () => {
    for (const text of FRUSTRATED) expect(level(text), text).toBe('frustrated')
  })
  it('reads the same words in a calm message as calm', () => {
    for (const text of CALM) expect(level(text), text).toBe('calm')
  })
})

describe('Thai chat, round three', () => {
  it('reads a bot-like admin, a wait long enough to forget, a double charge, Isan บ่ and sarcasm two clauses on as frustrated', () => {
    for (const text of ['ตอบเหมือนบอทเลย ไม่ได้ช่วยอะไร', 'รอจนจะลืมแล้วค่ะ', 'โดนหักเงินซ้ำค่ะ', 'บ่ได้รับของเลย', 'สุดยอดค่ะ รอสองอาทิตย์ ได้ของแตกมา'])
      expect(level(text), text).toBe('frustrated')
  })
  it('reads ป่ะ as a question, a worry before buying and บ่าย as calm', () => {
    for (const text of ['ของปลอมป่ะคะ', 'ถ้าไม่เหมือนรูปคืนได้ไหมคะ', 'ไปรับตอนบ่ายสองได้ไหมคะ', 'ตกลงจะส่งแบบด่วนนะคะ']) expect(level(text), text).toBe('calm')
  })
})
