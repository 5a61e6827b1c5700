import { describe, expect, it } from 'vitest'
import { ar } from '../i18n/ar/index.ts'
import { en } from '../i18n/en.ts'
import { th } from '../i18n/th/index.ts'
import { empathy, summary } from '../testing/fake-agent.ts'
import { cuesInWords } from './cue-words.ts'
import { toEmpathyCard } from './empathy-card.ts'

const now = Date.parse('2026-01-01T10:10:00Z')

describe('toEmpathyCard', () => {
  it('names the mood, the reason and topic, and the trend before → now in words', () => {
    const card = toEmpathyCard(summary({ id: 'c', empathy: empathy({ moodBefore: 2, moodNow: 4, reason: 'unreachable', topic: 'order' }) }), now, en)
    expect(card).toMatchObject({
      mood: 4,
      moodText: 'good',
      reason: "Couldn't reach anyone",
      topic: 'Order & delivery',
      trend: { before: 2, now: 4, words: 'upset → good', spoken: 'from upset to good', change: 'better' },
      notYet: false,
      pending: null,
    })
    const worse = toEmpathyCard(summary({ id: 'c', empathy: empathy({ moodBefore: 3, moodNow: 1 }) }), now, en)
    expect(worse.trend?.change).toBe('worse')
  })

  it('shows a public-complaint threat on a line of its own, apart from the signal’s cues (issue 16)', () => {
    const cues = [{ kind: 'complaint', detail: 'a 1-star review' }, { kind: 'capitals' }]
    const card = toEmpathyCard(summary({ id: 'c', empathy: empathy({ signal: { level: 'concerned', score: 0.4, cues } }) }), now, en)
    expect(card.complaint).toBe('mentions “a 1-star review”')
    expect(card.signal.cues).toBe('capitals')
    expect(toEmpathyCard(summary({ id: 'c' }), now, en).complaint).toBeNull()
  })

  it('words a negated word on the complaint line as the signal’s cues do, in the agent’s language', () => {
    const cues = [{ kind: 'complaint', detail: '¬ได้รับของ' }]
    const card = toEmpathyCard(summary({ id: 'c', empathy: empathy({ signal: { level: 'concerned', score: 0.4, cues } }) }), now, th.main)
    expect(card.complaint).toBe('พูดถึง “ไม่ได้รับของ”')
  })

  it('says "Not asked yet" before any answer and "Skipped" when the shopper skipped the question', () => {
    expect(toEmpathyCard(summary({ id: 'c' }), now, en).moodText).toBe('Not asked yet')
    const skipped = summary({ id: 'c', empathy: empathy({ skipped: ['before'] }) })
    expect(toEmpathyCard(skipped, now, en)).toMatchObject({ mood: null, moodText: 'Skipped', trend: null })
  })

  it('shows unknown reasons and topics as they are, and missing ones as not given', () => {
    const card = toEmpathyCard(summary({ id: 'c', empathy: empathy({ topic: 'gift-cards' }) }), now, en)
    expect([card.reason, card.topic]).toEqual(['Not given', 'gift-cards'])
  })

  it('puts the live signal in words, measuring the wait live', () => {
    const card = toEmpathyCard(
      summary({
        id: 'c',
        waitingSince: '2026-01-01T10:04:00Z',
        empathy: empathy({
          signal: {
            level: 'frustrated',
            score: 0.8,
            cues: [
              { kind: 'waiting', detail: '2 min' },
              { kind: 'repetition', detail: '×2' },
              { kind: 'capitals', detail: '80%' },
            ],
          },
        }),
      }),
      now,
      en,
    )
    expect(card.signal).toEqual({ level: 'frustrated', label: 'Frustrated', cues: 'waiting 6 min · repeated ×2 · capitals' })
    expect(card.waiting).toBe('6 min')
  })

  it('raises "Not yet" and shows a pending check-in', () => {
    const card = toEmpathyCard(summary({ id: 'c', empathy: empathy({ understood: false, pending: 'during' }) }), now, en)
    expect(card.notYet).toBe(true)
    expect(card.pending).toBe('Check-in sent, waiting for an answer')
    expect(toEmpathyCard(summary({ id: 'c', empathy: empathy({ understood: true }) }), now, en).understood).toBe(true)
  })
})

describe('cuesInWords', () => {
  it('words every cue kind, negations and kinds it does not know yet', () => {
    expect(
      cuesInWords(
        [
          { kind: 'escalation', detail: 'manager, refund' },
          { kind: 'negated', detail: '¬happy' },
          { kind: 'punctuation', detail: '!!!' },
          { kind: 'burst', detail: '3 messages' },
          { kind: 'stretching', detail: '×2' },
          { kind: 'laughter', detail: '555' },
          { kind: 'sarcasm' },
        ],
        en,
      ),
    ).toBe('asks for manager, refund · unhappy words (not happy) · punctuation !!! · 3 messages in a row · stretched words · laughter · sarcasm')
  })

  it("says a burst's count and a nudge in the agent's language, not the detector's English", () => {
    const cues = [{ kind: 'burst', detail: '3 messages' }, { kind: 'burst', detail: 'nudge' }, { kind: 'burst' }]
    expect(cuesInWords(cues, en)).toBe('3 messages in a row · asked again if anyone is there · several messages in a row')
    expect(cuesInWords(cues, th.main)).toBe('ส่งติดกัน 3 ข้อความ · ถามซ้ำว่ามีใครอยู่ไหม · ส่งหลายข้อความติดกัน')
    expect(cuesInWords(cues.slice(0, 1), ar.main)).toBe('3 رسائل متتالية')
    expect(cuesInWords([{ kind: 'burst', detail: '2 messages' }], ar.main)).toBe('رسالتان متتاليتان')
  })
})
