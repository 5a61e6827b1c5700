import type { ShopperContext } from '@attune/protocol'
import type { InboxMessages } from '../i18n/en.ts'
import { safeHref } from './safe-url.ts'

/** What the empathy card shows of the store's page and attributes; null parts are left out. */
export interface ShopperContextView {
  /** The page the shopper is on: its title (else its address), linked when it is a web page. */
  page: { text: string; href: string | null } | null
  /** The store's attributes in the order it sent them, values in words. */
  attributes: { key: string; value: string }[]
}

type AttributeValue = NonNullable<ShopperContext['attributes']>[string]

function attributeText(value: AttributeValue, t: InboxMessages['card']): string | null {
  if (value === null) return null // The store cleared it: Attune('update', { coupon: null }).
  if (typeof value === 'boolean') return value ? t.yes : t.no
  return String(value)
}

export function toShopperContext(context: ShopperContext | undefined, t: InboxMessages['card']): ShopperContextView {
  const page = context?.page
  const attributes: ShopperContextView['attributes'] = []
  for (const [key, value] of Object.entries(context?.attributes ?? {})) {
    const text = attributeText(value, t)
    if (text !== null && text.trim() !== '') attributes.push({ key, value: text })
  }
  return {
    page: page?.url ? { text: page.title?.trim() || page.url, href: safeHref(page.url) } : null,
    attributes,
  }
}
