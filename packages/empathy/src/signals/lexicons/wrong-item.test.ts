import { describe, expect, it } from 'vitest'
import { detectFrustration } from '../detect.ts'
import { FRUSTRATION_THRESHOLDS } from '../score.ts'

// A wrong item told, then a polite question that asks to have it put right, is a concern: the shop
// made a mistake and the shopper wants it fixed, without anger. The same message with anger in it
// (again, a verdict, "why always", !!!, a wait) is a complaint and stays frustrated. Asked about
// before it happens, or the shopper's own slip, it is calm. English, Thai, Lao and Filipino alike.
const level = (text: string) => detectFrustration([text]).level

/** [message, how a native reader reads it] */
const POLITE_REQUESTS: readonly (readonly [string, string])[] = [
  ['สั่งเสื้อไซซ์ M แต่ได้ไซซ์ L มาค่ะ เปลี่ยนได้ไหมคะ', 'Thai: says what came, softens it with ค่ะ and asks เปลี่ยนได้ไหมคะ, a request, not a grievance'],
  ['ได้ของคนละสีกับที่สั่งค่ะ ขอเปลี่ยนได้ไหมคะ', 'Thai: ขอ…ได้ไหมคะ is the humble way to ask a favour'],
  ['สั่งรองเท้าเบอร์ 38 แต่ได้เบอร์ 39 มาครับ เปลี่ยนได้ไหมครับ', 'Thai, a man speaking: ครับ on both sentences, the same calm request'],
  ['ສັ່ງເສື້ອໄຊສ໌ M ແຕ່ໄດ້ໄຊສ໌ L ມາ ປ່ຽນໄດ້ບໍ່ເຈົ້າ', 'Lao: ເຈົ້າ closing ປ່ຽນໄດ້ບໍ່ is the polite ending a Lao shopper uses to ask; nothing in it blames'],
  ['ໄດ້ສີຜິດມາເດີ ຂໍປ່ຽນໄດ້ບໍ່ເຈົ້າ', 'Lao: ເດີ tells it gently, ຂໍ…ໄດ້ບໍ່ເຈົ້າ asks leave'],
  [
    'Mali po ang size na dumating, M po ang order ko. Pwede po bang papalitan?',
    'Filipino: po in every sentence and "pwede po bang…?" is how one asks an older person or a shop for help',
  ],
  ['Ibang kulay po ang dumating, pwede po bang papalitan?', 'Filipino: the same polite pwede po ba after the wrong colour'],
  [
    'I ordered a medium but got a large, can I exchange it?',
    'English: a plain account and "can I exchange it?", the neutral way to ask; no blame, no heat',
  ],
  [
    'Hi, I received the wrong item. Could you send the one I ordered? Thanks',
    'English: a greeting, "could you" and thanks; the thanks signs off the request',
  ],
]

/** [message, what makes it a complaint] */
const ANGRY: readonly (readonly [string, string])[] = [
  ['ส่งผิดอีกแล้ว เปลี่ยนได้ไหมคะ', 'อีกแล้ว: it happened before, the polite ending is weary'],
  ['สั่งเสื้อไซซ์ M แต่ได้ไซซ์ L มา แย่มาก เปลี่ยนได้ไหม', 'แย่มาก, a verdict on the shop'],
  ['ทำไมส่งผิดตลอด เปลี่ยนได้ไหมคะ', 'ทำไม…ตลอด: "why do you always…" blames'],
  ['สั่งเสื้อไซซ์ M แต่ได้ไซซ์ L มาค่ะ เปลี่ยนได้ไหมคะ!!!', 'the !!! shouts over the ค่ะ'],
  ['สั่งเสื้อไซซ์ M แต่ได้ไซซ์ L มาค่ะ รอมาสามวันแล้ว เปลี่ยนได้ไหมคะ', 'รอมาสามวันแล้ว: three days waiting'],
  ['ສົ່ງຜິດມາອີກແລ້ວ ປ່ຽນໄດ້ບໍ່', 'ອີກແລ້ວ: again'],
  ['ສັ່ງເສື້ອໄຊສ໌ M ແຕ່ໄດ້ໄຊສ໌ L ມາ ແຍ່ຫຼາຍ ປ່ຽນໄດ້ບໍ່', 'ແຍ່ຫຼາຍ, a verdict'],
  ['ເປັນຫຍັງສົ່ງຜິດຕະຫຼອດ ປ່ຽນໄດ້ບໍ່', 'ເປັນຫຍັງ…ຕະຫຼອດ: "why always"'],
  ['ສັ່ງເສື້ອໄຊສ໌ M ແຕ່ໄດ້ໄຊສ໌ L ມາ ປ່ຽນໄດ້ບໍ່!!!', '!!!'],
  ['ສັ່ງເສື້ອໄຊສ໌ M ແຕ່ໄດ້ໄຊສ໌ L ມາ ລໍຖ້າມາສາມມື້ແລ້ວ ປ່ຽນໄດ້ບໍ່', 'three days waiting'],
  ['Mali na naman po ang size na dumating. Pwede po bang papalitan?', 'na naman: again, po or not'],
  ['Mali po ang size na dumating, ang pangit ng serbisyo nyo. Pwede po bang papalitan?', 'ang pangit ng serbisyo: a verdict'],
  ['Bakit lagi na lang mali ang pinapadala nyo? Pwede bang papalitan?', 'lagi na lang: "every single time"'],
  ['Mali po ang size na dumating, pwede po bang papalitan?!!', '?!!'],
  ['Mali po ang size na dumating, isang linggo na akong naghihintay ng sagot. Pwede po bang papalitan?', 'a week waiting'],
  ['You sent me the wrong size again. Can I exchange it?', 'again'],
  ['I ordered a medium but got a large, this is terrible. Can I exchange it?', 'terrible'],
  ['why do you keep sending the wrong size? can I exchange it?', 'why … keep'],
  ['I ordered a medium but got a large, can I exchange it?!!', '?!!'],
  ["I ordered a medium but got a large and I've been waiting 3 days for a reply. Can I exchange it?", 'three days waiting'],
]

/** [message, how a native reader reads it]: the request first, then what came. */
const ASKED_FIRST: readonly (readonly [string, string])[] = [
  ['เปลี่ยนได้ไหมคะ ได้ไซซ์ L มาแต่สั่ง M', 'Thai: asks first, then what came (มา) and what was ordered'],
  ['ขอเปลี่ยนได้มั้ยคะ ส่งผิดไซซ์มาค่ะ', 'Thai chat: มั้ย for ไหม, ค่ะ on both halves'],
  ['เปลี่ยนให้ได้ป่าวคะ ส่งผิดสีมา', 'Thai chat: ได้ป่าวคะ is a casual, friendly way to ask'],
  ['ປ່ຽນໄດ້ບໍ່ເຈົ້າ ໄດ້ໄຊ L ມາແຕ່ສັ່ງໄຊ M', 'Lao: ປ່ຽນໄດ້ບໍ່ເຈົ້າ first, then what came and what was ordered'],
  ['ຂໍປ່ຽນໄດ້ບໍເຈົ້າ ສົ່ງສີຜິດມາ', 'Lao chat: ບໍ without its tone mark; ຂໍ…ເຈົ້າ asks leave'],
  ['Pwede po bang papalitan? Mali po yung size na dumating, M po ang order ko', 'Filipino: pwede po bang… first, po throughout'],
  ['pwede pa ba ipapalit? ibang kulay yung dumating', 'Taglish chat without po: a plain request between equals'],
  ['Can I exchange this? I received the wrong item', 'English: the request, then the reason'],
  ['Could you swap it? I ordered a medium but got a large', 'English: "could you", then the account; no blame'],
]

/** [message, what makes it a complaint]: asked first, with anger after it. */
const ASKED_FIRST_ANGRY: readonly (readonly [string, string])[] = [
  ['เปลี่ยนได้ไหม ส่งผิดอีกแล้ว', 'อีกแล้ว: again'],
  ['เปลี่ยนได้ไหม ทำไมส่งผิดตลอดเลย', 'ทำไม…ตลอด: "why always"'],
  ['ປ່ຽນໄດ້ບໍ່ ສົ່ງຜິດມາອີກແລ້ວ', 'ອີກແລ້ວ: again'],
  ['ປ່ຽນໄດ້ບໍ່ ເປັນຫຍັງສົ່ງຜິດຕະຫຼອດ', 'ເປັນຫຍັງ…ຕະຫຼອດ: "why always"'],
  ['Pwede bang papalitan? Mali na naman yung dumating', 'na naman: again'],
  ['pwede bang papalitan? bakit lagi na lang mali ang pinapadala nyo', 'lagi na lang: "every single time"'],
  ['can I exchange it? you sent the wrong item AGAIN, why do you always send the wrong thing', 'AGAIN, why always'],
  ['Could you swap it? I ordered a medium but got a large, this is terrible', 'terrible'],
  ['wrong AGAIN, why do you always send the wrong thing, exchange it', 'AGAIN, why always, an order'],
]

// A question before the wrong item that does not ask for the fix is indignation, not a request.
const ASKED_FIRST_NOT_FOR_THE_FIX = [
  'did you even check? you sent the wrong item',
  'เช็คของก่อนส่งบ้างไหมคะ ส่งผิดไซซ์มา',
  'ກວດເຄື່ອງກ່ອນສົ່ງແດ່ໄດ້ບໍ່ ສົ່ງສີຜິດມາ',
  'chineck nyo ba bago pinadala? mali yung pinadala',
]

// Told with nothing asked, the wrong item is the complaint itself, as in Thai (hard-kinds.test.ts).
const TOLD_FLAT = [
  'สั่งเสื้อไซซ์ M แต่ได้ไซซ์ L มาค่ะ',
  'ได้ไซซ์ L มาแต่สั่ง M',
  'ສັ່ງເສື້ອໄຊສ໌ M ແຕ່ໄດ້ໄຊສ໌ L ມາ',
  'ໄດ້ໄຊ L ມາແຕ່ສັ່ງໄຊ M',
  'Mali po ang size na dumating, M po ang order ko.',
  'I ordered a medium but got a large.',
  'I ordered M but got L',
]

// A wrong item asked about before it happens ("if…"), or the shopper's own slip or choice, is a question.
const CALM = [
  'ถ้าส่งผิดไซซ์มา เปลี่ยนได้ไหมคะ',
  'กดผิดไซซ์ค่ะ ขอเปลี่ยนเป็น M ได้ไหมคะ',
  'ຖ້າສົ່ງສີຜິດມາ ປ່ຽນໄດ້ບໍເຈົ້າ',
  'ສັ່ງຜິດໄຊເອງເຈົ້າ ປ່ຽນເປັນ M ໄດ້ບໍ່',
  'Kung mali po ang size na dumating, pwede po bang papalitan?',
  'Ako po yung nagkamali ng size, pwede pa po bang palitan?',
  'what happens if I receive the wrong item?',
  'I picked the wrong size, can I exchange it?',
  'ซื้อมาแต่สั่งผิดไซซ์ค่ะ เปลี่ยนได้ไหมคะ',
  'ຊື້ມາແຕ່ສັ່ງຜິດໄຊ ປ່ຽນໄດ້ບໍ່ເຈົ້າ',
  'I usually wear M but ordered L, can I exchange it?',
]

describe('a wrong item and a request to put it right', () => {
  it('reads a polite request to exchange a wrong item as concerned, not frustrated', () => {
    for (const [text, why] of POLITE_REQUESTS) expect(level(text), `${text} (${why})`).toBe('concerned')
  })
  it('names what came wrong as one cue, at the concerned threshold', () => {
    const cues = detectFrustration(['I received the wrong item, I ordered black. Could you send the black one?']).cues
    expect(cues).toEqual([{ kind: 'lexicon', weight: FRUSTRATION_THRESHOLDS.concerned, detail: 'received the wrong, wrong item' }])
  })
  it('keeps a request with anger, a repeat, shouting or a wait in it frustrated', () => {
    for (const [text, why] of ANGRY) expect(level(text), `${text} (${why})`).toBe('frustrated')
  })
  it('reads a request asked first, then the wrong item, as concerned', () => {
    for (const [text, why] of ASKED_FIRST) expect(level(text), `${text} (${why})`).toBe('concerned')
  })
  it('keeps a request asked first frustrated when anger follows it', () => {
    for (const [text, why] of ASKED_FIRST_ANGRY) expect(level(text), `${text} (${why})`).toBe('frustrated')
  })
  it('keeps a wrong item frustrated after a question that does not ask for the fix', () => {
    for (const text of ASKED_FIRST_NOT_FOR_THE_FIX) expect(level(text), text).toBe('frustrated')
  })
  it('lets a long silent wait tip a polite request over, as it does any concern', () => {
    const request = 'สั่งเสื้อไซซ์ M แต่ได้ไซซ์ L มาค่ะ เปลี่ยนได้ไหมคะ'
    expect(detectFrustration([request], { waitingSeconds: 300 }).level).toBe('frustrated')
  })
  it('reads a wrong item told with nothing asked as frustrated', () => {
    for (const text of TOLD_FLAT) expect(level(text), text).toBe('frustrated')
  })
  it('reads a wrong item asked about in advance, or the shopper’s own slip, as calm', () => {
    for (const text of CALM) expect(level(text), text).toBe('calm')
  })
})
