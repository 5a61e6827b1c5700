import { describe, expect, it } from 'vitest'
import { originAllowed } from './origins.ts'

const patterns = ['http://localhost:*', 'http://127.0.0.1:*', 'https://shop.example']

describe('allowed origins', () => {
  it('allows any port where the pattern says :*', () => {
    expect(originAllowed('http://localhost:5173', patterns)).toBe(true)
    expect(originAllowed('http://localhost', patterns)).toBe(true)
    expect(originAllowed('http://127.0.0.1:8787', patterns)).toBe(true)
  })

  it('matches scheme and host exactly', () => {
    expect(originAllowed('https://shop.example', patterns)).toBe(true)
    expect(originAllowed('http://shop.example', patterns)).toBe(false)
    expect(originAllowed('https://shop.example:8443', patterns)).toBe(false)
    expect(originAllowed('https://evil.shop.example', patterns)).toBe(false)
    expect(originAllowed('https://localhost:3000', patterns)).toBe(false)
    expect(originAllowed('http://localhost.evil.com', patterns)).toBe(false)
  })

  it('refuses a missing, opaque or malformed origin', () => {
    expect(originAllowed(undefined, patterns)).toBe(false)
    expect(originAllowed('null', patterns)).toBe(false)
    expect(originAllowed('not a url', patterns)).toBe(false)
    expect(originAllowed('https://shop.example/path', patterns)).toBe(false)
  })
})
