import type { ClientOptions } from '../chat-client.ts'
import { memoryStorage } from '../platform.ts'
import { createClient } from '../visitor-client.ts'
import { fakeClock } from './fake-clock.ts'
import { fakeSockets } from './fake-socket.ts'

type WelcomedConversation = { id: string; lastSeq: number; status: 'open' | 'resolved'; readSeq?: number } | null

/**
 * A shopper's client over sockets the test speaks for, on a clock it moves: no network, no timers
 * of its own. `welcome` opens the newest socket and greets it, naming the conversation to resume.
 */
export function fakeSocketShopper(options: Partial<ClientOptions> = {}) {
  const sockets = fakeSockets()
  const { clock, advance } = fakeClock()
  const client = createClient({
    server: 'http://attune.test',
    siteKey: 'demo',
    storage: memoryStorage(),
    WebSocket: sockets.FakeSocket,
    tabs: false,
    wake: false,
    clock,
    random: () => 0,
    ...options,
  })
  const welcome = (conversation: WelcomedConversation = null) => {
    sockets.last().onopen?.({})
    sockets.last().push({ type: 'welcome', role: 'visitor', token: 't1', visitorId: 'v1', conversation })
  }
  return { client, sockets, advance, welcome }
}
