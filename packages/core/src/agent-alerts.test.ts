import type { AlertFrame, ServerFrame } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { createAgentClient } from './agent-client.ts'
import type { WebSocketLike } from './platform.ts'
import { fakeClock } from './testing/fake-clock.ts'

/** The one socket the client opens, driven by the test: `receive` is a frame from the server. */
function fakeSocket() {
  const opened: FakeSocket[] = []
  class FakeSocket implements WebSocketLike {
    readyState = 1
    onopen: WebSocketLike['onopen'] = null
    onmessage: WebSocketLike['onmessage'] = null
    onclose: WebSocketLike['onclose'] = null
    onerror: WebSocketLike['onerror'] = null
    sent: string[] = []
    constructor(readonly url: string) {
      opened.push(this)
      queueMicrotask(() => this.onopen?.({}))
    }
    send(data: string) {
      this.sent.push(data)
    }
    close() {
      this.readyState = 3
    }
    receive(frame: ServerFrame | Record<string, unknown>) {
      this.onmessage?.({ data: JSON.stringify(frame) })
    }
  }
  return { FakeSocket, opened }
}

describe('agent client: alerts', () => {
  it('hands the server’s complaint alert to its "alert" listeners, as sent', async () => {
    const { FakeSocket, opened } = fakeSocket()
    const client = createAgentClient({ server: 'http://attune.test', WebSocket: FakeSocket, wake: false, clock: fakeClock().clock })
    const heard: AlertFrame['alert'][] = []
    client.on('alert', (alert) => heard.push(alert))
    client.connect()
    await Promise.resolve()
    const alert: AlertFrame['alert'] = {
      kind: 'complaint',
      conversationId: 'c1',
      seq: 3,
      visitorName: 'Malee',
      detail: '1-star review',
      at: '2026-12-01T10:00:00.000Z',
    }
    opened[0]!.receive({ type: 'alert', alert })
    expect(heard).toEqual([alert])
    client.destroy()
  })
})
