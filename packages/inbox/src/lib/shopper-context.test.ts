import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { toShopperContext } from './shopper-context.ts'

describe('toShopperContext', () => {
  it("links the shopper's page by its title, or by its address when it has none", () => {
    expect(toShopperContext({ page: { url: 'https://shop.example/cart', title: 'Your cart' } }, en.card).page).toEqual({
      text: 'Your cart',
      href: 'https://shop.example/cart',
    })
    expect(toShopperContext({ page: { url: 'https://shop.example/p/1', title: '  ' } }, en.card).page?.text).toBe('https://shop.example/p/1')
  })
  it('shows an address that is not a web page as text only', () => {
    expect(toShopperContext({ page: { url: 'javascript:alert(1)' } }, en.card).page).toEqual({
      text: 'javascript:alert(1)',
      href: null,
    })
  })
  it("lists the store's attributes with booleans as Yes/No and leaves cleared ones out", () => {
    const view = toShopperContext({ attributes: { cartTotal: 89, plan: 'gold', vip: true, newsletter: false, coupon: null } }, en.card)
    expect(view.attributes).toEqual([
      { key: 'cartTotal', value: '89' },
      { key: 'plan', value: 'gold' },
      { key: 'vip', value: 'Yes' },
      { key: 'newsletter', value: 'No' },
    ])
  })
  it('is empty without context (servers that predate it)', () => {
    expect(toShopperContext(undefined, en.card)).toEqual({ page: null, attributes: [] })
  })
})
