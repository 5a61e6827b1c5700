import { describe, expect, it } from 'vitest'
import { matchesPathPattern, pathPatternProblem } from './path-pattern.ts'

describe('a greeting page pattern', () => {
  it('without a star matches exactly that path', () => {
    expect(matchesPathPattern('/checkout', '/checkout')).toBe(true)
    expect(matchesPathPattern('/checkout', '/checkout/pay')).toBe(false)
    expect(matchesPathPattern('/checkout', '/Checkout')).toBe(false)
  })

  it('a trailing star matches the path and everything under and beside it', () => {
    expect(matchesPathPattern('/checkout*', '/checkout')).toBe(true)
    expect(matchesPathPattern('/checkout*', '/checkout/pay')).toBe(true)
    expect(matchesPathPattern('/checkout*', '/checkouts')).toBe(true)
    expect(matchesPathPattern('/checkout*', '/cart/checkout')).toBe(false)
  })

  it('stars in the middle match any run of characters, slashes included', () => {
    expect(matchesPathPattern('/products/*/reviews', '/products/shoes/reviews')).toBe(true)
    expect(matchesPathPattern('/products/*/reviews', '/products/a/b/reviews')).toBe(true)
    expect(matchesPathPattern('/products/*/reviews', '/products/reviews')).toBe(false)
    expect(matchesPathPattern('/*sale*', '/summer-sale/shoes')).toBe(true)
    expect(matchesPathPattern('/a*b*c', '/abc')).toBe(true)
    expect(matchesPathPattern('/a*b*c', '/acb')).toBe(false)
    // Parts may not overlap: "/ab*ba" needs four characters after the slash.
    expect(matchesPathPattern('/ab*ba', '/aba')).toBe(false)
    expect(matchesPathPattern('/*', '/')).toBe(true)
  })

  it('is refused with a reason when it is not a path', () => {
    expect(pathPatternProblem('/checkout*')).toBeNull()
    expect(pathPatternProblem('checkout')).toMatch(/starts with \//)
    expect(pathPatternProblem('/a b')).toMatch(/characters of a page path/)
    expect(pathPatternProblem('/shop?x=1')).toMatch(/characters of a page path/)
    expect(pathPatternProblem(`/${'a'.repeat(200)}`)).toMatch(/at most 200/)
  })
})
