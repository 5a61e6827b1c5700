import { describe, expect, it } from 'vitest'
import { detectFrustration } from './detect.ts'
import type { Hit, MessageCues } from './hit.ts'
import { requestsAcrossMessages } from './request.ts'
import { FRUSTRATION_THRESHOLDS } from './score.ts'

// A polite request to put a wrong item right, sent as two messages the way people type on phones,
// reads as it does in one: concerned. Anger in either message still makes it a complaint.
const level = (texts: readonly string[]) => detectFrustration(texts).level

/** [messages, how a native reader reads them] */
const SPLIT_REQUESTS: readonly (readonly [readonly string[], string])[] = [
  [['สั่งไซซ์ M แต่ได้ไซซ์ L มาค่ะ', 'เปลี่ยนได้ไหมคะ'], 'Thai: what came, then เปลี่ยนได้ไหมคะ on its own'],
  [['เปลี่ยนได้มั้ยคะ', 'ได้ไซซ์ L มาแต่สั่ง M ค่ะ'], 'Thai chat: the request first, the reason after'],
  [['ສັ່ງໄຊ M ແຕ່ໄດ້ໄຊ L ມາເຈົ້າ', 'ປ່ຽນໄດ້ບໍ່'], 'Lao: ເຈົ້າ on the account, then the question'],
  [['ຂໍປ່ຽນໄດ້ບໍເຈົ້າ', 'ສົ່ງສີຜິດມາ'], 'Lao chat: ຂໍ…ໄດ້ບໍເຈົ້າ first, the reason after'],
  [['Mali po yung size na dumating', 'Pwede po bang papalitan?'], 'Filipino: po in both, pwede po bang…?'],
  [['pwede po ba ipapalit?', 'ibang kulay po yung dumating'], 'Filipino: the request first'],
  [['I ordered M but got L', 'can I exchange it?'], 'English: the account, then the question'],
  [['Hi, I received the wrong item', 'Could you send the one I ordered?'], 'English: a greeting and "could you"'],
  [['I received the wrong item', 'order 4410', 'could you send the one I ordered?'], 'an order number between them'],
]

/** [messages, what makes it a complaint] */
const SPLIT_ANGRY: readonly (readonly [readonly string[], string])[] = [
  [['wrong AGAIN', 'why do you always send the wrong thing', 'exchange it'], 'AGAIN, why always, an order'],
  [['you sent me the wrong size again', 'can I exchange it?'], 'again'],
  [['I ordered M but got L, this is ridiculous', 'can I exchange it?'], 'ridiculous'],
  [['ส่งผิดอีกแล้ว', 'เปลี่ยนได้ไหมคะ'], 'อีกแล้ว: again'],
  [['ทำไมส่งผิดตลอดเลย', 'เปลี่ยนได้ไหม'], 'ทำไม…ตลอด: "why always"'],
  [['ສົ່ງຜິດມາອີກແລ້ວ', 'ປ່ຽນໄດ້ບໍ່'], 'ອີກແລ້ວ: again'],
  [['ເປັນຫຍັງສົ່ງຜິດຕະຫຼອດ', 'ປ່ຽນໄດ້ບໍ່'], 'ເປັນຫຍັງ…ຕະຫຼອດ: "why always"'],
  [['Mali na naman po yung dumating', 'pwede po bang papalitan?'], 'na naman: again'],
  [['bakit lagi na lang mali ang pinapadala nyo', 'pwede bang papalitan'], 'lagi na lang: "every single time"'],
]

// A question in the message before that does not ask for the fix is indignation, as in one message.
const SPLIT_NOT_FOR_THE_FIX: readonly (readonly string[])[] = [
  ['did you even check?', 'you sent the wrong item'],
  ['เช็คของก่อนส่งบ้างไหมคะ', 'ส่งผิดไซซ์มา'],
  ['ກວດເຄື່ອງກ່ອນສົ່ງແດ່ໄດ້ບໍ່', 'ສົ່ງສີຜິດມາ'],
  ['chineck nyo ba bago pinadala?', 'mali yung pinadala'],
]

describe('a wrong item and a request to put it right, in two messages', () => {
  it('reads a polite request split over two messages as concerned, not frustrated', () => {
    for (const [texts, why] of SPLIT_REQUESTS) expect(level(texts), `${texts.join(' ⏎ ')} (${why})`).toBe('concerned')
  })
  it('keeps it frustrated when either message holds anger or a repeat', () => {
    for (const [texts, why] of SPLIT_ANGRY) expect(level(texts), `${texts.join(' ⏎ ')} (${why})`).toBe('frustrated')
  })
  it('keeps a wrong item frustrated after a question that does not ask for the fix', () => {
    for (const texts of SPLIT_NOT_FOR_THE_FIX) expect(level(texts), texts.join(' ⏎ ')).toBe('frustrated')
  })
  it('lets a long silent wait tip it over, as it does any concern', () => {
    expect(detectFrustration(['สั่งไซซ์ M แต่ได้ไซซ์ L มาค่ะ', 'เปลี่ยนได้ไหมคะ'], { waitingSeconds: 300 }).level).toBe('frustrated')
  })
})

describe('requestsAcrossMessages', () => {
  const told: Hit = { kind: 'lexicon', weight: 0.45, detail: 'sent the wrong', wrongItem: 'told' }
  const again: Hit = { kind: 'lexicon', weight: 0.35, detail: 'again' }
  const message = (hits: Hit[], asks = false, asksForFix = false): MessageCues => ({ hits, asks, asksForFix })
  const capped = { kind: 'lexicon', weight: FRUSTRATION_THRESHOLDS.concerned, detail: 'sent the wrong', wrongItem: 'requested' }

  it('counts a told wrong item as a request when the next message asks anything', () => {
    expect(requestsAcrossMessages([message([told, again]), message([], true)])[0]).toEqual([again, capped])
  })
  it('counts it when the message before asks for the fix, not when it only asks', () => {
    expect(requestsAcrossMessages([message([], true, true), message([told])])[1]).toEqual([capped])
    expect(requestsAcrossMessages([message([], true), message([told])])[1]).toEqual([told])
  })
  it('counts a fault a shopper may ask about only when the message beside it asks for its fix', () => {
    const fault: Hit = { kind: 'lexicon', weight: 0.4, detail: 'wrong size', fault: true }
    const asCapped = { kind: 'lexicon', weight: FRUSTRATION_THRESHOLDS.concerned, detail: 'wrong size', wrongItem: 'requested' }
    expect(requestsAcrossMessages([message([fault]), message([], true, true)])[0]).toEqual([asCapped])
    expect(requestsAcrossMessages([message([fault]), message([], true)])[0]).toEqual([fault])
  })
  it('looks past a message that says nothing, not past one that says something else', () => {
    expect(requestsAcrossMessages([message([told]), message([]), message([], true)])[0]).toEqual([capped])
    expect(requestsAcrossMessages([message([told]), message([again]), message([], true)])[0]).toEqual([told])
  })
})
