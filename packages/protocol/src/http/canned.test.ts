import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { CannedReplyRequestSchema, unknownPlaceholders } from './canned.ts'

const parse = (input: unknown) => v.safeParse(CannedReplyRequestSchema, input)
const problems = (input: unknown) => parse(input).issues?.map((issue) => `${issue.path?.map((p) => p.key).join('.') ?? ''}: ${issue.message}`) ?? []
const refund = { title: 'Refund policy', shortcut: 'refund', language: 'en', texts: { en: 'Hi {shopper_name}, refunds take 5 days.' } }

describe('a canned reply as a store sends it', () => {
  it('is trimmed, its shortcut without the slash typed before it', () => {
    const parsed = parse({
      ...refund,
      title: ' Refund policy ',
      shortcut: '/refund ',
      texts: { en: ' Hi {shopper_name}. ', th: 'สวัสดีค่ะคุณ{shopper_name}' },
    })
    expect(parsed.success && parsed.output).toEqual({ ...refund, texts: { en: 'Hi {shopper_name}.', th: 'สวัสดีค่ะคุณ{shopper_name}' } })
  })

  it('refuses a placeholder it cannot fill, naming it and the ones it can', () => {
    expect(problems({ ...refund, texts: { en: 'Hi {name}, your {order} is {shopper_name}' } })).toEqual([
      'texts.en: Unknown placeholder {name}, {order}: use {shopper_name}, {agent_name}, {store_name}.',
    ])
  })

  it('names each field that is wrong', () => {
    expect(problems({ ...refund, title: ' ', shortcut: 'Refund Policy', texts: { en: '' } })).toEqual([
      'title: A canned reply needs a title.',
      'shortcut: A shortcut is lowercase letters, digits and dashes, like /refund-policy.',
      'texts.en: A canned reply needs its text.',
    ])
  })

  it('needs a text in its own language, and a language of the widget', () => {
    expect(problems({ ...refund, language: 'th' })).toEqual(['texts: Write the reply in its own language first.'])
    expect(parse({ ...refund, texts: { xx: 'Hi' } }).success).toBe(false)
  })
})

describe('unknownPlaceholders', () => {
  it('lists each unknown name once, and ignores braces around spaces', () => {
    expect(unknownPlaceholders('{a} {shopper_name} {a} {b} { not one }')).toEqual(['a', 'b'])
    expect(unknownPlaceholders('Hi {agent_name} from {store_name}')).toEqual([])
  })
})
