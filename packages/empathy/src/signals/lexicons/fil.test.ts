import { describe, expect, it } from 'vitest'
import { detectFrustration } from '../detect.ts'

// A Filipino or Taglish complaint about waiting reads as its English or Thai equivalent does;
// thanks for waiting, a wait that was short and one that was worth it stay calm.
const level = (text: string) => detectFrustration([text]).level

/** [Filipino or Taglish, its English or Thai equivalent] */
const SAME_COMPLAINT: readonly (readonly [string, string])[] = [
  ['Bakit ang tagal?', 'ทำไมนานจัง'],
  ['naghintay ako nang ganito katagal', 'รอนานขนาดนี้'],
  ['hindi pa ako naghintay nang ganito katagal', 'ไม่เคยรอนานขนาดนี้'],
  ['bakit ganito katagal?', 'why is it taking this long?'],
  ['ang tagal ko nang naghihintay', "I've been waiting for so long"],
  ['hanggang ngayon wala pa rin', 'still nothing until now'],
  ['kanina pa ako naghihintay', "I've been waiting since earlier"],
  ['kanina pa ako nagwe-wait', "I've been waiting since earlier"],
  ['ilang oras na akong naghihintay', "I've been waiting for hours"],
  ['2 oras na akong naghihintay', 'I have been waiting for 2 hours'],
  ['1 hour na akong naghihintay', 'I have been waiting for 2 hours'],
  ['naghihintay pa rin ako', 'still waiting'],
  ['waiting pa rin ako', 'still waiting'],
  ['antagal nyo mag reply', 'this is taking way too long'],
  ['sobrang tagal na', 'this is taking way too long'],
  ['napakatagal ng delivery', 'this is taking way too long'],
]

const CALM = [
  'salamat sa paghihintay',
  'salamat po sa paghihintay, ito na po yung tracking',
  'hindi na ako naghintay nang matagal',
  'hindi ako naghintay ng matagal, salamat',
  'sulit ang paghihintay',
  'sulit naman ang paghihintay, ang ganda!',
  'gaano po katagal ang shipping?',
  'ok lang po, maghihintay ako',
  // the time asked, the hours left, "at the moment that": not hours waited
  'anong oras na po kayo magsasara?',
  'ilang oras na lang po bago dumating?',
  'nasa bahay na ako sa oras na yun',
  'sa oras na dumating ang order ko, magbabayad ako agad',
  // asked about, a worry: not a complaint
  'normal lang po ba na ganito katagal ang shipping?',
]

describe('Filipino waiting complaints', () => {
  it('reads a complaint about waiting as frustrated, as its English or Thai equivalent', () => {
    for (const [filipino, equivalent] of SAME_COMPLAINT) {
      expect([level(filipino), level(equivalent)], filipino).toEqual(['frustrated', 'frustrated'])
    }
  })
  it('reads thanks for waiting, a short wait and a wait worth it as calm', () => {
    for (const text of CALM) expect(level(text), text).toBe('calm')
  })
})

// "inorder ko" (what I ordered) names the order. It is no praise: it calms nothing, and negated
// ("hindi po ito yung inorder ko") it is the complaint.
describe('"inorder ko"', () => {
  it('does not calm the complaint beside it', () => {
    const signal = detectFrustration(['inorder ko to nung isang linggo pa, wala pa rin'])
    expect(signal.level).toBe('frustrated')
    expect(signal.cues.filter((cue) => cue.kind === 'positive')).toEqual([])
  })
  it('says nothing alone, and is the complaint negated', () => {
    expect(detectFrustration(['yung inorder ko po, ano pong status?']).cues).toEqual([])
    expect(level('hindi po ito yung inorder ko')).toBe('frustrated')
    expect(level('disappointed po ako, hindi po ito yung inorder ko')).toBe('frustrated')
  })
})

// Taglish as Manila and Cebu shoppers type it: "man lang" with the shop between it and its
// negator, what the shop owes withheld, promises of tomorrow, Cebuano mixed in (dili, kaayo,
// gihapon, samok).
describe('Filipino and Cebu Taglish', () => {
  const FRUSTRATED = [
    'd nyo man lang ako inupdate',
    'hindi na po ako natutuwa',
    'di pa po nadedeliver hanggang ngayon',
    'puro kayo bukas, wala namang dumadating',
    '2 days lang gumana tapos ayaw nyo palitan',
    'Bakit hindi kayo sumasagot? Kanina pa ako nagme-message',
    'wag na kayo magbenta kung ganyan kayo',
    'kapoy na kaayo maghulat, wala pa gihapon',
    'nganong dugay man kaayo',
    'ka-late sa delivery oy, samok',
  ]
  const CALM = [
    // a manager asked for about business, a phone number asked about, Cebuano praise and questions
    'pwede po makausap manager nyo about reseller?',
    'pag di po ma-contact number nyo, saan pa pwede?',
    'nindot kaayo, salamat!',
    'dugay ba ang shipping padulong Davao?',
    'kahit update lang po sa tracking, salamat',
  ]
  it('reads them as frustrated', () => {
    for (const text of FRUSTRATED) expect(level(text), text).toBe('frustrated')
  })
  it('reads the same words in a calm message as calm', () => {
    for (const text of CALM) expect(level(text), text).toBe('calm')
  })
})

describe('Filipino chat, round three', () => {
  it('reads vowels left out, "akala ko ba", a scam named, a hotline always busy, a mismatch negated and a post threatened as frustrated', () => {
    for (const text of [
      'nkakainis n tlga kyo',
      'kala ko b tapos na, pending p rin',
      'modus nyo to no',
      'laging busy hotline nyo',
      'hindi tugma yung size sa chart',
      'ishe-share ko to sa FB',
    ])
      expect(level(text), text).toBe('frustrated')
  })
  it('reads English "n", choosing among nice designs and annoyance at the rain as calm', () => {
    for (const text of ['me n my wife will pick it up', 'wala pa rin akong mapili haha', 'nakakainis yung ulan, ingat po rider nyo'])
      expect(level(text), text).toBe('calm')
  })
})
