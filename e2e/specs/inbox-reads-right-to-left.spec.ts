import { test, expect } from '../fixtures/test.ts'
import { edgesOf } from '../pages/text-edges.ts'

/*
 * The widget speaks Arabic, so Arabic reaches the agents' inbox, which speaks left-to-right
 * languages. A paragraph takes its direction from its page unless told otherwise: an Arabic
 * message ending in "!" then shows the "!" at its right end, where an Arabic reader starts, and
 * the agent's own Arabic reply reads the same way while it is typed. Each piece of a person's
 * words takes the direction of its own first letter.
 */
const QUESTION = 'وصل الإبريق النحاسي مكسورا!'
const REPLY = 'نأسف جدا! سنرسل إبريقا جديدا اليوم.'

test("an Arabic shopper's words read right to left in the English inbox: the list, the conversation and the reply box", async ({
  shopper,
  agent,
  hostPages,
}) => {
  test.setTimeout(90_000)
  await shopper.askInArabic(hostPages.url, QUESTION)

  // The list's preview: the "!" ends the line on its left.
  const preview = agent.conversationShowing(QUESTION).locator('.conv-row-preview')
  await expect(preview).toHaveText(QUESTION)
  const inList = await edgesOf(preview, QUESTION)
  expect(inList.last, 'the preview reads right to left').toBeLessThan(inList.first)

  // The shopper's message in the conversation.
  await agent.open(QUESTION)
  const question = agent.conversation.locator('.bubble-text', { hasText: QUESTION })
  const inConversation = await edgesOf(question, QUESTION)
  expect(inConversation.last, 'the message reads right to left').toBeLessThan(inConversation.first)

  // The agent answers in Arabic: the box turns right to left as the words come, and so does the reply.
  await agent.replyBox.fill(REPLY)
  expect(await agent.replyBox.evaluate((box) => box.matches(':dir(rtl)')), 'the reply box follows the words typed').toBe(true)
  await agent.page.getByRole('button', { name: 'Send', exact: true }).click()
  const reply = agent.conversation.locator('.bubble-text', { hasText: REPLY })
  await expect(reply).toBeVisible()
  const sent = await edgesOf(reply, REPLY)
  expect(sent.last, 'the reply reads right to left').toBeLessThan(sent.first)
  // The list's preview now starts with the English "Agent: ": the Arabic after it still reads right to left.
  const replyPreview = agent.conversationShowing(REPLY).locator('.conv-row-preview')
  await expect(replyPreview).toContainText(REPLY)
  const afterPrefix = await edgesOf(replyPreview, REPLY)
  expect(afterPrefix.last, 'the reply in the preview reads right to left').toBeLessThan(afterPrefix.first)
  // The shopper reads it in the Arabic widget, as before.
  await expect(shopper.panel.getByText(REPLY)).toBeVisible()
})
