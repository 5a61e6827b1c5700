import { ErrorCode, maySee, type ServerFrame } from '@attune/protocol'
import type { Writable } from 'node:stream'
import type { Logger } from 'pino'
import type { WebSocket } from 'ws'
import { topics } from '../bus.ts'
import { FrameError, type GatewayDeps, type Principal, type Session } from './context.ts'
import { frameJson, sendInTick } from './outgoing.ts'
import { createCheckInNews } from './checkin-news.ts'
import { createSubscription } from './subscription.ts'

/** What a session needs of its socket's edge (connection.ts). */
type SessionEdge = {
  address: string
  admitConversation(siteId: string, address: string): number
  socket: Writable
}

/**
 * One connection's state and the rules the frame handlers share (context.ts `Session`): who may
 * see which conversation, opening one, following one.
 */
export function createSession(ws: WebSocket, principal: Principal, deps: GatewayDeps, edge: SessionEdge, logger: () => Logger): Session {
  // The conversations this connection says it is typing in: its close ends that typing.
  const typingIn = new Set<string>()
  // Listened to from the first conversation followed (an idle socket follows none): after the bus
  // reconnects, every conversation followed reads what it may have missed, once.
  let offReconnected: (() => void) | undefined
  // From the conversation kept in memory (the rules keep it while it is active): no read as a rule.
  const eventsBefore = async (conversationId: string, seq: number) =>
    ((await deps.active.get(conversationId, seq - 1))?.events ?? []).filter((e) => e.seq < seq)
  const catchUpAll = () => {
    for (const { sub } of session.subscriptions.values()) sub.catchUp()
  }
  const session: Session = {
    deps,
    principal,
    visitorId: null,
    siteId: principal.role === 'agent' ? principal.agent.siteId : principal.site.id,
    role: principal.role,
    authorName: principal.role === 'agent' ? principal.agent.name : undefined,
    subscriptions: new Map(),
    send(frame: ServerFrame) {
      if (ws.readyState === ws.OPEN) sendInTick(ws, edge.socket, frameJson(frame))
    },
    async access(conversationId) {
      return session.mine(deps.active.peek(conversationId) ?? (await deps.conversations.get(conversationId)))
    },
    mine(conversation) {
      const mine =
        conversation &&
        (principal.role === 'agent'
          ? conversation.siteId === principal.agent.siteId && maySee(principal.agent.role, principal.agent.id, conversation.assigneeId)
          : conversation.visitorId === session.visitorId)
      // Someone else's conversation looks exactly like a missing one: existence is not revealed.
      if (!conversation || !mine) throw new FrameError(ErrorCode.NotFound, 'No such conversation.')
      return conversation
    },
    async openConversation() {
      const visitorId = session.visitorId!
      const latest = await deps.conversations.latestForVisitor(visitorId)
      if (latest?.status !== 'open') {
        const wait = edge.admitConversation(session.siteId, edge.address)
        if (wait > 0) throw new FrameError(ErrorCode.RateLimited, 'Too many new conversations; try again shortly.', wait)
      }
      return (await deps.conversations.openFor(session.siteId, visitorId)).conversation
    },
    follow(conversationId, afterSeq) {
      session.unfollow(conversationId)
      offReconnected ??= deps.bus.subscribe(topics.reconnected, catchUpAll)
      const sub = createSubscription({
        conversationId,
        afterSeq,
        log: deps.log,
        send: session.send,
        onError: (error) => logger().error({ err: error, conversation: conversationId }, 'replay failed'),
        // The shopper's client is told which card is open; the agent's inbox reads the log itself.
        ...(principal.role === 'visitor' ? { checkInNews: createCheckInNews((seq) => eventsBefore(conversationId, seq)) } : {}),
      })
      // Subscribe before replaying: whatever is published meanwhile is queued behind the replay.
      const off = deps.bus.subscribe(topics.conversation(conversationId), (frame) => {
        if (frame.type === 'event') sub.live(frame.event)
        else if ((frame.type === 'typing' || frame.type === 'read') && frame.role !== session.role) session.send(frame)
      })
      session.subscriptions.set(conversationId, {
        sub,
        unsubscribe: () => {
          sub.close()
          off()
        },
      })
      return sub
    },
    unfollow(conversationId) {
      session.subscriptions.get(conversationId)?.unsubscribe()
      session.subscriptions.delete(conversationId)
    },
    typing(conversationId, typing) {
      if (typing) typingIn.add(conversationId)
      else typingIn.delete(conversationId)
      // The rules hold back automatic check-ins while an agent types (empathy/engine.ts).
      deps.empathy.typing(conversationId, session.role, typing, session)
      // Named as their messages are (authorOf): the shopper sees who types, not who wrote last.
      deps.bus.publish(topics.conversation(conversationId), {
        type: 'typing',
        conversationId,
        role: session.role,
        typing,
        name: session.authorName || undefined,
      })
    },
    leave(conversationId) {
      session.unfollow(conversationId)
      // No "stopped typing" comes from a tab closed mid-reply, nor is one allowed once the
      // conversation went to a colleague: left marked, it would hold back the shopper's check-ins.
      if (typingIn.has(conversationId)) session.typing(conversationId, false)
    },
    close() {
      for (const conversationId of new Set([...session.subscriptions.keys(), ...typingIn])) session.leave(conversationId)
      offReconnected?.()
    },
  }
  return session
}
