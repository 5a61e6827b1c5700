import type { Notice } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { createAgentClient } from './agent-client.ts'
import type { WebSocketLike } from './platform.ts'
import { fakeClock } from './testing/fake-clock.ts'

/** One socket the test speaks for: what the client sent, and frames pushed to it. */
class FakeSocket implements WebSocketLike {
  static last: FakeSocket | null = null
  readyState = 1
  sent: string[] = []
  onopen: ((event: unknown) => void) | null = null
  onmessage: ((event: { data: unknown }) => void) | null = null
  onclose: ((event: { code: number; reason: string }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  constructor(readonly url: string) {
    FakeSocket.last = this
  }
  send(data: string) {
    this.sent.push(data)
  }
  close() {}
  push(frame: unknown) {
    this.onmessage?.({ data: JSON.stringify(frame) })
  }
}

describe("an agent client's notices (issue 16)", () => {
  it('hands a notice frame to its notice listeners, and nothing else to them', () => {
    const client = createAgentClient({ server: 'http://attune.test', WebSocket: FakeSocket, wake: false, clock: fakeClock().clock })
    const heard: Notice[] = []
    client.on('notice', (notice) => heard.push(notice))
    client.connect()
    const socket = FakeSocket.last!
    socket.onopen?.({})
    socket.push({ type: 'welcome', role: 'agent', agent: { id: 'a1', name: 'Kai', email: 'kai@shop.test' }, conversations: [] })
    socket.push({ type: 'notice', notice: { kind: 'care.offer', offerId: 'o1', conversationId: 'c1' } })
    socket.push({ type: 'notice', notice: { kind: 'handoff', conversationId: 'c2', by: 'Dao' } })
    socket.push({ type: 'presence', agentsOnline: 2 })
    expect(heard).toEqual([
      { kind: 'care.offer', offerId: 'o1', conversationId: 'c1' },
      { kind: 'handoff', conversationId: 'c2', by: 'Dao' },
    ])
    client.destroy()
  })

  it('hands the team frame to its team listeners (issue 14)', () => {
    const client = createAgentClient({ server: 'http://attune.test', WebSocket: FakeSocket, wake: false, clock: fakeClock().clock })
    const heard: unknown[] = []
    client.on('team', (people) => heard.push(people))
    client.connect()
    const socket = FakeSocket.last!
    socket.onopen?.({})
    socket.push({ type: 'welcome', role: 'agent', agent: { id: 'a1', name: 'Kai', email: 'kai@shop.test' }, conversations: [] })
    socket.push({
      type: 'team',
      people: [
        { id: 'a1', status: 'online' },
        { id: 'a2', status: 'away' },
      ],
    })
    expect(heard).toEqual([
      [
        { id: 'a1', status: 'online' },
        { id: 'a2', status: 'away' },
      ],
    ])
    client.destroy()
  })
})
