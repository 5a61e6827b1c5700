import { GREETING_LANGUAGES, inThaiVoice } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { catalogNow, loadCatalog } from './catalogs.ts'
import { chooseSuggestions, insertSuggestion, suggestionLanguage } from './choose.ts'
import { empathy as snapshot } from '../testing/fake-agent.ts'
import { ar } from './ar.ts'
import { en } from './en.ts'
import { es } from './es.ts'
import { fil } from './fil.ts'
import { id } from './id.ts'
import { ja } from './ja.ts'
import { SUGGESTION_KEYS, SUGGESTION_LANGUAGES, type SuggestionCatalog, type SuggestionLanguage } from './keys.ts'
import { lo } from './lo.ts'
import { ms } from './ms.ts'
import { pt } from './pt.ts'
import { th } from './th.ts'
import { vi } from './vi.ts'
import { zh } from './zh.ts'

const CATALOGS: Record<SuggestionLanguage, SuggestionCatalog> = { en, th, fil, lo, id, ms, vi, es, pt, zh, ja, ar }
const all = (language: SuggestionLanguage) => CATALOGS[language]

describe('chooseSuggestions', () => {
  it('acknowledges an upset shopper for their reason, then offers the next step', () => {
    expect(chooseSuggestions(snapshot({ moodNow: 2, reason: 'treatment' })).keys).toEqual(['treatment.ack', 'treatment.next'])
    expect(chooseSuggestions(snapshot({ moodNow: 1, reason: 'product' })).keys).toEqual(['product.ack', 'product.next'])
  })

  it('greets a shopper who is okay or better, keeping the reason for the next step', () => {
    expect(chooseSuggestions(snapshot({ moodNow: 4, reason: 'product' })).keys).toEqual(['okay.ack', 'product.next'])
    expect(chooseSuggestions(undefined).keys).toEqual(['okay.ack', 'none.next'])
  })

  it('puts "Not yet" first and the signal next, three at most', () => {
    const picked = chooseSuggestions(
      snapshot({
        moodNow: 1,
        reason: 'experience',
        understood: false,
        signal: { level: 'frustrated', score: 0.8, cues: [{ kind: 'waiting', detail: '4 min' }] },
      }),
    )
    expect(picked.keys).toEqual(['notYet', 'signal.waiting', 'experience.ack'])
  })

  it('answers a request for a manager, and plain frustration, by the signal', () => {
    const asks = snapshot({ signal: { level: 'concerned', score: 0.5, cues: [{ kind: 'escalation', detail: 'manager' }] } })
    expect(chooseSuggestions(asks).keys).toEqual(['signal.escalation', 'okay.ack', 'none.next'])
    // No mood but a frustrated signal counts as upset.
    const angry = snapshot({ signal: { level: 'frustrated', score: 0.9, cues: [{ kind: 'capitals' }] } })
    expect(chooseSuggestions(angry).keys).toEqual(['signal.frustrated', 'none.ack', 'none.next'])
  })

  it('does not apologise twice for a wait the shopper already named as the reason', () => {
    const waited = snapshot({ moodNow: 2, reason: 'unreachable', signal: { level: 'concerned', score: 0.5, cues: [{ kind: 'waiting' }] } })
    expect(chooseSuggestions(waited).keys).toEqual(['unreachable.ack', 'unreachable.next'])
  })

  it("writes in the shopper's language and falls back to English", () => {
    expect(chooseSuggestions(snapshot({ language: 'th-TH', moodNow: 2, reason: 'unreachable' }), all).texts[0]).toContain('ค่ะ')
    expect(chooseSuggestions(snapshot({ language: 'fil', moodNow: 2 }), all).texts.every((t) => /\bpo\b/.test(t))).toBe(true)
    expect(chooseSuggestions(snapshot({ language: 'lo' })).language).toBe('lo')
    expect(chooseSuggestions(snapshot({ language: 'ko' })).language).toBe('en')
  })

  // The widget's other languages, by the tags shoppers' browsers send.
  it.each([
    ['id-ID', id],
    ['in', id],
    ['ms-MY', ms],
    ['vi-VN', vi],
    ['es-MX', es],
    ['es-ES', es],
    ['pt-BR', pt],
    ['pt-PT', pt],
    ['zh-CN', zh],
    ['zh-TW', zh],
    ['ja-JP', ja],
    ['ar-EG', ar],
  ])('%s: a shopper is offered lines in their language, for the reason an upset one gave', async (tag, catalog) => {
    const language = suggestionLanguage(tag)
    await loadCatalog(language)
    expect(chooseSuggestions(snapshot({ language: tag })).texts).toEqual([catalog['okay.ack'], catalog['none.next']])
    const upset = snapshot({ language: tag, moodNow: 2, reason: 'unreachable' })
    expect(chooseSuggestions(upset).texts).toEqual([catalog['unreachable.ack'], catalog['unreachable.next']])
    // Thai's voice is Thai's alone.
    expect(chooseSuggestions(upset, catalogNow, 'male').texts).toEqual(chooseSuggestions(upset).texts)
  })
})

describe("the agent's Thai voice", () => {
  const thai = snapshot({ language: 'th', moodNow: 2, reason: 'experience', understood: false })

  it('speaks ค่ะ/คะ by default, ครับ in the male voice and no particle in the neutral one', () => {
    const female = chooseSuggestions(thai, all).texts
    const male = chooseSuggestions(thai, all, 'male').texts
    const neutral = chooseSuggestions(thai, all, 'neutral').texts
    expect(female.join()).toMatch(/ค่ะ|คะ/)
    // A female particle anywhere, but in a word that begins with คะ (คะแนน score, คะน้า kale).
    const femaleParticle = /ค่ะ|คะ(?!แนน|น้า)/
    expect(male.join()).not.toMatch(femaleParticle)
    expect(male.every((text) => text.includes('ครับ'))).toBe(true)
    expect(neutral.join()).not.toMatch(femaleParticle)
    expect(neutral.join()).not.toMatch(/ครับ/)
    expect(neutral[1]).toBe('ต้องขออภัยจริง ๆ ที่ครั้งนี้ทำให้ผิดหวัง')
  })

  it.each(['male', 'neutral'] as const)('%s: every Thai suggestion still reads whole', (voice) => {
    for (const [key, text] of Object.entries(th)) {
      const spoken = inThaiVoice(text, voice)
      expect(spoken.length, key).toBeGreaterThan(10)
      expect(spoken, key).not.toMatch(/ {2}|^ | $/)
    }
  })

  it('leaves the other languages as they are', () => {
    const lao = snapshot({ language: 'lo', moodNow: 2 })
    expect(chooseSuggestions(lao, all, 'male').texts).toEqual(chooseSuggestions(lao, all).texts)
  })
})

describe('loading catalogs', () => {
  it('has English at once, and another language once it has loaded (no texts meanwhile)', async () => {
    expect(chooseSuggestions(snapshot({ moodNow: 2 })).texts).toHaveLength(2)
    expect(catalogNow('lo')).toBeNull()
    expect(chooseSuggestions(snapshot({ language: 'lo' })).texts).toEqual([])
    expect(await loadCatalog('lo')).toBe(lo)
    expect(chooseSuggestions(snapshot({ language: 'lo' })).texts[0]).toBe(lo['okay.ack'])
  })
})

describe('suggestionLanguage', () => {
  it('reads the primary subtag, Tagalog included', () => {
    expect(['th', 'TH-th', 'tl', 'fil-PH', 'lo-LA', 'en-GB', null, ''].map(suggestionLanguage)).toEqual([
      'th',
      'th',
      'fil',
      'fil',
      'lo',
      'en',
      'en',
      'en',
    ])
  })

  it("reads the widget's other languages, with their regions and scripts, and nothing else", () => {
    const tags = ['id', 'IN-id', 'ms_MY', 'vi', 'es-419', 'pt-PT', 'zh-Hant-HK', 'ja', 'ar-SA', 'ko-KR', 'de', 'constructor', 'i']
    expect(tags.map(suggestionLanguage)).toEqual(['id', 'id', 'ms', 'vi', 'es', 'pt', 'zh', 'ja', 'ar', 'en', 'en', 'en', 'en'])
  })
})

describe('catalogs', () => {
  it.each(Object.entries(CATALOGS))('%s has a non-empty text for every key, and nothing else', (_language, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual([...SUGGESTION_KEYS].sort())
    for (const key of SUGGESTION_KEYS) expect(catalog[key].trim().length).toBeGreaterThan(10)
  })
  it('Thai uses one register (ค่ะ/คะ, never ครับ) and Filipino says "po" on every line', () => {
    for (const text of Object.values(CATALOGS.th)) expect(text).not.toContain('ครับ')
    for (const text of Object.values(CATALOGS.fil)) expect(text).toMatch(/\bpo\b/)
  })
  it("are the widget's languages, each loading its own", async () => {
    expect([...SUGGESTION_LANGUAGES].sort()).toEqual([...GREETING_LANGUAGES].sort())
    for (const language of SUGGESTION_LANGUAGES) expect(await loadCatalog(language), language).toBe(CATALOGS[language])
  })
  it('Lao texts are in Lao script', () => {
    for (const text of Object.values(CATALOGS.lo)) expect(text).toMatch(/[\u0E80-\u0EFF]/)
  })
  it('Arabic, Japanese and Chinese texts are in their scripts, the Chinese with no Japanese kana', () => {
    for (const text of Object.values(CATALOGS.ar)) expect(text).toMatch(/^[\u0600-\u06FF\s.!]+$/)
    for (const text of Object.values(CATALOGS.ja)) expect(text).toMatch(/[\u3040-\u309F]/)
    for (const text of Object.values(CATALOGS.zh)) expect(text).toMatch(/^[\u4E00-\u9FFF\u3000-\u303F\uFF01-\uFF1F]+$/)
  })
  it('Indonesian calls the shopper "Kak" on every line, Vietnamese opens with "Dạ" or closes with "ạ"', () => {
    for (const text of Object.values(CATALOGS.id)) expect(text).toMatch(/\bKak(ak)?\b/)
    for (const text of Object.values(CATALOGS.vi)) expect(text).toMatch(/^Dạ, | ạ[.?!]/)
  })
  it("no line says the agent's gender where the language would (as Thai leaves out ดิฉัน/ผม)", () => {
    const gendered = {
      es: /\b(encantad|segur|content|agradecid)[oa]\b/i,
      pt: /\b(obrigad|encantad)[oa]\b|\beu mesm[oa]\b/i,
      ar: /آسف/,
      ja: /僕|俺|あたし/,
    }
    for (const [language, words] of Object.entries(gendered)) {
      for (const text of Object.values(CATALOGS[language as SuggestionLanguage])) expect(text, language).not.toMatch(words)
    }
  })
  it('Lao apologies, thanks and requests carry the deferential ເຈົ້າ', () => {
    const polite = Object.entries(CATALOGS.lo).filter(([, text]) => /ຂໍອະໄພ|ຂອບໃຈ|ລົບກວນ/.test(text))
    expect(polite.length).toBeGreaterThan(8)
    for (const [key, text] of polite) expect(text, key).toContain('ເຈົ້າ')
  })
})

describe('insertSuggestion', () => {
  it('puts the text at the start of the draft, ready to edit', () => {
    expect(insertSuggestion('', 'Sorry for the wait.')).toBe('Sorry for the wait. ')
    expect(insertSuggestion('  your parcel left today', 'Sorry for the wait.')).toBe('Sorry for the wait. your parcel left today')
  })
})
