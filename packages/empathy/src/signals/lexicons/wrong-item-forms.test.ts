import { describe, expect, it } from 'vitest'
import { detectFrustration } from '../detect.ts'
import { FRUSTRATION_THRESHOLDS } from '../score.ts'

// Ways of telling a wrong item that the lexicons missed: a Filipino particle between "iba" or "mali"
// and what came, and a Thai or Lao size written as a bare letter. Each reads as the wrong item
// does (wrong-item.test.ts): told flat, a complaint; with a polite request, a concern; with anger,
// a complaint again.
const reading = (text: string) => {
  const { level, score } = detectFrustration([text])
  return { level, score }
}
const CONCERNED = { level: 'concerned', score: FRUSTRATION_THRESHOLDS.concerned }

/** [with a particle, the same without]: kasi, naman, pala, eh, nga (po, ho) explain or soften. */
const WITH_PARTICLE: readonly (readonly [string, string])[] = [
  ['iba po kasi yung kulay na dumating', 'iba po yung kulay na dumating'],
  ['iba po kasi yung kulay na dumating, pwede po bang papalitan?', 'ibang kulay po yung dumating, pwede po bang papalitan?'],
  ['iba naman po yung size na dumating, pwede po ba papalitan?', 'iba po yung size na dumating, pwede po ba papalitan?'],
  ['mali pala yung size na dumating', 'mali yung size na dumating'],
  ['ibang kulay nga po yung dumating, pwede po bang ipapalit?', 'ibang kulay po yung dumating, pwede po bang ipapalit?'],
  ['mali eh yung pinadala, pwede bang papalitan?', 'mali yung pinadala, pwede bang papalitan?'],
  ['iba ho kasi ang kulay na natanggap ko', 'iba ang kulay na natanggap ko'],
]

/** [message, what makes it a complaint]: the same particles, with anger or "again". */
const WITH_PARTICLE_ANGRY: readonly (readonly [string, string])[] = [
  ['iba na naman po yung kulay na dumating, pwede po bang papalitan?', 'na naman: again, po or not'],
  ['pwede po bang papalitan? ⏎ ibang kulay na naman po yung dumating', 'na naman, after the request'],
  ['iba kasi yung kulay na dumating, ang pangit ng serbisyo nyo. Pwede bang papalitan?', 'ang pangit ng serbisyo: a verdict'],
  ['iba po kasi yung kulay na dumating, pwede po bang papalitan?!!', '?!!'],
]

/** [message, how a native reader reads it]: the size as a bare letter, then a polite request. */
const BY_LETTER_REQUESTS: readonly (readonly [string, string])[] = [
  ['สั่ง M แต่ได้ L มาค่ะ เปลี่ยนได้ไหมคะ', 'Thai: no ไซซ์ before the letters, ค่ะ and เปลี่ยนได้ไหมคะ'],
  ['สั่งMแต่ได้Lมาค่ะ ขอเปลี่ยนได้มั้ยคะ', 'Thai chat: the letters glued to the Thai'],
  ['เปลี่ยนได้ไหมคะ สั่ง M แต่ได้ XL มา', 'Thai: the request first'],
  ['สั่งสีดำ แต่ได้สีขาวมาค่ะ เปลี่ยนได้ไหมคะ', 'Thai: a colour, as before'],
  ['ສັ່ງ M ແຕ່ໄດ້ L ມາ ປ່ຽນໄດ້ບໍ່ເຈົ້າ', 'Lao: the same, ເຈົ້າ asks politely'],
]

/** [message, what makes it a complaint] */
const BY_LETTER_ANGRY: readonly (readonly [string, string])[] = [
  ['สั่ง M แต่ได้ L มาอีกแล้ว เปลี่ยนได้ไหม', 'อีกแล้ว: again'],
  ['สั่ง M แต่ได้ L มา แย่มาก เปลี่ยนได้ไหม', 'แย่มาก, a verdict'],
  ['สั่งสีดำ แต่ได้สีขาวมาอีกแล้ว เปลี่ยนได้ไหม', 'อีกแล้ว: again'],
  ['ສັ່ງ M ແຕ່ໄດ້ L ມາອີກແລ້ວ ປ່ຽນໄດ້ບໍ່', 'ອີກແລ້ວ: again'],
]

// A size that would do too (ก็ได้, ກໍ່ໄດ້) did not come; the letter that starts an English word is no size.
const NO_WRONG_ITEM = ['อยากได้ L แต่ได้ M ก็ได้ค่ะ', 'อยากได้ L แต่ได้Mก็โอเคค่ะ', 'ຢາກໄດ້ L ແຕ່ໄດ້ M ກໍ່ໄດ້', 'ขอบคุณค่ะ แต่ได้ line ของร้านแล้วนะคะ']

describe('a Filipino particle inside a wrong item', () => {
  it('reads the wrong item as it reads it without the particle', () => {
    for (const [withParticle, without] of WITH_PARTICLE) expect(reading(withParticle), withParticle).toEqual(reading(without))
  })
  it('reads "iba po kasi yung kulay na dumating" as a wrong item: told flat a complaint, with a polite request a concern', () => {
    expect(reading('iba po kasi yung kulay na dumating').level).toBe('frustrated')
    expect(reading('iba po kasi yung kulay na dumating, pwede po bang papalitan?')).toEqual(CONCERNED)
    expect(detectFrustration(['pwede po bang papalitan?', 'iba po kasi yung kulay na dumating'])).toMatchObject(CONCERNED)
  })
  it('keeps it frustrated with "again", a verdict or shouting', () => {
    for (const [text, why] of WITH_PARTICLE_ANGRY) {
      expect(detectFrustration(text.split(' ⏎ ')).level, `${text} (${why})`).toBe('frustrated')
    }
  })
})

describe('a Thai or Lao size written as a bare letter', () => {
  it('reads "สั่ง M แต่ได้ L มา" told flat as the wrong item it is', () => {
    for (const text of ['สั่ง M แต่ได้ L มา', 'สั่งMแต่ได้XLมา', 'ສັ່ງ M ແຕ່ໄດ້ L ມາ']) {
      expect(reading(text), text).toEqual(reading(text.replace(/แต่ได้ ?/u, 'แต่ได้ไซซ์ ').replace(/ແຕ່ໄດ້ ?/u, 'ແຕ່ໄດ້ໄຊ ')))
      expect(reading(text).level, text).toBe('frustrated')
    }
  })
  it('reads it with a polite request as concerned', () => {
    for (const [text, why] of BY_LETTER_REQUESTS) expect(reading(text), `${text} (${why})`).toEqual(CONCERNED)
  })
  it('keeps it frustrated with "again" or a verdict', () => {
    for (const [text, why] of BY_LETTER_ANGRY) expect(reading(text).level, `${text} (${why})`).toBe('frustrated')
  })
  it('finds no wrong item in a size that would do, or in an English word after แต่ได้', () => {
    for (const text of NO_WRONG_ITEM) expect(reading(text).level, text).toBe('calm')
  })
})
