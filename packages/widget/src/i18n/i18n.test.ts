import { laoDateFiguresFormat } from '@attune/core'
import { describe, expect, it } from 'vitest'
import { ar } from './ar.ts'
import { LOCALES, loadCatalog, matchLocale, pickLocale } from './catalogs.ts'
import { type Catalog, en } from './en.ts'
import { es } from './es.ts'
import { fil } from './fil.ts'
import { id } from './id.ts'
import { ja } from './ja.ts'
import { lo as laoWithDates } from './lo.ts'
import { ms } from './ms.ts'
import { pt } from './pt.ts'
import { createTranslator } from './t.ts'
import { voiced } from './voice.ts'
import { th as thaiWithVoice } from './th.ts'
import { vi } from './vi.ts'
import { zh } from './zh.ts'
import { ar as arLater } from './later/ar.ts'
import { en as enLater, type LaterWords } from './later/en.ts'
import { es as esLater } from './later/es.ts'
import { fil as filLater } from './later/fil.ts'
import { id as idLater } from './later/id.ts'
import { ja as jaLater } from './later/ja.ts'
import { lo as loLater } from './later/lo.ts'
import { ms as msLater } from './later/ms.ts'
import { pt as ptLater } from './later/pt.ts'
import { th as thLater } from './later/th.ts'
import { vi as viLater } from './later/vi.ts'
import { zh as zhLater } from './later/zh.ts'

/** Thai's catalog without the voice its chunk brings along (voice.test.ts tests that). */
const { voiced: _voice, ...th } = thaiWithVoice
/** Lao's without the dates its chunk brings along (ui/view-model.test.ts tests them). */
const { dates: _dates, ...lo } = laoWithDates
const catalogs: Record<string, Catalog> = { en, th, fil, lo, ar, es, id, vi, ms, zh, ja, pt }
/** The words each language's chats reach later (./later/): a chunk apart, held to the same promise. */
const laterWords: Record<string, LaterWords> = {
  en: enLater,
  th: thLater,
  fil: filLater,
  lo: loLater,
  ar: arLater,
  es: esLater,
  id: idLater,
  vi: viLater,
  ms: msLater,
  zh: zhLater,
  ja: jaLater,
  pt: ptLater,
}

describe('t', () => {
  const t = createTranslator(en, { locale: 'en', dir: 'ltr' })

  it('returns the English text for a key', () => {
    expect(t('launcher.open')).toBe('Open chat')
    expect(t('composer.label')).toBe('Message')
  })

  it('fills named parameters', () => {
    expect(t('panel.title', { store: 'Demo Store' })).toBe('Chat with Demo Store')
  })

  it('fills a value as it is and leaves a missing one in braces', () => {
    expect(t('panel.title', { store: 'A$&B $1' })).toBe('Chat with A$&B $1')
    expect(t('panel.title')).toBe('Chat with {store}')
  })

  it("isolates a person's words where the sentence or the words are right-to-left, and nothing else", () => {
    const tAr = createTranslator(ar, { locale: 'ar', dir: 'rtl' })
    expect(tAr('panel.title', { store: 'Shoes 24/7!' })).toBe('دردشة مع \u2068Shoes 24/7!\u2069')
    expect(tAr('launcher.unread', { count: 3 })).toBe('3 رسائل غير مقروءة')
    expect(t('panel.title', { store: 'متجر الأحذية!' })).toBe('Chat with \u2068متجر الأحذية!\u2069')
    expect(t('typing.agent', { name: 'שירה' })).toBe('\u2068שירה\u2069 is typing…')
    expect(t('typing.agent', { name: 'Alex!' })).toBe('Alex! is typing…')
  })

  it('picks the plural form by count', () => {
    expect(t('launcher.unread', { count: 1 })).toBe('1 unread message')
    expect(t('launcher.unread', { count: 3 })).toBe('3 unread messages')
  })

  it('picks Arabic plural forms with Intl.PluralRules (two, few, many)', () => {
    const tAr = createTranslator(ar, { locale: 'ar', dir: 'rtl' })
    expect(tAr('launcher.unread', { count: 1 })).toBe('رسالة واحدة غير مقروءة')
    expect(tAr('launcher.unread', { count: 2 })).toBe('رسالتان غير مقروءتين')
    expect(tAr('launcher.unread', { count: 3 })).toBe('3 رسائل غير مقروءة')
    expect(tAr('launcher.unread', { count: 11 })).toBe('11 رسالة غير مقروءة')
  })

  it('leaves a missing parameter visible instead of printing "undefined"', () => {
    expect(t('panel.title')).toBe('Chat with {store}')
  })
})

describe('catalogs', () => {
  const english = Object.keys(en).sort()
  const englishLater = Object.keys(enLater).sort()

  it('ships every locale it loads, and a test catalog for each', () => {
    expect(Object.keys(catalogs).sort()).toEqual([...LOCALES].sort())
  })

  it.each(Object.keys(catalogs).filter((c) => c !== 'en'))('%s has every key the English catalog has, and no other', (code) => {
    const catalog = catalogs[code]!
    expect(Object.keys(catalog).sort()).toEqual(english)
  })

  it('ships later words for every locale it loads', () => {
    expect(Object.keys(laterWords).sort()).toEqual([...LOCALES].sort())
  })

  it.each(Object.keys(laterWords).filter((c) => c !== 'en'))('%s has every later word the English file has, and no other', (code) => {
    expect(Object.keys(laterWords[code]!).sort()).toEqual(englishLater)
  })

  it.each(Object.keys(catalogs))('%s has no empty text and keeps every {parameter} of the English text', (code) => {
    const catalog = { ...catalogs[code]!, ...laterWords[code]! }
    const english = { ...en, ...enLater }
    const params = (text: unknown) => [...JSON.stringify(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(english) as (keyof typeof english)[]) {
      const entry = catalog[key]
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry)
      for (const text of texts) expect(text?.trim(), `${code} ${key}`).not.toBe('')
      // Plural forms may spell the count out ("one message"), so only `other` must keep {count}.
      const other = typeof entry === 'string' ? entry : entry.other
      const ours = english[key]
      const oursText = typeof ours === 'string' ? ours : ours.other
      expect(params(other), `${code} ${key}`).toEqual(params(oursText))
    }
  })
})

describe('Lao', () => {
  const texts = Object.entries({ ...lo, ...loLater }).flatMap(([key, entry]) =>
    typeof entry === 'string' ? [[key, entry]] : Object.values(entry).map((text) => [key, text]),
  )

  it('runs clauses on with a space, without English full stops, commas, dashes, semicolons or exclamation marks', () => {
    // The tab title's dash parts the count from the page's own title in every language: no prose.
    for (const [key, text] of texts) if (key !== 'title.flash') expect(text, key).not.toMatch(/[.,;!—]/)
  })

  it('thanks and apologises with the deferential ເຈົ້າ, as a shop does', () => {
    const thanks = texts.filter(([, text]) => /ຂອບໃຈ|ຂໍໂທດ|ຂໍອະໄພ/.test(text!))
    expect(thanks.length).toBeGreaterThan(3)
    for (const [key, text] of thanks) expect(text, key).toContain('ເຈົ້າ')
  })
})

describe('pickLocale', () => {
  it('falls back to English for an unknown or missing locale', () => {
    expect(pickLocale('xx-YY')).toEqual({ code: 'en', locale: 'en', dir: 'ltr' })
    expect(pickLocale(undefined).code).toBe('en')
    expect(pickLocale().code).toBe('en')
  })

  it('matches a regional tag by its base language', () => {
    expect(pickLocale('en-GB')).toEqual({ code: 'en', locale: 'en-GB', dir: 'ltr' })
    expect(pickLocale('th-TH')).toMatchObject({ code: 'th', locale: 'th-TH' })
    expect(pickLocale('lo_LA')).toMatchObject({ code: 'lo', locale: 'lo-LA' })
  })

  it('serves Filipino for fil and for Tagalog (tl)', () => {
    expect(pickLocale('fil-PH').code).toBe('fil')
    expect(pickLocale('tl').code).toBe('fil')
    expect(pickLocale('tl-PH').code).toBe('fil')
  })

  it('marks Arabic right-to-left, the others left-to-right', () => {
    expect(pickLocale('ar-EG').dir).toBe('rtl')
    expect(pickLocale('th').dir).toBe('ltr')
  })

  it('takes the boot option, else the page language, else the browser languages, in that order', () => {
    expect(pickLocale('lo', 'th', 'fil').code).toBe('lo')
    expect(pickLocale(null, 'th', 'fil').code).toBe('th')
    expect(pickLocale(null, '', 'de-DE', 'fil-PH').code).toBe('fil')
    // A language we do not ship is passed over, not forced to English early.
    expect(pickLocale('de', 'ar').code).toBe('ar')
  })

  it('serves the retail languages by their base tag: es-MX, id (and legacy in), vi, ms-MY, zh-CN, ja-JP, pt-BR', () => {
    expect(['es-MX', 'id-ID', 'in', 'vi-VN', 'ms-MY', 'zh-CN', 'ja-JP', 'pt-BR'].map((tag) => pickLocale(tag).code)).toEqual([
      'es',
      'id',
      'id',
      'vi',
      'ms',
      'zh',
      'ja',
      'pt',
    ])
    expect(pickLocale('pt-BR').locale).toBe('pt-BR')
  })

  it('flashes the tab title with a count and the page title, in the plural the language needs', () => {
    expect(createTranslator(en, { locale: 'en', dir: 'ltr' })('title.flash', { count: 1, title: 'Demo Store' })).toBe('(1) New message — Demo Store')
    expect(createTranslator(en, { locale: 'en', dir: 'ltr' })('title.flash', { count: 2, title: 'Demo Store' })).toBe('(2) New messages — Demo Store')
    expect(createTranslator(th, { locale: 'th', dir: 'ltr' })('title.flash', { count: 3, title: 'ร้าน' })).toBe('(3) ข้อความใหม่ — ร้าน')
  })

  it('flashes one Filipino form for every count: its "one" covers 5 but not 4, and the noun does not inflect', () => {
    const tFil = createTranslator(fil, { locale: 'fil', dir: 'ltr' })
    expect(tFil('title.flash', { count: 4, title: 'Tindahan' })).toBe('(4) Bagong mensahe — Tindahan')
    expect(tFil('title.flash', { count: 5, title: 'Tindahan' })).toBe('(5) Bagong mensahe — Tindahan')
    expect(tFil('launcher.unread', { count: 4 })).toBe('4 mensaheng hindi pa nababasa')
    expect(tFil('launcher.unread', { count: 5 })).toBe('5 mensaheng hindi pa nababasa')
  })

  it('formats with the base language when the tag is ill-formed', () => {
    expect(matchLocale('th-!!')?.locale).toBe('th')
  })
})

describe('loadCatalog', () => {
  it('loads every shipped locale from its own module, English for anything else', async () => {
    expect(await loadCatalog('xx')).toBe(en)
    expect(LOCALES).toEqual(['en', 'th', 'fil', 'lo', 'ar', 'es', 'id', 'vi', 'ms', 'zh', 'ja', 'pt'])
    for (const code of LOCALES) {
      const { voiced: voice, dates, ...catalog } = await loadCatalog(code)
      expect(catalog, code).toEqual(catalogs[code])
      // Only Thai brings a voice, and only Lao its dates, each in its own chunk: no other language pays for them.
      expect(voice, code).toBe(code === 'th' ? voiced : undefined)
      expect(dates, code).toBe(code === 'lo' ? laoDateFiguresFormat : undefined)
    }
  })
})
