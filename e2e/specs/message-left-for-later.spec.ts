import { expect } from '@playwright/test'
import { expectNoAxeViolations } from '../fixtures/axe.ts'
import { SERVER_FIXTURE_TIMEOUT_MS, startServer, type RunningServer } from '../fixtures/server.ts'
import { startMailCatcher, type MailCatcher } from '../fixtures/smtp.ts'
import { test as base } from '../fixtures/test.ts'
import { AgentInbox } from '../pages/agent-inbox.ts'

/*
 * Issue 15, "nothing is lost": nobody is online; a shopper writes, leaves an email and goes. An
 * agent answers later ("the next morning": the server's reply wait, ATTUNE_REPLY_MAIL_DELAY, is
 * two seconds here instead of a clock moved forward). A real SMTP server on loopback receives the
 * mail in the shopper's language; its link reopens the conversation, on another device, with the
 * reply; its unsubscribe link works without signing in.
 */
const test = base.extend<object, { mail: MailCatcher; attune: RunningServer }>({
  mail: [
    async ({}, use) => {
      const catcher = await startMailCatcher()
      await use(catcher)
      await catcher.stop()
    },
    { scope: 'worker' },
  ],
  attune: [
    async ({ mail }, use) => {
      const server = await startServer({
        env: { SMTP_URL: mail.url, ATTUNE_REPLY_MAIL_DELAY: '2', ATTUNE_MAIL_FROM: 'Demo Store <shop@demo.store>' },
      })
      await use(server)
      await server.stop()
    },
    { scope: 'worker', timeout: SERVER_FIXTURE_TIMEOUT_MS },
  ],
})

const RUNS = [
  {
    lang: 'en',
    question: 'Do you ship to Chiang Mai?',
    answer: 'Yes, in two days. Good morning!',
    subject: 'Demo Store replied to your message',
    unsubscribe: 'Stop these emails',
    done: 'You will not get more emails',
  },
  {
    lang: 'th',
    question: 'ส่งไปเชียงใหม่ได้ไหมคะ',
    answer: 'ได้ค่ะ ส่งถึงภายในสองวันค่ะ อรุณสวัสดิ์ค่ะ',
    subject: 'Demo Store ตอบข้อความของคุณแล้ว',
    unsubscribe: 'หยุดรับอีเมล',
    done: 'คุณจะไม่ได้รับอีเมล',
  },
] as const

for (const run of RUNS) {
  test(`a message left for later is answered by email in "${run.lang}", and the email's link reopens the chat`, async ({
    browser,
    attune,
    hostPages,
    mail,
  }, testInfo) => {
    test.setTimeout(120_000)
    const address = `shopper-${run.lang}@example.com`

    // Night: nobody is online. The shopper writes, is asked once for an email, and leaves one.
    const night = await browser.newContext()
    const page = await night.newPage()
    await page.goto(`${hostPages.url}/lang.html?lang=${run.lang}`)
    const widget = page.locator('attune-chat')
    await widget.locator('button.launcher').click()
    const box = widget.locator('#attune-message')
    await box.fill(run.question)
    await box.press('Enter')
    await expect(widget.getByRole('log').getByText(run.question, { exact: true })).toBeVisible()
    const ask = widget.locator('form.mail-card')
    await expect(ask).toBeVisible({ timeout: 15_000 })
    await ask.locator('input[type="email"]').fill('not an address')
    await ask.locator('button.ci-next').click()
    await expect(ask.getByRole('alert')).toBeVisible()
    await ask.locator('input[type="email"]').fill(address)
    await ask.locator('button.ci-next').click()
    await expect(widget.getByRole('status').filter({ hasText: address })).toBeVisible()
    await expectNoAxeViolations(page, `widget: the email ask (${run.lang})`)
    await page.screenshot({ path: testInfo.outputPath(`email-ask-${run.lang}.png`) })
    await night.close()

    // Morning: an agent answers; the shopper is gone, so the answer goes by email.
    const morning = await browser.newContext()
    const agent = new AgentInbox(await morning.newPage(), attune.url)
    await agent.signIn()
    await agent.open(run.question)
    await agent.reply(run.answer)
    const received = await mail.next(address)
    expect(received.subject).toBe(run.subject)
    expect(received.text).toContain(run.answer)
    const lines = received.text!.split('\n').filter((line) => line.trim())
    testInfo.annotations.push({ type: `mail (${run.lang})`, description: `Subject: ${received.subject}\n${lines.slice(0, 3).join('\n')}` })
    console.log(`[mail ${run.lang}] Subject: ${received.subject}\n${lines.slice(0, 4).join('\n')}`)

    const later = await browser.newContext()
    const back = await later.newPage()
    // Unsubscribe without signing in, on the page in the shopper's language (the language of their
    // latest chat): the page asks, the button stops the mail.
    const unsubscribe = /https?:\/\/\S+\/api\/mail\/unsubscribe\?t=\S+/.exec(received.text!)![0]
    await back.goto(unsubscribe)
    await back.getByRole('button', { name: run.unsubscribe }).click()
    await expect(back.getByRole('status')).toContainText(run.done)
    await expectNoAxeViolations(back, `unsubscribe page (${run.lang})`)

    // The link reopens the conversation with the reply, on another device; the token leaves the address bar.
    const link = /https?:\/\/\S+#attune-resume=\S+/.exec(received.text!)![0]
    expect(link.startsWith(`${hostPages.url}/lang.html#attune-resume=`)).toBe(true)
    await back.goto(link)
    const reopened = back.locator('attune-chat')
    await expect(reopened.getByRole('log').getByText(run.answer, { exact: true })).toBeVisible({ timeout: 15_000 })
    await expect(reopened.getByRole('log').getByText(run.question, { exact: true })).toBeVisible()
    expect(back.url()).not.toContain('attune-resume')
    await back.screenshot({ path: testInfo.outputPath(`reopened-${run.lang}.png`) })

    await later.close()
    await morning.close()
  })
}
