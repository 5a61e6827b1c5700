import { describe, expect, it } from 'vitest'
import { detectFrustration } from '../detect.ts'
import { FRUSTRATION_THRESHOLDS } from '../score.ts'

// A plain report of what went wrong, then a polite request to put it right, is a concern: however
// it is typed (no comma, a new line, two messages, "please" instead of a question mark), as Thai
// and Lao shoppers' equivalents already read. Blame, "again" and shouting keep it a complaint.
const reading = (texts: readonly string[]) => {
  const { level, score } = detectFrustration(texts)
  return { level, score }
}
const CONCERNED = { level: 'concerned', score: FRUSTRATION_THRESHOLDS.concerned }

/** [messages, how a native reader reads them] */
const PLEADED: readonly (readonly [readonly string[], string])[] = [
  [['you sent the wrong size, please exchange it'], 'English: "please" asks with no question mark'],
  [['you sent the wrong size', 'please exchange it'], 'the same in two messages'],
  [['please exchange it, you sent the wrong size'], 'the plea first, the reason after'],
  [['you sent the wrong size, kindly exchange it'], 'kindly, the formal please'],
  [['mali po yung size na dumating, pakipalitan po'], 'Filipino: paki- is please, glued to palitan'],
  [['ส่งผิดไซซ์มาค่ะ รบกวนเปลี่ยนให้ด้วยค่ะ'], 'Thai: รบกวน…ด้วยค่ะ, "may I trouble you to…"'],
  [['ສົ່ງໄຊຜິດມາເຈົ້າ ກະລຸນາປ່ຽນໃຫ້ແດ່'], 'Lao: ກະລຸນາ…ແດ່, please'],
]

/** [messages, what makes it a complaint] */
const ANGRY: readonly (readonly [readonly string[], string])[] = [
  [['you sent the wrong size AGAIN'], 'AGAIN'],
  [['you sent the wrong size AGAIN, please exchange it'], 'AGAIN, a plea or not'],
  [['please exchange it asap this is unacceptable'], 'a verdict'],
]

describe('a plain report, then a polite request to put it right', () => {
  it('reads a request asked first with no comma as it reads with a question mark', () => {
    expect(reading(['can I exchange it you sent the wrong size'])).toEqual(reading(['can I exchange it? you sent the wrong size']))
    expect(reading(['can I exchange it you sent the wrong size'])).toEqual(CONCERNED)
  })
  it('reads a request made with a plea and no question mark as concerned', () => {
    for (const [texts, why] of PLEADED) expect(reading(texts), `${texts.join(' ⏎ ')} (${why})`).toEqual(CONCERNED)
    expect(reading(['please exchange it']).level).not.toBe('frustrated')
  })
  it('reads "wrong size" and the request in two messages as it reads on two lines: not frustrated', () => {
    expect(reading(['wrong size\ncan I exchange it?'])).toEqual(reading(['wrong size, can I exchange it?']))
    expect(reading(['wrong size', 'can I exchange it?'])).toEqual(CONCERNED)
  })
  it('reads "this is not what I ordered" and a request as concerned, as Thai and Lao read theirs', () => {
    expect(reading(['นี่ไม่ใช่ของที่สั่งค่ะ เปลี่ยนได้ไหมคะ'])).toEqual(CONCERNED)
    expect(reading(['ນີ້ບໍ່ແມ່ນທີ່ສັ່ງເຈົ້າ ປ່ຽນໄດ້ບໍ່'])).toEqual(CONCERNED)
    expect(reading(['this is not what I ordered, can I exchange it?'])).toEqual(CONCERNED)
    expect(reading(['hindi po ito yung inorder ko, pwede po bang papalitan?'])).toEqual(CONCERNED)
  })
  it('reads "the wrong size came, can you send the right one?" as concerned: "the right" asked for calms nothing', () => {
    expect(reading(['the wrong size came, can you send the right one?'])).toEqual(CONCERNED)
  })
  it('keeps blame for always sending the wrong thing at its weight', () => {
    expect(reading(['you always send the wrong size, can I exchange it?'])).toEqual({ level: 'frustrated', score: 0.5 })
  })
  it('keeps "again", a verdict or shouting frustrated, a plea or not', () => {
    for (const [texts, why] of ANGRY) expect(reading(texts).level, `${texts.join(' ⏎ ')} (${why})`).toBe('frustrated')
  })
  it('keeps a question about a wrong item, with its fix named first, calm', () => {
    for (const text of ['how do I exchange a wrong item?', 'can you replace the wrong item?']) expect(reading([text]).level, text).toBe('calm')
  })
  it('keeps a shopper who takes what came, and thanks alone, calm', () => {
    for (const text of ['อยากได้ L แต่ได้ M ก็ได้ค่ะ', 'thanks', 'thank you so much!', 'salamat po', 'ขอบคุณค่ะ', 'ຂອບໃຈເຈົ້າ']) {
      expect(reading([text]).level, text).toBe('calm')
    }
  })
})
