import { describe, expect, it } from 'vitest'
import { enGreetings } from '../i18n/en-greetings.ts'
import { checkDraft, draftOf, summaryOf } from './greeting-form.ts'

const draft = (change: Partial<ReturnType<typeof draftOf>>) => ({ ...draftOf(), ...change })

describe('the greeting form', () => {
  it('turns a filled form into the request the server takes, trimmed, off by default', () => {
    expect(checkDraft(draft({ kind: 'url_pattern', pattern: ' /checkout* ', texts: { en: ' Need help? ', th: '', lo: '  ' } }), enGreetings)).toEqual(
      {
        ok: true,
        request: { condition: { kind: 'url_pattern', pattern: '/checkout*' }, language: 'en', texts: { en: 'Need help?' }, enabled: false },
      },
    )
  })

  it('names every problem at once, in the catalog’s words', () => {
    const checked = checkDraft(draft({ kind: 'time_on_page', seconds: '2.5', language: 'th', texts: { en: 'Hi', ja: 'x'.repeat(201) } }), enGreetings)
    expect(checked).toEqual({
      ok: false,
      problems: {
        seconds: 'Enter a whole number of seconds, from 1 to 3600.',
        'text-th': 'Write the greeting in Thai.',
        'text-ja': 'At most 200 characters.',
      },
    })
    expect(checkDraft(draft({ kind: 'url_pattern', pattern: 'checkout', texts: { en: 'Hi' } }), enGreetings)).toMatchObject({
      problems: { pattern: enGreetings.form.patternInvalid },
    })
    expect(checkDraft(draft({ kind: 'cart_value', cart: '', texts: { en: 'Hi' } }), enGreetings)).toMatchObject({
      problems: { cart: enGreetings.form.cartInvalid },
    })
  })

  it('opens an existing greeting as it is stored, and round-trips it', () => {
    const greeting = {
      id: 'g1',
      enabled: true,
      condition: { kind: 'cart_value' as const, atLeast: 100 },
      language: 'th' as const,
      texts: { th: 'สั่งครบ 100 ส่งฟรีค่ะ' },
    }
    const opened = draftOf(greeting)
    expect(opened).toMatchObject({ kind: 'cart_value', cart: '100', language: 'th', enabled: true })
    expect(checkDraft(opened, enGreetings)).toEqual({
      ok: true,
      request: { condition: greeting.condition, language: 'th', texts: greeting.texts, enabled: true },
    })
  })

  it('says when each greeting shows', () => {
    expect(summaryOf({ kind: 'time_on_page', seconds: 30 }, enGreetings.summary)).toBe('After 30 s on a page')
    expect(summaryOf({ kind: 'url_pattern', pattern: '/sale*' }, enGreetings.summary)).toBe('On pages /sale*')
    expect(summaryOf({ kind: 'exit_intent' }, enGreetings.summary)).toBe('When the pointer heads out (computers)')
  })
})
