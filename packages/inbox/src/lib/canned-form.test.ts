import { describe, expect, it } from 'vitest'
import { enCanned } from '../i18n/en-canned.ts'
import { enGreetings } from '../i18n/en-greetings.ts'
import { cannedDraftOf, checkCannedDraft, refusedField } from './canned-form.ts'

const t = enCanned.problems
const check = (draft: Parameters<typeof checkCannedDraft>[0]) => checkCannedDraft(draft, t, enGreetings.languages)

describe('the canned reply form', () => {
  it('sends the trimmed reply, its shortcut without a typed slash, and only the languages written', () => {
    const draft = { ...cannedDraftOf(), title: ' Refunds ', shortcut: '/refund', texts: { en: ' Hi {shopper_name} ', th: '  ' } }
    expect(check(draft)).toEqual({ ok: true, request: { title: 'Refunds', shortcut: 'refund', language: 'en', texts: { en: 'Hi {shopper_name}' } } })
  })

  it('names every problem under its own field at once', () => {
    expect(check({ title: '', shortcut: 'Refund Policy', language: 'th', texts: { en: 'Hi {name}' } })).toEqual({
      ok: false,
      problems: {
        title: 'Give the reply a title.',
        shortcut: 'Use only lowercase letters, digits and dashes, like refund-policy.',
        'text-en': '{name} cannot be filled in. Use {shopper_name}, {agent_name} or {store_name}.',
        'text-th': 'Write the reply in Thai.',
      },
    })
  })

  it('puts a shortcut the store already uses under the shortcut', () => {
    expect(refusedField({ code: 'conflict', message: 'shortcut: /refund is taken' }, 'refund', t)).toEqual({
      shortcut: '/refund is already used by another canned reply.',
    })
    expect(refusedField({ code: 'conflict', message: 'A store keeps at most 200 canned replies' }, 'refund', t)).toBeNull()
  })
})
