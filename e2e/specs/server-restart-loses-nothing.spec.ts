import { test, expect } from '../fixtures/test.ts'

test('the server restarts and nothing is lost; the chat reconnects by itself', async ({ attune, shopper, agent }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('Is the blue kettle back in stock?')
  await agent.open('blue kettle')
  await agent.reply('It arrives on Friday.')
  await shopper.expectMessage('It arrives on Friday.')

  await attune.restart()

  // The open pages reconnect on their own and the conversation goes on in both directions.
  await shopper.send('Can you hold one for me?')
  await expect(agent.conversation.getByText('Can you hold one for me?')).toBeVisible({ timeout: 20_000 })
  await agent.reply('Done, it is on hold under your name.')
  await shopper.expectMessage('Done, it is on hold under your name.')

  // A fresh look after the restart shows the whole history, in order, once.
  await shopper.page.reload()
  await shopper.openChat()
  const texts = await shopper.messages.getByRole('listitem').allInnerTexts()
  const joined = texts.join('\n')
  const order = ['Is the blue kettle back in stock?', 'It arrives on Friday.', 'Can you hold one for me?', 'Done, it is on hold under your name.']
  const positions = order.map((text) => joined.indexOf(text))
  expect(positions.every((p) => p >= 0)).toBe(true)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  for (const text of order) expect(joined.split(text).length - 1).toBe(1)
})
