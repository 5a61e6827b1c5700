import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { GreetingRequestSchema } from './greetings.ts'

const parse = (input: unknown) => v.safeParse(GreetingRequestSchema, input)
const messages = (input: unknown) => parse(input).issues?.map((issue) => issue.message) ?? []

describe('a greeting as a store sends it', () => {
  it('is off unless it says otherwise, with its texts trimmed', () => {
    const parsed = parse({ condition: { kind: 'second_visit' }, language: 'en', texts: { en: '  Welcome back!  ', th: 'ยินดีต้อนรับกลับมาค่ะ' } })
    expect(parsed.success && parsed.output).toEqual({
      condition: { kind: 'second_visit' },
      language: 'en',
      texts: { en: 'Welcome back!', th: 'ยินดีต้อนรับกลับมาค่ะ' },
      enabled: false,
    })
  })

  it('needs a text in its own language', () => {
    expect(messages({ condition: { kind: 'exit_intent' }, language: 'th', texts: { en: 'Wait!' } })).toEqual([
      'Write the greeting in its own language first.',
    ])
  })

  it('names what is wrong with each condition', () => {
    const base = { language: 'en', texts: { en: 'Hi' } }
    expect(messages({ ...base, condition: { kind: 'time_on_page', seconds: 0 } })).toEqual(['At least 1 second.'])
    expect(messages({ ...base, condition: { kind: 'time_on_page', seconds: 2.5 } })).toEqual(['Seconds are a whole number.'])
    expect(messages({ ...base, condition: { kind: 'url_pattern', pattern: 'checkout' } })).toEqual(['A page pattern starts with /, like /checkout*.'])
    expect(messages({ ...base, condition: { kind: 'cart_value', atLeast: -1 } })).toEqual(['A cart value is 0 or more.'])
    expect(parse({ ...base, condition: { kind: 'on_full_moon' } }).success).toBe(false)
  })

  it('refuses a language the widget does not speak, an empty text and a long one', () => {
    const condition = { kind: 'second_visit' }
    expect(parse({ condition, language: 'en', texts: { en: 'Hi', xx: 'Hi' } }).success).toBe(false)
    expect(messages({ condition, language: 'en', texts: { en: '   ' } })).toContain('A greeting needs its text.')
    expect(messages({ condition, language: 'en', texts: { en: 'a'.repeat(201) } })).toContain('A greeting is at most 200 characters.')
  })
})
