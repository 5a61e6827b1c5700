import { afterAll, afterEach, beforeAll } from 'vitest'
import { WebSocket as NodeWebSocket } from 'ws'
import { setupServer } from 'msw/node'
import { createAttuneMock } from '@attune/mock'

export const SERVER = 'http://attune.test'

/**
 * The protocol mock on an msw network for one test file. Node 20 has no global WebSocket and msw
 * can only intercept a global one, so one is installed first.
 */
export function useMockServer(options: Parameters<typeof createAttuneMock>[0] = { server: SERVER }) {
  globalThis.WebSocket ??= NodeWebSocket as unknown as typeof globalThis.WebSocket
  const mock = createAttuneMock(options)
  const network = setupServer(...mock.handlers)
  beforeAll(() => network.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => network.close())
  afterEach(() => {
    mock.dropConnections()
    mock.refuseConnections(false)
    mock.failSends(null)
    mock.mute(false)
  })
  return mock
}
