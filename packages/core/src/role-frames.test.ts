import type { Note } from '@attune/protocol'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAgentClient } from './agent-client.ts'
import { fakeClock } from './testing/fake-clock.ts'
import { fakeSocketShopper } from './testing/fake-shopper.ts'
import { fakeSockets } from './testing/fake-socket.ts'

// Each role's client decodes only the frames its role receives (issue 13): a shopper's bundle
// carries no agent frame, and an agent frame reaching a shopper is dropped like an unknown type.

afterEach(() => vi.restoreAllMocks())

const note: Note = { id: 'n1', conversationId: 'c1', author: { id: 'a1', name: 'Kai' }, text: 'call the courier', at: '2026-12-01T10:00:00.000Z' }

/** Frames only agents receive, one of each kind. */
const AGENT_ONLY_FRAMES = [
  { type: 'conversation', conversation: { id: 'c1', status: 'open', lastSeq: 1 } },
  { type: 'notice', notice: { kind: 'handoff', conversationId: 'c1', by: 'Dao' } },
  { type: 'alert', alert: { kind: 'complaint', conversationId: 'c1', seq: 1, visitorName: null, detail: null, at: '2026-12-01T10:00:00.000Z' } },
  { type: 'note', note },
  { type: 'team', people: [{ id: 'a1', status: 'online' }] },
]

function welcomedShopper() {
  const { client, sockets, welcome } = fakeSocketShopper()
  client.connect()
  welcome()
  return { client, socket: sockets.last() }
}

describe("a shopper's client and the agents' frames", () => {
  it.each(AGENT_ONLY_FRAMES)('drops a $type frame with the warning an unknown frame gets, and goes on', (frame) => {
    const { client, socket } = welcomedShopper()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const heard: unknown[] = []
    client.on('event', (event) => heard.push(event))
    client.on('error', (error) => heard.push(error))

    socket.push({ type: 'nope' })
    socket.push(frame)
    expect(warn.mock.calls).toEqual([['[Attune] dropped a malformed frame'], ['[Attune] dropped a malformed frame']])
    expect(heard).toEqual([])
    expect(client.$status.get()).toBe('online')

    // The frames after it are the shopper's as before.
    socket.push({ type: 'presence', agentsOnline: 2 })
    expect(client.$agentsOnline.get()).toBe(2)
    client.destroy()
  })
})

describe("an agent's client", () => {
  it("hears a teammate's private note, which the agent's check once dropped (issue 14)", () => {
    const sockets = fakeSockets()
    const client = createAgentClient({ server: 'http://attune.test', WebSocket: sockets.FakeSocket, wake: false, clock: fakeClock().clock })
    const heard: Note[] = []
    client.on('note', (written) => heard.push(written))
    client.connect()
    const socket = sockets.last()
    socket.onopen?.({})
    socket.push({ type: 'welcome', role: 'agent', agent: { id: 'a2', name: 'Dao', email: 'dao@shop.test' }, conversations: [] })
    socket.push({ type: 'note', note })
    expect(heard).toEqual([note])
    client.destroy()
  })
})
