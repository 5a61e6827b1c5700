import type { Page, WebSocket } from '@playwright/test'
import { test, expect } from '../fixtures/test.ts'
import { messageOrder } from '../pages/message-order.ts'
import { ShopperPage } from '../pages/shopper-page.ts'

/** Every chat WebSocket a page opens, from now on. */
function socketsOf(page: Page): WebSocket[] {
  const sockets: WebSocket[] = []
  page.on('websocket', (socket) => {
    if (socket.url().includes('/v1/visitor')) sockets.push(socket)
  })
  return sockets
}

test("a shopper's two tabs share one connection, stay in step, and hand over when the first closes", async ({ attune, shopper, agent }) => {
  // Two tabs of one shopper: the same browser context (same storage, same BroadcastChannel and locks).
  const tab1 = shopper
  const tab2 = new ShopperPage(await tab1.page.context().newPage(), attune.url)
  const sockets1 = socketsOf(tab1.page)
  const sockets2 = socketsOf(tab2.page)

  await tab1.visitStore()
  await tab1.openChat()
  await tab2.visitStore()
  await tab2.openChat()

  await tab1.send('Is the ceramic mug dishwasher safe?')
  await tab2.expectMessage('Is the ceramic mug dishwasher safe?')

  await agent.open('ceramic mug dishwasher')
  await agent.reply('Yes, and microwave safe too.')
  await tab1.expectMessage('Yes, and microwave safe too.')
  await tab2.expectMessage('Yes, and microwave safe too.')

  // One socket for both tabs: the first tab holds it, the second talks through it.
  expect(sockets1).toHaveLength(1)
  expect(sockets1[0]!.isClosed()).toBe(false)
  expect(sockets2).toHaveLength(0)

  // The leader tab closes: the other takes the connection over and goes on without losing a beat.
  await tab1.page.close()
  await expect.poll(() => sockets2.length, { timeout: 20_000 }).toBe(1)
  await tab2.send('Great, I will take two.')
  await expect(agent.conversation.getByText('Great, I will take two.', { exact: true })).toBeVisible({ timeout: 20_000 })

  const order = ['Is the ceramic mug dishwasher safe?', 'Yes, and microwave safe too.', 'Great, I will take two.']
  await expect(tab2.messages.getByRole('listitem').filter({ hasText: 'Great, I will take two.' })).not.toContainText('Sending…')
  expect(await messageOrder(agent.conversation, order)).toEqual(order)
  expect(await messageOrder(tab2.messages, order)).toEqual(order)
})
