import { describe, expect, it } from 'vitest'
import { detectFrustration } from './detect.ts'
import type { CueKind } from './types.ts'

// The follow-up, alert and agent-care work read exactly `cues.some((c) => c.kind === …)`.
const cue = (text: string, kind: CueKind) => detectFrustration([text]).cues.find((c) => c.kind === kind)

const COMPLAINTS = {
  en: [
    ['I will leave a 1 star review if this is not fixed today', '1 star'],
    ['fine, I am posting this on facebook so everyone knows', 'posting this on'],
    ['I am reporting you to consumer protection', 'reporting you, consumer protection'],
    ['my lawyer will hear about this', 'lawyer, hear about this'],
  ],
  th: [
    ['ถ้าไม่คืนเงินจะไปร้อง สคบ. นะคะ', 'สคบ'],
    ['เดี๋ยวโพสต์ลงเฟสประจานร้านเลย', 'ลงเฟส, ประจาน'],
    ['ให้1ดาวแน่นอน', '1ดาว'],
    ['จะไปแจ้งความแล้วนะ โอนเงินไปแล้วไม่ส่งของ', 'แจ้งความ'],
    ['ไปตั้งกระทู้พันทิปแน่', 'ตั้งกระทู้'],
  ],
  fil: [
    ['irereklamo ko kayo sa DTI', 'irereklamo, dti'],
    ['ipopost ko talaga to sa fb pag di nyo inayos', 'ipopost ko'],
    ['ipapatulfo ko kayo', 'ipapatulfo'],
    ['kakasuhan ko kayo, scam to', 'kakasuhan'],
  ],
  lo: [
    ['ຈະໄປຮ້ອງຮຽນກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ', 'ຮ້ອງຮຽນ, ກະຊວງ'],
    ['ຖ້າບໍ່ຄືນເງິນ ຈະໂພສລົງເຟສປະຈານເລີຍ', 'ລົງເຟສ, ປະຈານ'],
    ['ໂອນເງິນແລ້ວບໍ່ສົ່ງເຄື່ອງ ຈະແຈ້ງຕຳຫຼວດ', 'ຕຳຫຼວດ'],
  ],
} as const

const ABUSE = {
  en: [
    ['you are all idiots', 'idiots'],
    ['useless bot, get me a person', 'useless bot'],
    ['shut up and send my money back', 'shut up'],
  ],
  th: [
    ['แอดมินโง่มาก', 'โง่'],
    ['ร้านควาย ตอบไม่รู้เรื่อง', 'ควาย'],
    ['เหี้ยไรเนี่ย ส่งของผิดอีกแล้ว', 'เหี้ย'],
  ],
  fil: [
    ['ang bobo nyo naman', 'bobo'],
    ['tanga ba kayo? mali yung pinadala', 'tanga'],
    ['gago kayo', 'gago'],
  ],
  lo: [
    ['ໂງ່ແທ້ ຖາມຢ່າງຕອບຢ່າງ', 'ໂງ່'],
    ['ໄອ້ຄວາຍ ສົ່ງເຄື່ອງຜິດ', 'ໄອ້ຄວາຍ'],
  ],
} as const

describe('public-complaint threats', () => {
  for (const [lang, cases] of Object.entries(COMPLAINTS)) {
    it(`raise a complaint cue naming what matched (${lang})`, () => {
      for (const [text, detail] of cases) expect(cue(text, 'complaint')?.detail, text).toBe(detail)
    })
  }
  it('also make the shopper read as frustrated: a threat alone is enough', () => {
    for (const text of ['irereklamo ko kayo sa DTI', 'จะไปร้อง สคบ.', 'ຈະໄປຮ້ອງຮຽນ', 'I will leave a bad review']) {
      expect(detectFrustration([text]).level, text).toBe('frustrated')
    }
  })
  it('are not read in a mention of a platform or a review ("found you on facebook")', () => {
    for (const text of ['I found your shop on facebook', 'nakita ko kayo sa tiktok', 'เห็นรีวิวในพันทิปค่ะ', 'ເຫັນໃນເຟສບຸກ']) {
      expect(cue(text, 'complaint'), text).toBeUndefined()
    }
  })
  it('are cancelled by a negator, as a negated complaint is', () => {
    expect(cue("don't worry, I won't leave a bad review", 'complaint')).toBeUndefined()
    expect(cue('ไม่ได้จะแจ้งความนะคะ แค่อยากรู้', 'complaint')).toBeUndefined()
  })
})

describe('abuse', () => {
  for (const [lang, cases] of Object.entries(ABUSE)) {
    it(`raises an abuse cue naming the word and reads as frustrated (${lang})`, () => {
      for (const [text, detail] of cases) {
        expect(cue(text, 'abuse')?.detail, text).toBe(detail)
        expect(detectFrustration([text]).level, text).toBe('frustrated')
      }
    })
  }
  it('is not read in a shopper calling their own question silly, or in a plain word around it', () => {
    for (const text of ['sorry, stupid question: do you ship to Cebu?', 'สัดส่วนของเสื้อเป็นยังไงคะ', 'may pagkain po ba kayo para sa hayop?']) {
      expect(cue(text, 'abuse'), text).toBeUndefined()
    }
  })
})
