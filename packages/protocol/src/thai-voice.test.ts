import { describe, expect, it } from 'vitest'
import { inThaiVoice, ThaiVoice } from './thai-voice.ts'

describe('inThaiVoice', () => {
  it('leaves the female voice as written', () => {
    expect(inThaiVoice('สวัสดีค่ะ มีอะไรให้ช่วยไหมคะ', ThaiVoice.Female)).toBe('สวัสดีค่ะ มีอะไรให้ช่วยไหมคะ')
  })

  it('speaks ครับ for a statement, a question and after นะ in the male voice', () => {
    expect(inThaiVoice('สวัสดีค่ะ มีอะไรให้ช่วยไหมคะ', ThaiVoice.Male)).toBe('สวัสดีครับ มีอะไรให้ช่วยไหมครับ')
    expect(inThaiVoice('ขอบคุณที่รอนะคะ', ThaiVoice.Male)).toBe('ขอบคุณที่รอนะครับ')
    expect(inThaiVoice('ขออภัยค่ะที่สินค้ามีปัญหา', ThaiVoice.Male)).toBe('ขออภัยครับที่สินค้ามีปัญหา')
  })

  it('drops the particle in the neutral voice, keeping นะ', () => {
    expect(inThaiVoice('สวัสดีค่ะ มีอะไรให้ช่วยไหมคะ', ThaiVoice.Neutral)).toBe('สวัสดี มีอะไรให้ช่วยไหม')
    expect(inThaiVoice('ขอถามหน่อยนะคะ ตอนนี้รู้สึกยังไงบ้างคะ', ThaiVoice.Neutral)).toBe('ขอถามหน่อยนะ ตอนนี้รู้สึกยังไงบ้าง')
    expect(inThaiVoice('ส่งได้ไม่เกิน 10 MB นะคะ', ThaiVoice.Neutral)).toBe('ส่งได้ไม่เกิน 10 MB นะ')
    expect(inThaiVoice('ขออภัยจริง ๆ ค่ะที่ให้รอ', ThaiVoice.Neutral)).toBe('ขออภัยจริง ๆ ที่ให้รอ')
  })

  it('speaks the particle a clause goes on after (ไหมคะว่า…, นะคะว่า…), as the suggestion catalog writes it', () => {
    // The inbox's suggestions (inbox/src/suggestions/th.ts) that left คะ in the male and neutral voices.
    const texts = [
      'เรื่องนี้ขอดูแลต่อเองนะคะ รบกวนเล่าให้ฟังหน่อยได้ไหมคะว่าเกิดอะไรขึ้น',
      'ยินดีช่วยค่ะ รบกวนเล่าเพิ่มอีกนิดได้ไหมคะว่าเกิดอะไรขึ้น',
      'เข้าใจค่ะ ขอดูก่อนนะคะว่าตอนนี้ช่วยอะไรได้บ้าง ถ้าจำเป็นจะแจ้งหัวหน้าให้ค่ะ',
      'สะดวกไหมคะถ้าจะโทรกลับ',
    ]
    for (const text of texts) {
      expect(inThaiVoice(text, ThaiVoice.Male), text).not.toMatch(/ค่ะ|คะ(?!แนน|น้า)/)
      expect(inThaiVoice(text, ThaiVoice.Neutral), text).not.toMatch(/ค่ะ|คะ(?!แนน|น้า)|ครับ/)
    }
    expect(inThaiVoice(texts[0]!, ThaiVoice.Male)).toBe('เรื่องนี้ขอดูแลต่อเองนะครับ รบกวนเล่าให้ฟังหน่อยได้ไหมครับว่าเกิดอะไรขึ้น')
    expect(inThaiVoice(texts[2]!, ThaiVoice.Neutral)).toBe('เข้าใจ ขอดูก่อนนะว่าตอนนี้ช่วยอะไรได้บ้าง ถ้าจำเป็นจะแจ้งหัวหน้าให้')
  })

  it('never touches a word that begins with คะ, nor a text in another language', () => {
    expect(inThaiVoice('เช็กคะแนนสะสมได้ไหมคะ', ThaiVoice.Male)).toBe('เช็กคะแนนสะสมได้ไหมครับ')
    expect(inThaiVoice('ทีมเราชนะคะแนนโหวตค่ะ', ThaiVoice.Neutral)).toBe('ทีมเราชนะคะแนนโหวต')
    expect(inThaiVoice('ผัดคะน้าหมดแล้วนะคะ', ThaiVoice.Male)).toBe('ผัดคะน้าหมดแล้วนะครับ')
    expect(inThaiVoice('ให้คะแนนหน่อยนะคะ', ThaiVoice.Male)).toBe('ให้คะแนนหน่อยนะครับ')
    expect(inThaiVoice('ให้คะแนนหน่อยนะคะ', ThaiVoice.Neutral)).toBe('ให้คะแนนหน่อยนะ')
    expect(inThaiVoice('Thanks for waiting.', ThaiVoice.Neutral)).toBe('Thanks for waiting.')
  })
})
