import type { BrowserContext } from '@playwright/test'

/** A reply the agent's socket refuses (refuseReplies): it shows as not sent, with the reason and "Send again". */
export const REFUSED = 'Here is a 10% code for your next order: SORRY10'

/**
 * The agent's socket, passed through to the server except for a reply holding REFUSED, which is
 * answered as the server refuses a reply for good. `not_found`: the longest of the reasons the
 * inbox gives, to see it wrap.
 */
export async function refuseReplies(context: BrowserContext): Promise<void> {
  await context.routeWebSocket(/\/v1\/agent\b/, (socket) => {
    const server = socket.connectToServer()
    socket.onMessage((message) => {
      const frame = JSON.parse(String(message)) as { type: string; text?: string; clientId?: string }
      if (frame.type !== 'send' || !frame.text?.includes(REFUSED)) return server.send(message)
      socket.send(JSON.stringify({ type: 'error', code: 'not_found', message: 'Refused for the test.', ref: frame.clientId }))
    })
  })
}
