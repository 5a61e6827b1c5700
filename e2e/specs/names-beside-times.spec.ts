import type { Locator } from '@playwright/test'
import type { RunningServer } from '../fixtures/server.ts'
import { serverOfItsOwn, test as base, expect } from '../fixtures/test.ts'
import { DEMO_AGENT } from '../pages/agent-inbox.ts'
import { joinTeam, signInOverApi } from '../pages/team-api.ts'
import { agentOn } from '../pages/wire-client.ts'

/** This spec adds a person to the demo store: a server of its own (fixtures/test.ts). */
const test = base.extend<object, { attune: RunningServer }>({
  attune: serverOfItsOwn(),
})

/*
 * A person's name is written in whatever script they write it in, and the line under a message puts
 * it beside a time in the reader's language. Left to the bidirectional algorithm, a Latin name in
 * the Arabic widget pulls the time's digits into its own left-to-right run ("م Alex 3:58"), and an
 * Arabic name in the English inbox pulls them into its right-to-left one ("3:58 محمد PM"): the time
 * is torn around the name. Each must read whole, the name first in the reading direction.
 */
const TEAMMATE = { email: 'mohammed@demo.store', password: 'mohammed-writes-arabic', name: 'محمد' }
const QUESTION = 'Does the brass kettle come with a lid?'
const TEAMMATE_REPLY = 'نعم، يأتي مع غطاء'
const AGENT_REPLY = 'Yes, and a spare one in the box.'

/** Where a message's name and time sit on the screen (the time's box spans all its pieces). */
function nameAndTime(meta: Locator): Promise<{ name: { left: number; right: number }; time: { left: number; right: number } }> {
  return meta.evaluate((line) => {
    const box = (element: Element) => {
      const { left, right } = element.getBoundingClientRect()
      return { left, right }
    }
    return { name: box(line.firstElementChild!), time: box(line.querySelector('time')!) }
  })
}

test('a name and the time beside it read whole: a Latin name in the Arabic widget, an Arabic name in the English inbox', async ({
  shopper,
  agent,
  attune,
  hostPages,
}) => {
  test.setTimeout(120_000)
  // The owner invites Mohammed, who joins with his name in Arabic.
  const mohammed = await joinTeam(attune.url, await signInOverApi(attune.url, DEMO_AGENT), { ...TEAMMATE, role: 'agent' })

  // A shopper on an Arabic store page asks.
  await shopper.askInArabic(hostPages.url, QUESTION)

  // Mohammed answers from his own connection.
  const { socket, conversationId } = await agentOn(attune.url, mohammed, QUESTION)
  try {
    await socket.request({ type: 'send', clientId: 'names-beside-times-1', conversationId, text: TEAMMATE_REPLY })
  } finally {
    await socket.close()
  }

  // The demo agent reads the English inbox: Mohammed's name, then the time, left to right.
  await agent.open(TEAMMATE_REPLY)
  const inboxLine = agent.conversation.locator('.bubble', { hasText: TEAMMATE_REPLY }).locator('.bubble-meta')
  await expect(inboxLine).toContainText(TEAMMATE.name)
  const inInbox = await nameAndTime(inboxLine)
  expect(inInbox.name.right, 'the name ends before the time begins').toBeLessThanOrEqual(inInbox.time.left)

  // The demo agent (Alex) answers too: in the Arabic widget, his name, then the time, right to left.
  await agent.reply(AGENT_REPLY)
  const widgetLine = shopper.panel.locator('.message', { hasText: AGENT_REPLY }).locator('.meta')
  await expect(widgetLine).toContainText('Alex')
  const inWidget = await nameAndTime(widgetLine)
  expect(inWidget.name.left, 'the name begins (on the right) after the time ends').toBeGreaterThanOrEqual(inWidget.time.right)
})
