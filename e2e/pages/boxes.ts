import type { Locator } from '@playwright/test'

/**
 * Where `inner` lies outside `outer`'s box, in CSS pixels (0 when it is wholly inside). Both boxes
 * are read in one go, in one frame: read one after the other, they could straddle a reflow that
 * moved both (the inbox's header as it connects), and a link wholly inside its row seemed 29 px out.
 */
export async function outside(inner: Locator, outer: Locator): Promise<number> {
  return inner.evaluate(
    (element, container) => {
      const a = element.getBoundingClientRect()
      const b = container!.getBoundingClientRect()
      return Math.max(0, b.left - a.left, a.right - b.right, b.top - a.top, a.bottom - b.bottom)
    },
    await outer.elementHandle(),
  )
}
