import type { Page } from '@playwright/test'

/** What has keyboard focus, looking through open shadow roots. */
export interface Focused {
  tag: string
  /** aria-label, else the text of its <label>, else its own text. */
  name: string
  /** For radios: the option's value; else ''. */
  value: string
  /** The `class` attribute. */
  className: string
}

export async function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el || el === document.body) return null
    const labels = (el as HTMLInputElement).labels
    const name = el.getAttribute('aria-label') ?? (labels?.[0]?.textContent ?? el.textContent ?? '').trim()
    return { tag: el.tagName.toLowerCase(), name, value: (el as HTMLInputElement).value ?? '', className: el.getAttribute('class') ?? '' }
  })
}

/**
 * Presses Tab (or Shift+Tab) until `wanted` holds for the focused element, at most `max` times.
 * Returns how many presses it took; throws with the path it walked when it never got there.
 */
export async function tabUntil(page: Page, wanted: (f: Focused | null) => boolean, { backwards = false, max = 30 } = {}): Promise<number> {
  const path: string[] = []
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
    const now = await focused(page)
    if (wanted(now)) return presses
    path.push(now ? `${now.tag}.${now.className}(${now.name.slice(0, 30)})` : 'body')
  }
  throw new Error(`focus never got there in ${max} presses: ${path.join(' → ')}`)
}
