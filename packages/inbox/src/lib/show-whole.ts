/**
 * Brings an element whole into view in the rows that scroll sideways on a phone (the page links,
 * the view tabs, a conversation's actions, the suggested acknowledgements): the one chosen, and
 * the one Tab reaches, which Chromium leaves showing in part where it is. Nearest, so nothing
 * moves where it shows already. Takes null, so it can be a ref.
 */
export function showWhole(element: Element | null | undefined): void {
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
}
