import { test, expect } from '../fixtures/test.ts'
import { ShopperPage } from '../pages/shopper-page.ts'

test("a second shopper cannot see the first shopper's conversation", async ({ browser, attune, shopper }) => {
  await shopper.visitStore()
  await shopper.openChat()
  await shopper.send('My address is 12 Sukhumvit Road')

  const otherContext = await browser.newContext()
  const other = new ShopperPage(await otherContext.newPage(), attune.url)
  await other.visitStore()
  await other.openChat()
  await other.send('Hello from another shopper')
  await expect(other.messages.getByText('12 Sukhumvit Road')).toHaveCount(0)

  // Even asking the server directly for the first shopper's conversation is refused.
  const conversationId = await shopper.page.evaluate(
    () =>
      new Promise<string>((done) => {
        const token = localStorage.getItem('attune:demo:token') ?? ''
        const socket = new WebSocket(`${location.origin.replace('http', 'ws')}/v1/visitor?siteKey=demo`)
        socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', v: 1, token }))
        socket.onmessage = (event) => {
          const frame = JSON.parse(String(event.data))
          if (frame.type === 'welcome') {
            socket.close()
            done(frame.conversation.id)
          }
        }
      }),
  )
  const answer = await other.page.evaluate(
    (id) =>
      new Promise<{ type: string; code?: string }[]>((done) => {
        const frames: { type: string; code?: string }[] = []
        const socket = new WebSocket(`${location.origin.replace('http', 'ws')}/v1/visitor?siteKey=demo`)
        socket.onopen = () => socket.send(JSON.stringify({ type: 'hello', v: 1, token: localStorage.getItem('attune:demo:token') ?? undefined }))
        socket.onmessage = (event) => {
          const frame = JSON.parse(String(event.data))
          frames.push(frame)
          if (frame.type === 'welcome') socket.send(JSON.stringify({ type: 'resume', conversationId: id, afterSeq: 0 }))
          if (frame.type === 'error' || frame.type === 'event') {
            socket.close()
            done(frames)
          }
        }
      }),
    conversationId,
  )
  expect(answer.at(-1)).toMatchObject({ type: 'error', code: 'not_found' })
  expect(answer.some((frame) => frame.type === 'event')).toBe(false)
  await otherContext.close()
})
