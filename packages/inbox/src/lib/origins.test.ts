import { describe, expect, it } from 'vitest'
import { addOrigin, removeOrigin } from './origins.ts'

describe('allowed origins', () => {
  it('adds a well-formed origin, trimmed', () => {
    expect(addOrigin(['https://a.example'], ' https://shop.example ')).toEqual({
      ok: true,
      origin: 'https://shop.example',
      next: ['https://a.example', 'https://shop.example'],
    })
    expect(addOrigin([], 'http://localhost:*').ok).toBe(true)
  })

  it("refuses a path, a missing scheme, a host wildcard and capitals with the server's own words", () => {
    for (const [input, words] of [
      ['https://shop.example/', 'no path, no trailing slash'],
      ['shop.example', 'must start with https:// or http://'],
      ['https://*.shop.example', 'only the port may be a wildcard'],
      ['https://Shop.example', 'must be lower case'],
    ] as const) {
      const check = addOrigin([], input)
      expect(check.ok).toBe(false)
      if (!check.ok && check.refusal.kind === 'malformed') expect(check.refusal.message).toContain(words)
      else throw new Error(`${input} was not refused as malformed`)
    }
  })

  it('refuses an empty field and a repeat', () => {
    expect(addOrigin([], '  ')).toEqual({ ok: false, refusal: { kind: 'missing' } })
    expect(addOrigin(['https://a.example'], 'https://a.example')).toEqual({ ok: false, refusal: { kind: 'twice', origin: 'https://a.example' } })
  })

  it('removes one', () => {
    expect(removeOrigin(['https://a.example', 'https://b.example'], 'https://a.example')).toEqual(['https://b.example'])
  })
})
