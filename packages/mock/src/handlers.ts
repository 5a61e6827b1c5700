import { http, HttpResponse, ws } from 'msw'
import {
  parseClientFrame,
  PROTOCOL_VERSION,
  type ClientFrame,
  type ServerFrame,
} from '@attune/protocol'
import { createMockState, type MockConversation } from './state.ts'

export interface MockOptions {
  /** The server URL the client under test is given, e.g. `http://attune.test`. */
  server: string
  siteKey?: string
  siteName?: string
  agentName?: string
}

interface MockSocket {
  send(data: string): void
  close(code?: number, reason?: string): void
}

/**
 * msw handlers that play an Attune server for one store, in memory, speaking the real
 * protocol; plus the controls a test needs to play the agent and to break the network.
 */
export function createAttuneMock(options: MockOptions) {
  const { siteKey = 'demo', siteName = 'Demo Store', agentName = 'Alex' } = options
  const base = options.server.replace(/\/+$/, '')
  const state = createMockState()
  const sockets = new Map<MockSocket, { visitorId: string | null; watching: Set<string> }>()
  let refusing = false
  let delayMs = 0

  function deliver(socket: MockSocket, frame: ServerFrame): void {
    const send = () => socket.send(JSON.stringify(frame))
    if (delayMs > 0) setTimeout(send, delayMs)
    else send()
  }

  function broadcast(conversation: MockConversation, frame: ServerFrame): void {
    for (const [socket, session] of sockets) if (session.watching.has(conversation.id)) deliver(socket, frame)
  }

  function handle(socket: MockSocket, frame: ClientFrame): void {
    const session = sockets.get(socket)
    if (!session) return
    if (frame.type !== 'hello' && !session.visitorId) {
      return deliver(socket, { type: 'error', code: 'not_ready', message: 'Say hello first.' })
    }
    switch (frame.type) {
      case 'hello': {
        if (frame.v !== PROTOCOL_VERSION) return socket.close(4400, 'unsupported protocol version')
        const { visitorId, token } = state.visitorFor(frame.token)
        session.visitorId = visitorId
        const latest = state.latestOf(visitorId)
        const conversation = latest ? { id: latest.id, lastSeq: latest.events.length, status: latest.status } : null
        return deliver(socket, { type: 'welcome', role: 'visitor', token, visitorId, conversation })
      }
      case 'resume': {
        const conversation = state.conversations.get(frame.conversationId)
        if (!conversation || conversation.visitorId !== session.visitorId) {
          return deliver(socket, { type: 'error', code: 'not_found', message: 'No such conversation.', ref: 'resume' })
        }
        session.watching.add(conversation.id)
        for (const event of conversation.events.slice(frame.afterSeq)) {
          deliver(socket, { type: 'event', conversationId: conversation.id, event })
        }
        return deliver(socket, { type: 'synced', conversationId: conversation.id, lastSeq: conversation.events.length })
      }
      case 'send': {
        const conversation = state.openFor(session.visitorId!)
        session.watching.add(conversation.id)
        const author = { role: 'visitor' as const, id: session.visitorId! }
        const { event, duplicate } = state.append(conversation, author, { kind: 'message', clientId: frame.clientId, text: frame.text })
        deliver(socket, { type: 'ack', clientId: frame.clientId, conversationId: conversation.id, seq: event.seq })
        if (!duplicate) broadcast(conversation, { type: 'event', conversationId: conversation.id, event })
        return
      }
      case 'ping':
        return deliver(socket, { type: 'pong' })
      default:
        return // typing, read: nobody to tell in the mock.
    }
  }

  const visitorLink = ws.link(`${base.replace(/^http/, 'ws')}/v1/visitor`)

  const handlers = [
    http.get(`${base}/api/sites/:siteKey`, ({ params }) =>
      params.siteKey === siteKey
        ? HttpResponse.json({ name: siteName })
        : HttpResponse.json({ error: { code: 'not_found', message: 'No such site.' } }, { status: 404 }),
    ),
    visitorLink.addEventListener('connection', ({ client }) => {
      if (refusing) return client.close(4503, 'refused by the mock')
      sockets.set(client, { visitorId: null, watching: new Set() })
      client.addEventListener('close', () => sockets.delete(client))
      client.addEventListener('message', (message) => {
        if (typeof message.data !== 'string') return
        const parsed = parseClientFrame(message.data)
        if (parsed.ok) handle(client, parsed.frame)
        else deliver(client, parsed.error)
      })
    }),
  ]

  function conversationOf(visitorId?: string): MockConversation {
    const conversation = visitorId
      ? state.latestOf(visitorId)
      : [...state.conversations.values()].at(-1)
    if (!conversation) throw new Error('[Attune mock] no conversation yet: the shopper has not written.')
    return conversation
  }

  return {
    handlers,
    /** Every conversation the mock holds, for assertions. */
    conversations: () => [...state.conversations.values()],
    /** The agent writes in the newest conversation (or the given visitor's). */
    agentSays(text: string, visitorId?: string) {
      const conversation = conversationOf(visitorId)
      const author = { role: 'agent' as const, id: 'agent-1', name: agentName }
      const { event } = state.append(conversation, author, { kind: 'message', clientId: state.nextId('agent-msg'), text })
      broadcast(conversation, { type: 'event', conversationId: conversation.id, event })
    },
    agentTyping(typing: boolean, visitorId?: string) {
      const conversation = conversationOf(visitorId)
      broadcast(conversation, { type: 'typing', conversationId: conversation.id, role: 'agent', typing })
    },
    resolve(visitorId?: string) {
      const conversation = conversationOf(visitorId)
      const { event } = state.append(conversation, { role: 'agent', id: 'agent-1', name: agentName }, { kind: 'conversation.resolved' })
      broadcast(conversation, { type: 'event', conversationId: conversation.id, event })
    },
    /** Closes every open socket as a network failure would (clients should reconnect). */
    dropConnections() {
      for (const socket of [...sockets.keys()]) socket.close(4000, 'dropped by the mock')
      sockets.clear()
    },
    /** While true, new connections are refused. */
    refuseConnections(refuse: boolean) {
      refusing = refuse
    },
    /** Delays every frame the mock sends by `ms`. */
    delay(ms: number) {
      delayMs = ms
    },
  }
}

export type AttuneMock = ReturnType<typeof createAttuneMock>
