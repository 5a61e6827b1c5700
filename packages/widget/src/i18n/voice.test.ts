import { inThaiVoice, type ThaiVoice } from '@attune/core'
import { describe, expect, it } from 'vitest'
import { LOCALES, loadCatalog } from './catalogs.ts'
import { createTranslator } from './t.ts'
import { th as thaiLater } from './later/th.ts'
import { th as thaiCatalog } from './th.ts'
import { voiced } from './voice.ts'

/** What the panel says in Thai: the catalog and the words a chat reaches later (./later/). */
const th = { ...thaiCatalog, ...thaiLater }

/** Every Thai text, plural forms included, with its key. */
const texts = Object.entries(th).flatMap(([key, entry]) =>
  typeof entry === 'string' ? [[key, entry] as const] : Object.values(entry).map((text) => [key, text] as const),
)
// คะ that begins a word (คะแนน) is no particle; the transform's own rule, said again to test it.
const PARTICLE = /ค่ะ|คะ(?![\u0E01-\u0E4E])/

describe('the Thai catalog in each voice', () => {
  // What each voice must never say: female never ครับ, male no ค่ะ/คะ, neutral neither.
  it.each<[ThaiVoice, RegExp[]]>([
    ['female', [/ครับ/]],
    ['male', [PARTICLE]],
    ['neutral', [PARTICLE, /ครับ/]],
  ])('%s: every key reads whole, in that voice only', (voice, never) => {
    for (const [key, text] of texts) {
      const spoken = inThaiVoice(text, voice)
      expect(spoken.trim(), key).not.toBe('')
      expect(spoken, key).toBe(spoken.trim())
      expect(spoken, key).not.toMatch(/ {2}| :/)
      for (const word of never) expect(spoken, key).not.toMatch(word)
      // The parameters survive the voice.
      expect(spoken.match(/\{\w+\}/g), key).toEqual(text.match(/\{\w+\}/g))
    }
  })

  it('is written in the female voice: every sentence the shop says ends in a particle the voice can change', () => {
    const particles = texts.filter(([, text]) => PARTICLE.test(text))
    expect(particles.length).toBeGreaterThan(20)
    expect(inThaiVoice(th['panel.greeting'] as string, 'male')).toBe('สวัสดีครับ มีอะไรให้ช่วยไหมครับ')
    expect(inThaiVoice(th['panel.greeting'] as string, 'neutral')).toBe('สวัสดี มีอะไรให้ช่วยไหม')
  })

  it('keeps นะ and กรุณา, which keep the neutral voice polite', () => {
    expect(inThaiVoice(th['wait.notice'] as string, 'neutral')).toMatch(/^ขอบคุณที่รอนะ /)
    expect(inThaiVoice(th['upload.failed'] as string, 'neutral')).toContain('กรุณาลองอีกครั้ง')
  })
})

describe('voiced', () => {
  const thai = { t: createTranslator(th, { locale: 'th-TH', dir: 'ltr' }), locale: 'th-TH', dir: 'ltr' as const }

  it("speaks the panel's Thai in the store's voice, parameters filled", () => {
    expect(voiced(thai, 'male').t('panel.greeting')).toBe('สวัสดีครับ มีอะไรให้ช่วยไหมครับ')
    expect(voiced(thai, 'neutral').t('upload.tooLarge', { name: 'a.png', max: '10 MB' })).toBe('a.png ใหญ่เกินไป ส่งได้ไม่เกิน 10 MB นะ')
  })

  it('leaves the texts as they are without a voice; no other language has one to apply', async () => {
    expect(voiced(thai, undefined)).toBe(thai)
    // The panel applies the catalog's own `voiced`, which only Thai's brings.
    expect((await loadCatalog('th')).voiced).toBe(voiced)
    for (const code of LOCALES.filter((code) => code !== 'th')) expect((await loadCatalog(code)).voiced, code).toBeUndefined()
  })
})
