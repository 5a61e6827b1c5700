import { describe, expect, it } from 'vitest'
import { safeHref } from './safe-url.ts'

describe('safeHref', () => {
  it('links paths on our server and http(s) pages', () => {
    expect(safeHref('/api/uploads/abc')).toBe('/api/uploads/abc')
    expect(safeHref('https://shop.example/cart?x=1')).toBe('https://shop.example/cart?x=1')
  })
  it('never links scripts, data, protocol-relative hosts or nothing', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull()
    expect(safeHref(' JavaScript:alert(1)')).toBeNull()
    expect(safeHref('data:text/html,hi')).toBeNull()
    expect(safeHref('//evil.example/x')).toBeNull()
    expect(safeHref('/\\evil.example')).toBeNull()
    expect(safeHref(undefined)).toBeNull()
  })
})
