import type { Locator } from '@playwright/test'

/**
 * Which of `texts` a conversation log shows, top to bottom, one entry per list item that shows
 * one. A message shown twice appears twice; other lines (check-in notes, the greeting) are left
 * out. Poll it: `await expect.poll(() => messageOrder(log, texts)).toEqual(texts)`.
 */
export async function messageOrder(log: Locator, texts: readonly string[]): Promise<string[]> {
  const items = await log.getByRole('listitem').allInnerTexts()
  return items.flatMap((item) => texts.filter((text) => item.includes(text)))
}
