import { describe, expect, it } from 'vitest'
import { detectFrustration, messageHasCue } from './detect.ts'

const kinds = (texts: string[], context?: Parameters<typeof detectFrustration>[1]): string[] =>
  detectFrustration(texts, context).cues.map((c) => c.kind)

describe('detectFrustration', () => {
  it('is calm for a plain logistics question', () => {
    expect(detectFrustration(['Hi! Do you ship to Cebu?'])).toEqual({ level: 'calm', score: 0, cues: [], language: 'en' })
  })
  it('flags shouting with ??? as frustrated and names the cues', () => {
    const signal = detectFrustration(['WHERE IS MY ORDER???'])
    expect(signal.level).toBe('frustrated')
    expect(signal.cues.map((c) => c.kind)).toEqual(['capitals', 'punctuation'])
  })
  it('does not flag loud joy ("OMG I LOVE IT!!!")', () => {
    expect(detectFrustration(['OMG I LOVE IT!!!']).level).toBe('calm')
  })
  it('reads negated positives in all four languages', () => {
    for (const text of ['not happy at all', 'ไม่พอใจมากค่ะ', 'hindi ako masaya sa service', 'ບໍ່ພໍໃຈຫຼາຍ']) {
      expect(detectFrustration([text]).level, text).not.toBe('calm')
      expect(kinds([text]), text).toContain('negated')
    }
  })
  it('reads "never" with a feeling as praise, and "never … this much" as the complaint', () => {
    const calm = [
      'ซื้อหลายรอบแล้ว ไม่เคยผิดหวังค่ะ',
      'ไม่เคยโกรธร้านนี้เลย',
      'ไม่เคยเสียใจที่ซื้อร้านนี้',
      'I have never been disappointed',
      "I've never been disappointed with this shop",
      'hindi pa ako nadismaya kailanman',
      'never pa ako nadisappoint',
      'ບໍ່ເຄີຍຜິດຫວັງ',
    ]
    for (const text of calm) expect(detectFrustration([text]).level, text).toBe('calm')
    const frustrated = [
      'ไม่เคยรอนานขนาดนี้มาก่อน',
      'ไม่เคยผิดหวังขนาดนี้มาก่อน',
      'never been so disappointed',
      "I've never been this angry",
      'never been happy with your service',
      'hindi pa ako nadismaya nang ganito',
      'ບໍ່ເຄີຍລໍຖ້າດົນຂະໜາດນີ້',
    ]
    for (const text of frustrated) expect(detectFrustration([text]).level, text).toBe('frustrated')
  })
  it('reads Thai 555 as laughter, and thanks as calming', () => {
    expect(detectFrustration(['555555 ขอบคุณค่ะ'])).toMatchObject({ level: 'calm', score: 0, language: 'th' })
    expect(kinds(['5555 ບໍ່ເປັນຫຍັງ']).sort()).toEqual(['laughter', 'positive'])
  })
  it('reads a bare "hello?" after an earlier message as a nudge, which a wait tips over', () => {
    expect(detectFrustration(['where is my order 3321', 'hello?'], { waitingSeconds: 300 }).level).toBe('frustrated')
    expect(detectFrustration(['where is my order 3321', 'hello?'], { waitingSeconds: 40 }).level).not.toBe('frustrated')
    expect(kinds(['hi', 'anyone?'])).toEqual(['burst'])
    expect(kinds(['hello?'])).toEqual([])
    expect(kinds(['is the blue one in stock?', 'size M?'])).toEqual([])
  })
  it('lets thanks soften a complaint before them, not one after them', () => {
    expect(detectFrustration(['ok thanks', "that's the same answer you gave last week"]).level).toBe('frustrated')
    expect(detectFrustration(['the same answer you gave last week', 'ok got it now, thanks so much!']).level).not.toBe('frustrated')
  })
  it('does not let a message that says nothing about the mood age the complaint before it', () => {
    const complaint = 'the blender stopped working after 2 days, terrible quality'
    expect(detectFrustration([complaint, 'order number is 55102']).score).toBe(detectFrustration([complaint]).score)
    expect(detectFrustration([complaint, 'ok it works now, thanks!']).score).toBeLessThan(detectFrustration([complaint]).score)
  })
  it('reads laughter beside a clear complaint as bitter, beside a mild one as relief', () => {
    expect(kinds(['lmao this is a joke'])).not.toContain('laughter')
    expect(detectFrustration(['lmao this is a joke']).level).toBe('frustrated')
    expect(kinds(['it came a bit late haha, no worries'])).toContain('laughter')
  })
  it('adds repetition, burst and waiting from the conversation', () => {
    const signal = detectFrustration(['any update?', 'any update??', 'any update???'], {
      waitingSeconds: 400,
      messagesSinceAgentReply: 3,
    })
    expect(signal.level).toBe('frustrated')
    expect(signal.cues.map((c) => c.kind)).toEqual(expect.arrayContaining(['repetition', 'burst', 'waiting']))
    expect(signal.cues.find((c) => c.kind === 'waiting')?.detail).toBe('7 min')
    expect(signal.cues.find((c) => c.kind === 'repetition')?.detail).toBe('×3')
  })
  it('asks for a manager, a human or a refund raise an escalation cue', () => {
    for (const text of ['I want to speak to a manager', 'ขอคุยกับหัวหน้าค่ะ', 'refund po', 'ຂໍເງິນຄືນ']) {
      expect(kinds([text]), text).toContain('escalation')
    }
  })
  it('weighs the newest message most: a closing thank-you calms an earlier complaint', () => {
    const before = detectFrustration(['this is taking forever, so annoying']).score
    const after = detectFrustration(['this is taking forever, so annoying', 'ok got it now, thank you so much!']).score
    expect(after).toBeLessThan(before)
  })
  // Its speed is measured in bench/detector (a timed assertion here flaked on a busy machine).
  it('is deterministic: the same messages always read the same', () => {
    const texts = ['hello??', 'ของยังไม่ได้เลยค่ะ รอนานมากกกก', 'wala pa rin yung order ko', 'ບໍ່ພໍໃຈຫຼາຍ', 'WHERE IS IT']
    const first = detectFrustration(texts, { waitingSeconds: 300 })
    for (let i = 0; i < 50; i++) expect(detectFrustration(texts, { waitingSeconds: 300 })).toEqual(first)
  })
})

describe('a cue in one message, read alone', () => {
  it('names what detectFrustration names for that message alone', () => {
    const texts = ['you are an idiot', 'shut up and refund me', 'my parcel is late and I am upset', 'ขอบคุณค่ะ', 'hahaha this is useless', '']
    for (const text of texts)
      for (const kind of ['abuse', 'lexicon', 'laughter'] as const)
        expect(messageHasCue(text, kind), `${kind} in "${text}"`).toBe(detectFrustration([text]).cues.some((cue) => cue.kind === kind))
    expect(messageHasCue('you are an idiot', 'abuse')).toBe(true)
  })
})
