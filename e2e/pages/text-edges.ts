import type { Locator } from '@playwright/test'

/**
 * Where the first and the last characters of `words` sit on the screen (their left edges), inside
 * the element's own text: `last > first` reads left to right, `last < first` right to left.
 */
export function edgesOf(element: Locator, words: string): Promise<{ first: number; last: number }> {
  return element.evaluate((node, words) => {
    const text = [...node.childNodes].find((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.includes(words))!
    const start = text.textContent!.indexOf(words)
    const leftOf = (offset: number) => {
      const range = document.createRange()
      range.setStart(text, offset)
      range.setEnd(text, offset + 1)
      return range.getBoundingClientRect().left
    }
    return { first: leftOf(start), last: leftOf(start + words.length - 1) }
  }, words)
}
