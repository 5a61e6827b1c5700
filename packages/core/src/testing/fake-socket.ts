import type { WebSocketLike } from '../platform.ts'

/** WebSockets the test speaks for: each one opened, what the client sent, frames pushed to it. */
export function fakeSockets() {
  const opened: FakeSocket[] = []
  class FakeSocket implements WebSocketLike {
    readyState = 1
    sent: string[] = []
    onopen: WebSocketLike['onopen'] = null
    onmessage: WebSocketLike['onmessage'] = null
    onclose: WebSocketLike['onclose'] = null
    onerror: WebSocketLike['onerror'] = null
    constructor(readonly url: string) {
      opened.push(this)
    }
    send(data: string) {
      this.sent.push(data)
    }
    close() {
      this.readyState = 3
    }
    /** A frame from the server. */
    push(frame: object) {
      this.onmessage?.({ data: JSON.stringify(frame) })
    }
  }
  return { FakeSocket, last: () => opened.at(-1)! }
}
