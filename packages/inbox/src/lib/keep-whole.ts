import { showWhole } from './show-whole.ts'

/**
 * A ref for a row that scrolls sideways (the pages' links): shows its current item whole again
 * each time the row's size changes. A tablet turned to portrait, or a window narrowed to a phone's
 * width, left the open page's link (Team, Store: the last) cut at the row's edge until another
 * page was opened. The link a keyboard is on wins: a row that changes size as Tab moves along it
 * (the alerts' buttons arriving) must not scroll the focus out of sight. Scrolled as when the page
 * opens (show-whole.ts): at once, no motion to reduce. Preact runs the function returned as the
 * row leaves; the observer also fires as it starts.
 */
export function keepWhole(row: HTMLElement | null): (() => void) | undefined {
  if (!row) return
  const observer = new ResizeObserver(() => showWhole(row.querySelector(':focus') ?? row.querySelector('[aria-current]')))
  observer.observe(row)
  return () => observer.disconnect()
}
