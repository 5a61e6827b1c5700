import { inThaiVoice, type ThaiVoice } from '../../packages/protocol/src/thai-voice.ts'
import { th } from '../../packages/widget/src/i18n/th.ts'
import { ShopperPage } from '../pages/shopper-page.ts'
import { StorePage } from '../pages/store-page.ts'
import { test, expect } from '../fixtures/test.ts'

/*
 * Issue 16: the owner chooses the store's Thai voice on the Store page, and a Thai shopper's chat
 * speaks it — its greeting and its check-in card end in ค่ะ/คะ, in ครับ, or in no particle. The
 * texts expected are the widget's own catalog in that voice. Phone-sized screenshots are kept in
 * the test's output folder for a human to look at (thai-voice-<voice>-phone.png).
 */
const VOICES: [voice: ThaiVoice, particle: string][] = [
  ['male', 'ครับ'],
  ['neutral', 'No particle'],
  ['female', 'ค่ะ / คะ'],
]
const spoken = (key: keyof typeof th, voice: ThaiVoice) => inThaiVoice(th[key] as string, voice)

test("the store's Thai voice, set on the Store page, is how its chat speaks Thai", async ({ agent, browser, attune, hostPages }, testInfo) => {
  const store = new StorePage(agent.page)
  await store.open()

  for (const [voice, particle] of VOICES) {
    await store.setThaiVoice(particle)
    // A new shopper, so the widget reads the store's configuration afresh.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
    const { page, panel, launcherButton } = new ShopperPage(await context.newPage(), attune.url)
    await page.goto(`${hostPages.url}/lang.html?lang=th`)
    await launcherButton.click()
    await expect(panel.getByRole('log')).toContainText(spoken('panel.greeting', voice), { timeout: 15_000 })
    await expect(panel.getByRole('group', { name: spoken('checkin.before.question', voice) })).toBeVisible({ timeout: 15_000 })
    const words = (await panel.innerText()).replace(/\s+/g, ' ')
    if (voice !== 'female') expect(words).not.toMatch(/ค่ะ|คะ(?![ก-๎])/)
    if (voice !== 'male') expect(words).not.toContain('ครับ')
    await page.screenshot({ path: testInfo.outputPath(`thai-voice-${voice}-phone.png`), animations: 'disabled' })
    await context.close()
  }
  await agent.page.getByRole('region', { name: 'Thai voice of the chat' }).screenshot({ path: testInfo.outputPath('thai-voice-store-page.png') })
})
