import type { CannedReply } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { cannedContextOf, cannedLanguage, cannedText, fillPlaceholders, insertCanned, matchCanned, shortcutAt, variantFor } from './canned.ts'

const reply = (
  shortcut: string,
  title: string,
  texts: CannedReply['texts'] = { en: title },
  language: CannedReply['language'] = 'en',
): CannedReply => ({
  id: shortcut,
  shortcut,
  title,
  language,
  texts,
})

const refund = reply('refund', 'Refund policy', {
  en: 'Hi {shopper_name}, refunds take 5 days. — {agent_name}, {store_name}',
  th: 'สวัสดีค่ะคุณ{shopper_name} คืนเงินภายใน 5 วันนะคะ',
})
const delivery = reply('delivery', 'Delivery times')
const sizes = reply('sizes', 'Size chart for refunds')

describe('shortcutAt', () => {
  it('finds the slash word the caret ends, at the start or after a space or a line break', () => {
    expect(shortcutAt('/ref', 4)).toEqual({ start: 0, end: 4, query: 'ref' })
    expect(shortcutAt('Hi /ref', 7)).toEqual({ start: 3, end: 7, query: 'ref' })
    expect(shortcutAt('Hi\n/', 4)).toEqual({ start: 3, end: 4, query: '' })
    expect(shortcutAt('Hi /ref and more', 7)).toEqual({ start: 3, end: 7, query: 'ref' })
  })

  it('opens nothing for a slash inside a word, a URL, or once a space follows', () => {
    expect(shortcutAt('and/or', 6)).toBeNull()
    expect(shortcutAt('see https://x.example/ref', 25)).toBeNull()
    expect(shortcutAt('/ref ', 5)).toBeNull()
    expect(shortcutAt('plain words', 11)).toBeNull()
  })
})

describe('matchCanned', () => {
  const all = [delivery, refund, sizes]
  it('lists every reply before anything is typed', () => {
    expect(matchCanned(all, '')).toEqual(all)
  })

  it('puts shortcuts that start with the words first, then shortcuts and titles that contain them', () => {
    expect(matchCanned(all, 'ref').map((r) => r.shortcut)).toEqual(['refund', 'sizes'])
    expect(matchCanned(all, 'DELIV').map((r) => r.shortcut)).toEqual(['delivery'])
    expect(matchCanned(all, 'chart').map((r) => r.shortcut)).toEqual(['sizes'])
    expect(matchCanned(all, 'zzz')).toEqual([])
  })
})

describe("the variant in the shopper's language", () => {
  it("reads the language of a tag, Tagalog as Filipino, Indonesian's older code as Indonesian, and nothing of a language the widget lacks", () => {
    expect(cannedLanguage('th-TH')).toBe('th')
    expect(cannedLanguage('tl')).toBe('fil')
    expect(cannedLanguage('in-ID')).toBe('id')
    expect(cannedLanguage('de')).toBeNull()
    expect(cannedLanguage(null)).toBeNull()
  })

  it("is the shopper's when written, else the reply's own language's", () => {
    expect(variantFor(refund, 'th').language).toBe('th')
    expect(variantFor(refund, 'lo').language).toBe('en')
    expect(variantFor(refund, undefined).language).toBe('en')
    expect(variantFor(reply('x', 'X', { th: 'ขอบคุณค่ะ' }, 'th'), 'en')).toEqual({ language: 'th', text: 'ขอบคุณค่ะ' })
  })
})

describe('fillPlaceholders', () => {
  it('fills each placeholder with its value', () => {
    expect(fillPlaceholders(refund.texts.en!, { shopper_name: 'Ann', agent_name: 'Nok', store_name: 'Siam Silk' }, 'en')).toBe(
      'Hi Ann, refunds take 5 days. — Nok, Siam Silk',
    )
  })

  it('never shows a placeholder nor "undefined" when a value is missing: the name is left out and the sentence closed up', () => {
    expect(fillPlaceholders('Hi {shopper_name}, refunds take 5 days.', {}, 'en')).toBe('Hi, refunds take 5 days.')
    expect(fillPlaceholders('Thanks {shopper_name}!', { shopper_name: '  ' }, 'fil')).toBe('Thanks!')
    expect(fillPlaceholders('{shopper_name}, your parcel left today.', { shopper_name: undefined }, 'en')).toBe('your parcel left today.')
  })

  it('says "customer" in Thai and Lao where the name would go, as their shops do', () => {
    expect(fillPlaceholders('สวัสดีค่ะคุณ{shopper_name}', {}, 'th')).toBe('สวัสดีค่ะคุณลูกค้า')
    expect(fillPlaceholders('ສະບາຍດີ {shopper_name}', {}, 'lo')).toBe('ສະບາຍດີ ລູກຄ້າ')
  })
})

describe('cannedText', () => {
  it("fills the shopper's variant, in the agent's own Thai voice", () => {
    expect(cannedText(refund, 'th-TH', { shopper_name: 'สมชาย' }, 'male')).toEqual({
      language: 'th',
      text: 'สวัสดีครับคุณสมชาย คืนเงินภายใน 5 วันนะครับ',
    })
    expect(cannedText(refund, 'th', { shopper_name: 'สมชาย' }).text).toBe('สวัสดีค่ะคุณสมชาย คืนเงินภายใน 5 วันนะคะ')
  })
})

describe('insertCanned', () => {
  it('replaces the slash word and puts the caret after the text, keeping what was around it', () => {
    const at = shortcutAt('Hello /ref', 10)!
    expect(insertCanned('Hello /ref', at, 'Refunds take 5 days.')).toEqual({ draft: 'Hello Refunds take 5 days.', caret: 26 })
    const inside = shortcutAt('/ref thanks', 4)!
    expect(insertCanned('/ref thanks', inside, 'Text')).toEqual({ draft: 'Text thanks', caret: 4 })
  })
})

describe('cannedContextOf', () => {
  it("takes the shopper's language and name from the summary, the agent's name and voice and the store's name from the session", () => {
    const agent = {
      name: 'Nok',
      siteKey: 'silk',
      stores: [{ siteKey: 'silk', name: 'Siam Silk', role: 'agent' as const }],
      preferences: { thaiVoice: 'male' as const, language: null, sound: true },
    }
    expect(cannedContextOf({ summary: { empathy: { language: 'th-TH' } as never, visitorName: 'Ann' }, agent })).toEqual({
      language: 'th-TH',
      values: { shopper_name: 'Ann', agent_name: 'Nok', store_name: 'Siam Silk' },
      voice: 'male',
    })
    expect(cannedContextOf({ agent: { ...agent, stores: [] } }).values).toEqual({ shopper_name: undefined, agent_name: 'Nok', store_name: undefined })
  })
})
