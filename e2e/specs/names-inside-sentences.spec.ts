import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'
import { DEMO_AGENT } from '../pages/agent-inbox.ts'
import { api, signInOverApi } from '../pages/team-api.ts'
import { edgesOf } from '../pages/text-edges.ts'

/** This spec renames the demo store: a server of its own (fixtures/test.ts). */
const test = base.extend<object, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
})

/*
 * A store names itself in its own script, and the widget's sentences put that name among words of
 * the shopper's language ("Chat with {store}"). Left to the bidirectional algorithm, the Arabic
 * around a Latin name that ends in punctuation moves the "!" to the far side of the name ("!Shoes
 * 24/7 مع دردشة"), and an English sentence does the same to an Arabic name's. The name must read
 * as its owner wrote it, wherever it sits.
 */

test("a store's name reads as written inside a sentence of another direction", async ({ shopper, attune, hostPages }) => {
  test.setTimeout(90_000)
  const owner = await signInOverApi(attune.url, DEMO_AGENT)

  /** The store renamed `name`; a shopper opens the chat in `lang`; where the name's ends sit in the title. */
  const titleWith = async (name: string, lang: string) => {
    expect((await api(attune.url, '/api/store', { name }, owner, 'PUT')).status, 'renaming the store').toBe(200)
    await shopper.visit(`${hostPages.url}/lang.html?lang=${lang}`)
    await shopper.launcherButton.click()
    const title = shopper.panel.locator('h2.title')
    await expect(title).toContainText(name)
    return edgesOf(title, name)
  }

  // A Latin name in the Arabic widget: it reads left to right, its "!" last, on the right.
  const inArabic = await titleWith('Shoes 24/7!', 'ar')
  expect(inArabic.last, 'the "!" stays at the end of "Shoes 24/7!"').toBeGreaterThan(inArabic.first)

  // An Arabic name in the English widget: it reads right to left, its "!" last, on the left.
  const inEnglish = await titleWith('متجر الأحذية!', 'en')
  expect(inEnglish.last, 'the "!" stays at the end of the Arabic name').toBeLessThan(inEnglish.first)
})
