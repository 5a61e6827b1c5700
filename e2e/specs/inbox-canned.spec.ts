import { createHmac } from 'node:crypto'
import type { Page } from '@playwright/test'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'

/** This spec adds canned replies to the demo store: a server of its own (fixtures/test.ts). */
const test = base.extend<object, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
})

/*
 * Issue 14: a manager writes a canned reply with a Thai variant on the "Canned replies" page; a
 * Thai shopper the store identified writes; the agent types `/shortcut`, picks it by keyboard,
 * and the Thai text with the shopper's name lands in the reply box unsent; the agent edits it and
 * sends, and the shopper's widget shows it. Words no other spec writes: jasmine rice, mango sticky rice.
 */
const SHORTCUT = 'jasmine-ship'
const THAI_NAME = 'สมศรี'
const THAI_TEXT = 'สวัสดีค่ะคุณ{shopper_name} ข้าวหอมมะลิจะจัดส่งพรุ่งนี้นะคะ'
const FILLED = `สวัสดีค่ะคุณ${THAI_NAME} ข้าวหอมมะลิจะจัดส่งพรุ่งนี้นะคะ`

async function shots(page: Page, name: string, testInfo: { outputPath(name: string): string }) {
  await page.screenshot({ path: testInfo.outputPath(`${name}-desktop.png`) })
  await page.setViewportSize({ width: 820, height: 1180 })
  await page.screenshot({ path: testInfo.outputPath(`${name}-tablet.png`) })
  await page.setViewportSize({ width: 1280, height: 800 })
}

test('a canned reply picked by /shortcut lands in the Thai shopper’s language with their name, unsent, and goes once edited', async ({
  agent,
  shopper,
  attune,
}, testInfo) => {
  test.setTimeout(180_000)
  const page = agent.page
  await page.setViewportSize({ width: 1280, height: 800 })

  // The manager's page: a placeholder it cannot fill is refused under its field, then saved.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Canned replies' }).click()
  await expect(page.getByRole('heading', { name: 'Canned replies', level: 2 })).toBeVisible()
  await page.getByRole('button', { name: 'Add a canned reply' }).click()
  const form = page.getByRole('form', { name: 'New canned reply' })
  await form.getByLabel('Title').fill('Jasmine rice shipping')
  await form.getByLabel('Shortcut').fill(SHORTCUT)
  await form.getByLabel('Text in English').fill('Hi {customer}, your jasmine rice ships tomorrow.')
  await form.getByText('Texts in other languages (optional)').click()
  await form.getByLabel('Text in Thai').fill(THAI_TEXT)
  await form.getByRole('button', { name: 'Save canned reply' }).click()
  const english = form.getByLabel('Text in English')
  await expect(english).toHaveAttribute('aria-invalid', 'true')
  await expect(english).toHaveAccessibleDescription(/\{customer\} cannot be filled in/)
  await expect(english).toBeFocused()
  await expectNoAxeViolations(page, 'canned replies form with a refused placeholder, English')
  await english.fill('Hi {shopper_name}, your jasmine rice ships tomorrow.')
  await form.getByRole('button', { name: 'Save canned reply' }).click()
  await expect(page.getByRole('status').filter({ hasText: `Canned reply /${SHORTCUT} added.` })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Canned replies' }).getByRole('listitem')).toContainText(['Jasmine rice shipping'])
  await expectNoAxeViolations(page, 'canned replies page, English')
  await shots(page, 'canned-page-en', testInfo)

  // A Thai shopper the store identified by name writes.
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
  const owner = { cookie, origin: attune.url, 'content-type': 'application/json' }
  const revealed = await fetch(`${attune.url}/api/store/identity-secret`, { method: 'POST', headers: owner })
  const { identitySecret } = (await revealed.json()) as { identitySecret: string }
  const userHash = createHmac('sha256', identitySecret).update('shopper-somsri').digest('hex')
  await shopper.visitStore()
  await shopper.page.evaluate(
    ({ hash, name }) =>
      (window as unknown as { Attune(...args: unknown[]): void }).Attune('identify', { id: 'shopper-somsri', userHash: hash, name }),
    { hash: userHash, name: THAI_NAME },
  )
  await shopper.openChat()
  await shopper.send('ข้าวหอมมะลิที่สั่งไปจะส่งเมื่อไหร่คะ')

  // The agent types the shortcut and picks it by keyboard: the Thai variant, filled, unsent.
  await page.getByRole('link', { name: 'Conversations' }).click()
  await agent.open('ข้าวหอมมะลิที่สั่งไป')
  const box = agent.replyBox
  await box.click()
  await box.pressSequentially('/jasm')
  const list = page.getByRole('listbox', { name: 'Canned replies' })
  await expect(list.getByRole('option')).toHaveCount(1)
  await expect(box).toHaveAttribute('aria-activedescendant', 'canned-option-0')
  await expect(page.getByRole('status').filter({ hasText: '1 canned reply. Up and Down to choose' })).toBeAttached()
  await expectNoAxeViolations(page, 'the reply box with canned replies open, English')
  await shots(page, 'canned-listbox-en', testInfo)
  await box.press('Enter')
  await expect(list).toBeHidden()
  await expect(box).toHaveValue(FILLED)
  await expect(agent.conversation.getByText(FILLED, { exact: true })).toHaveCount(0)

  // Edited, then sent: the shopper's widget shows the edited words.
  await box.press('End')
  await box.pressSequentially(' พร้อมขนมข้าวเหนียวมะม่วงค่ะ')
  const sent = `${FILLED} พร้อมขนมข้าวเหนียวมะม่วงค่ะ`
  await page.getByRole('button', { name: 'Send', exact: true }).click()
  await expect(agent.conversation.getByText(sent, { exact: true })).toBeVisible()
  await shopper.expectMessage(sent)
  await shopper.page.screenshot({ path: testInfo.outputPath('canned-widget.png') })

  // The same, read in Thai: the page and the open list pass axe.
  const thai = await page.request.put(`${attune.url}/api/agent/preferences`, { data: { language: 'th' }, headers: { origin: attune.url } })
  expect(thai.ok()).toBe(true)
  await page.goto(`${attune.url}/inbox/canned-replies`)
  await expect(page.getByRole('heading', { name: 'ข้อความสำเร็จรูป', level: 2 })).toBeVisible({ timeout: 15_000 })
  await expect(page.getByText('Jasmine rice shipping')).toBeVisible()
  await expectNoAxeViolations(page, 'canned replies page, Thai')
  await shots(page, 'canned-page-th', testInfo)
  await expect(page.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'ข้อความสำเร็จรูป' })).toHaveAttribute('aria-current', 'page')
  await page.goto(`${attune.url}/inbox/`)
  await agent.conversationShowing('ข้าวหอมมะลิจะจัดส่ง').click()
  const thaiBox = page.getByRole('textbox', { name: 'ตอบกลับ' })
  await thaiBox.click()
  await thaiBox.pressSequentially('/')
  await expect(page.getByRole('listbox', { name: 'ข้อความสำเร็จรูป' }).getByRole('option')).toHaveCount(1)
  await expectNoAxeViolations(page, 'the reply box with canned replies open, Thai')
  await shots(page, 'canned-listbox-th', testInfo)
  await thaiBox.press('Escape')
  await expect(page.getByRole('listbox')).toBeHidden()

  // And in Lao, for a human to look at.
  await page.request.put(`${attune.url}/api/agent/preferences`, { data: { language: 'lo' }, headers: { origin: attune.url } })
  await page.goto(`${attune.url}/inbox/canned-replies`)
  await expect(page.getByRole('heading', { name: 'ຂໍ້ຄວາມສຳເລັດຮູບ', level: 2 })).toBeVisible({ timeout: 15_000 })
  await page.getByRole('button', { name: 'ແກ້ໄຂ /jasmine-ship' }).click()
  await expectNoAxeViolations(page, 'canned replies form, Lao')
  await shots(page, 'canned-form-lo', testInfo)
})
