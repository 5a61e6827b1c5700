import { checkInNews, nextCardAsks, NO_CARD_ASKS } from '@attune/empathy'
import {
  PROTOCOL_VERSION,
  type ConversationEvent,
  type Attachment,
  type ErrorCode,
  type ClientFrame,
  type ServerFrame,
  type ShopperContext,
  type SiteResponse,
  type ToldUs,
} from '@attune/protocol'
import type { MockConversation, MockState } from './state.ts'

export interface MockSocket {
  send(data: string): void
  close(code?: number, reason?: string): void
}

export interface MockSession {
  visitorId: string | null
  watching: Set<string>
}

export interface MockServerContext {
  state: MockState
  /** The store's public details, which each hello's welcome carries. */
  site: SiteResponse
  deliver(socket: MockSocket, frame: ServerFrame): void
  broadcast(conversation: MockConversation, frame: ServerFrame): void
  /** Whether `identify` is accepted (the mock cannot check the store's HMAC). */
  acceptsIdentity(): boolean
  /** Whether opening the chat asks the before check-in, as a store with it on would. */
  asksBefore(): boolean
  /** An error code every send is refused with, or null (the normal case). */
  sendFailure(): ErrorCode | null
  /** Files uploaded so far, by id. */
  uploads: Map<string, Attachment>
  /** Agents online, told to each shopper after the welcome. */
  agentsOnline(): number
  /** What each shopper's page said (page, attributes), by visitor id. */
  contexts: Map<string, ShopperContext>
  /** "You told us …, we …" for the next welcome, once (the real server's rule is in its own tests). */
  takeToldUs(): ToldUs | null
}

/**
 * An event as a shopper's connection receives it: with the check-in card open after it (decision
 * 051), by empathy's rules over the log up to it. The real server tells it only when it changed;
 * told each time, it means the same to a client.
 */
export const eventFrame = (conversation: MockConversation, event: ConversationEvent): ServerFrame => ({
  type: 'event',
  conversationId: conversation.id,
  event,
  checkIn: checkInNews(conversation.events.slice(0, event.seq).reduce(nextCardAsks, NO_CARD_ASKS)),
})

/** Plays the server's side of one visitor frame, with the real protocol's promises. */
export function handleVisitorFrame(ctx: MockServerContext, socket: MockSocket, session: MockSession, frame: ClientFrame): void {
  const { state, deliver, broadcast } = ctx
  if (frame.type !== 'hello' && !session.visitorId) {
    return deliver(socket, { type: 'error', code: 'not_ready', message: 'Say hello first.' })
  }
  const visitorId = session.visitorId!
  const me = { role: 'visitor' as const, id: visitorId }
  const append = (conversation: MockConversation, clientId: string, entry: Parameters<MockState['append']>[2]) => {
    const { event, duplicate } = state.append(conversation, me, entry)
    deliver(socket, { type: 'ack', clientId, conversationId: conversation.id, seq: event.seq })
    if (!duplicate) broadcast(conversation, eventFrame(conversation, event))
  }
  const mine = (id: string) => {
    const conversation = state.conversations.get(id)
    if (conversation?.visitorId === visitorId) return conversation
    deliver(socket, { type: 'error', code: 'not_found', message: 'No such conversation.', ref: frame.type })
    return null
  }
  /** A hello's welcome carries the store's details; an identify's does not, as the real server's. */
  const welcome = (token: string, site?: SiteResponse) => {
    const latest = state.latestOf(session.visitorId!)
    const conversation = latest ? { id: latest.id, lastSeq: latest.events.length, status: latest.status, readSeq: latest.readSeq } : null
    const toldUs = ctx.takeToldUs()
    deliver(socket, {
      type: 'welcome',
      role: 'visitor',
      token,
      visitorId: session.visitorId!,
      conversation,
      ...(site ? { site } : {}),
      ...(toldUs ? { toldUs } : {}),
    })
  }

  switch (frame.type) {
    case 'hello': {
      if (frame.v !== PROTOCOL_VERSION) return socket.close(4400, 'unsupported protocol version')
      const { visitorId: id, token } = state.visitorFor(frame.token)
      session.visitorId = id
      welcome(token, ctx.site)
      return deliver(socket, { type: 'presence', agentsOnline: ctx.agentsOnline() })
    }
    case 'resume': {
      const conversation = mine(frame.conversationId)
      if (!conversation) return
      session.watching.add(conversation.id)
      for (const event of conversation.events.slice(frame.afterSeq)) deliver(socket, eventFrame(conversation, event))
      return deliver(socket, { type: 'synced', conversationId: conversation.id, lastSeq: conversation.events.length })
    }
    case 'history': {
      const conversation = mine(frame.conversationId)
      if (!conversation) return
      const end = frame.beforeSeq - 1
      const events = conversation.events.slice(Math.max(0, end - (frame.limit ?? 50)), end)
      return deliver(socket, { type: 'history', conversationId: conversation.id, events, hasMore: (events[0]?.seq ?? 1) > 1 })
    }
    case 'send': {
      const failure = ctx.sendFailure()
      if (failure) return deliver(socket, { type: 'error', code: failure, message: 'Refused by the mock.', ref: frame.clientId })
      const attachments = (frame.attachments ?? []).map((id) => ctx.uploads.get(id))
      if (attachments.some((a) => !a)) {
        return deliver(socket, { type: 'error', code: 'not_found', message: 'Unknown file.', ref: frame.clientId })
      }
      const conversation = state.openFor(visitorId)
      session.watching.add(conversation.id)
      const files = attachments.length ? { attachments: attachments as Attachment[] } : {}
      return append(conversation, frame.clientId, { kind: 'message', clientId: frame.clientId, text: frame.text, ...files })
    }
    case 'context': {
      const known = ctx.contexts.get(visitorId) ?? {}
      ctx.contexts.set(visitorId, {
        ...known,
        ...(frame.page ? { page: frame.page } : {}),
        ...(frame.attributes ? { attributes: { ...known.attributes, ...frame.attributes } } : {}),
      })
      return
    }
    case 'open': {
      const conversation = state.openFor(visitorId)
      session.watching.add(conversation.id)
      deliver(socket, { type: 'synced', conversationId: conversation.id, lastSeq: conversation.events.length })
      if (ctx.asksBefore() && !conversation.events.some((e) => e.kind === 'checkin.asked' && e.phase === 'before')) {
        const { event } = state.append(conversation, { role: 'system', id: 'attune' }, { kind: 'checkin.asked', phase: 'before', trigger: 'open' })
        broadcast(conversation, eventFrame(conversation, event))
      }
      return
    }
    case 'answer': {
      const conversation = mine(frame.conversationId)
      if (conversation) append(conversation, frame.clientId, { kind: 'checkin.answered', clientId: frame.clientId, answer: frame.answer })
      return
    }
    case 'skip': {
      const conversation = mine(frame.conversationId)
      if (conversation) append(conversation, frame.clientId, { kind: 'checkin.skipped', clientId: frame.clientId, phase: frame.phase })
      return
    }
    case 'end': {
      const conversation = mine(frame.conversationId)
      if (conversation) append(conversation, frame.clientId, { kind: 'conversation.resolved' })
      return
    }
    case 'identify': {
      if (!ctx.acceptsIdentity()) {
        return deliver(socket, { type: 'error', code: 'unauthorized', message: 'userHash does not match.', ref: 'identify' })
      }
      session.visitorId = state.identify(visitorId, frame.id)
      session.watching.clear()
      return welcome(`mock-token-${session.visitorId}`)
    }
    case 'read': {
      // Kept as the real server keeps it (never back, never past the log), for the next welcome.
      const conversation = mine(frame.conversationId)
      if (conversation && frame.mark !== 'delivered') {
        conversation.readSeq = Math.max(conversation.readSeq, Math.min(frame.seq, conversation.events.length))
      }
      return
    }
    case 'ping':
      return deliver(socket, { type: 'pong' })
    default:
      return // typing: the test's agent hears nothing in the mock.
  }
}
