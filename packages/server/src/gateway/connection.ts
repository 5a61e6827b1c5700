import {
  can,
  CloseCode,
  ErrorCode,
  maySee,
  parseClientFrame,
  type ConversationSummary,
  PROTOCOL_VERSION,
  type ClientFrame,
  type ErrorFrame,
  type HelloFrame,
  type ServerFrame,
} from '@attune/protocol'
import type { Writable } from 'node:stream'
import type { WebSocket } from 'ws'
import { topics, type RevokedMessage } from '../bus.ts'
import { VisitorErasedError } from '../conversations.ts'
import { DatabaseUnavailable } from '../db/database.ts'
import { ConversationNotFoundError } from '../log.ts'
import { dispatch } from './frames.ts'
import { FrameError, type GatewayDeps, type Principal, type Session } from './context.ts'
import type { LoadGauge } from './load.ts'
import { catchesUp, createCatchUpBucket, createTokenBucket, type TokenBucket } from './rate-limit.ts'
import type { Welcomes } from './visitor-welcome.ts'
import { createSubscription } from './subscription.ts'
import type { Logger } from 'pino'
import { connectionLog, log } from '../logger.ts'
import type { HelloDeadlines } from './heartbeat.ts'
import { createSendOrder, type SendOrder } from './send-order.ts'
import { frameJson, sendInTick } from './outgoing.ts'

/** What the gateway knows of the socket's edge: where it comes from, what it may start, what it shares. */
type Edge = {
  /** The client's address (see http/proxy.ts `clientAddress`). */
  address: string
  /** 0 when this address and store may open one more conversation, else the ms to wait. */
  admitConversation(siteId: string, address: string): number
  /** Closes the socket with CloseCode.HelloTimeout when it stays silent after the upgrade. */
  hellos: HelloDeadlines<WebSocket>
  /** Whether the process is behind: writes are refused for now, and a stall's burst is not the client's. */
  load: LoadGauge
  /** The TCP socket under `ws`, corked while a tick's frames are written (outgoing.ts). */
  socket: Writable
  /** Shoppers' hellos, whose reads the gateway's connections share (visitor-welcome.ts). */
  welcomes: Welcomes
}

/** What a client is told to wait while the database is not answering (the HTTP API says 5 s too). */
const DATABASE_RETRY_MS = 5000
/** Refusals that say "not now" (core's outbox sends the item again), as core's `isTransient`. */
const TRANSIENT: ReadonlySet<ErrorCode> = new Set([ErrorCode.RateLimited, ErrorCode.Unavailable, ErrorCode.Internal])

/**
 * Serves one WebSocket: the hello handshake, then frames one at a time (so acks and events keep
 * the order the client sent in). A bad frame gets an error frame; the connection stays open.
 */
export function serveConnection(ws: WebSocket, principal: Principal, deps: GatewayDeps, edge: Edge): { drained(): Promise<void> } {
  const bucket = createTokenBucket()
  // An inbox's, from its welcome on: catching up on its conversations is not a flood (rate-limit.ts).
  let catchUp: TokenBucket | undefined
  // What an idle socket never needs is made when first needed (issue 12: an idle socket's memory).
  let sendOrder: SendOrder | undefined
  const order = () => (sendOrder ??= createSendOrder())
  let connectionLogger: Logger | undefined
  const logger = () =>
    (connectionLogger ??= connectionLog({ role: principal.role, siteId: principal.role === 'agent' ? principal.agent.siteId : principal.site.id }))
  const cleanups: (() => void)[] = []
  let ready = false
  let queue: Promise<void> = Promise.resolve()
  edge.hellos.wait(ws)
  cleanups.push(() => edge.hellos.done(ws))
  deps.metrics.connections.inc({ role: principal.role })
  cleanups.push(() => deps.metrics.connections.dec({ role: principal.role }))
  if (log.isLevelEnabled('debug')) {
    logger().debug('connected')
    cleanups.push(() => logger().debug('disconnected'))
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
      const sub = createSubscription({
        conversationId,
        afterSeq,
        log: deps.log,
        send: session.send,
        onError: (error) => logger().error({ err: error, conversation: conversationId }, 'replay failed'),
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
  }

  function error(code: ErrorCode, message: string, ref?: string, retryAfterMs?: number) {
    deps.metrics.errors.inc({ code })
    const frame: ErrorFrame = { type: 'error', code, message }
    if (ref !== undefined) frame.ref = ref
    if (retryAfterMs !== undefined) frame.retryAfterMs = retryAfterMs
    session.send(frame)
  }

  // From the first moment: a removal between the upgrade and hello still closes the socket.
  if (principal.role === 'agent') {
    cleanups.push(deps.bus.subscribe(topics.person(principal.agent.id), (message) => message.type === 'revoked' && onRevoked(message)))
  }

  async function hello(frame: HelloFrame) {
    if (frame.v !== PROTOCOL_VERSION) {
      error(ErrorCode.UnsupportedVersion, `This server speaks protocol version ${PROTOCOL_VERSION}.`, 'hello')
      ws.close(CloseCode.UnsupportedVersion, 'unsupported version')
      return
    }
    if (principal.role === 'visitor') {
      const site = principal.site
      const welcome = await edge.welcomes.hello(site.id, frame.token)
      session.visitorId = welcome.visitorId
      ready = true
      session.send(welcome)
      cleanups.push(deps.bus.subscribe(topics.presence(site.id), (f) => f.type === 'presence' && session.send(f)))
      session.send({ type: 'presence', agentsOnline: await deps.presence.count(site.id) })
      return
    }
    const { agent } = principal
    cleanups.push(deps.presence.join(agent.siteId, agent.id))
    cleanups.push(deps.bus.subscribe(topics.member(agent.siteId, agent.id), (f) => f.type === 'notice' && session.send(f)))
    // Listen before reading the list, so a change in between is not lost (at worst seen twice).
    const listed = listedFor(agent)
    cleanups.push(
      deps.bus.subscribe(topics.site(agent.siteId), (f) => {
        if ((f.type === 'conversation' && listed(f.conversation)) || f.type === 'team') session.send(f)
      }),
    )
    // A note is heard where its conversation may be opened: not on a colleague's, for an agent.
    cleanups.push(
      deps.bus.subscribe(topics.notes(agent.siteId), (f) => {
        if (f.type === 'note')
          void session.access(f.note.conversationId).then(
            () => session.send(f),
            () => {},
          )
      }),
    )
    // Alerts are for those the store relies on to step in (issue 16); an agent sees the cue on the card.
    if (can(agent.role, 'receive_alerts')) {
      cleanups.push(deps.bus.subscribe(topics.alerts(agent.siteId), (f) => f.type === 'alert' && session.send(f)))
    }
    const conversations = await deps.conversations.openSummaries(
      agent.siteId,
      undefined,
      can(agent.role, 'see_all_conversations') ? undefined : agent.id,
    )
    for (const c of conversations) listed(c)
    catchUp = createCatchUpBucket(conversations.length)
    ready = true
    session.send({
      type: 'welcome',
      role: 'agent',
      agent: { id: agent.id, name: agent.name, email: agent.email, siteKey: agent.siteKey, role: agent.role },
      conversations,
    })
  }

  function onRevoked(message: RevokedMessage) {
    if (principal.role !== 'agent') return
    const { sessionId, siteId } = principal.agent
    if (message.siteId && message.siteId !== siteId) return
    if (message.sessionId && message.sessionId !== sessionId) return
    if (message.exceptSessionId === sessionId) return
    if (message.reason === 'ended') ws.close(CloseCode.SessionEnded, 'session ended')
    else ws.close(CloseCode.Reconnect, 'role or store changed')
  }

  async function handle(frame: ClientFrame) {
    if (frame.type === 'hello') {
      edge.hellos.done(ws)
      if (ready) throw new FrameError(ErrorCode.BadFrame, 'Already greeted.')
      return hello(frame)
    }
    if (!ready) throw new FrameError(ErrorCode.NotReady, 'Send hello first.')
    return dispatch(session, frame)
  }

  ws.on('message', (data, isBinary) => {
    const parsed = parseClientFrame(isBinary ? '' : data.toString())
    const ref = parsed.ok ? ('clientId' in parsed.frame ? parsed.frame.clientId : parsed.frame.type) : parsed.error.ref
    // Parsing first (bounded by MAX_FRAME_BYTES) lets a rate-limited send name its clientId, so
    // the client's outbox knows which item to retry.
    // A message refused for now holds back the later ones to its conversation (send-order.ts).
    const sending =
      parsed.ok && parsed.frame.type === 'send' ? { conversation: parsed.frame.conversationId ?? '', clientId: parsed.frame.clientId } : null
    const refuse = (code: ErrorCode, message: string, retryAfterMs?: number) => {
      if (sending && TRANSIENT.has(code)) order().refused(sending.conversation, sending.clientId, retryAfterMs ?? 0)
      else if (sending) order().settled(sending.conversation, sending.clientId)
      error(code, message, ref, retryAfterMs)
    }
    // Decided now, answered in turn: a message refused on arrival holds back the ones after it,
    // not the earlier ones still waiting in the queue (they would be refused for it, come back
    // after it, and be stored after it).
    const refuseInTurn = (code: ErrorCode, message: string, retryAfterMs?: number) => {
      queue = queue.then(() => refuse(code, message, retryAfterMs)).catch((e: unknown) => logger().error({ err: e }, 'refusal failed'))
    }
    const budget = catchUp && parsed.ok && catchesUp(parsed.frame.type) ? catchUp : bucket
    if (!edge.load.stalled() && !budget.take()) return refuseInTurn(ErrorCode.RateLimited, 'Too many frames; slow down.')
    if (!parsed.ok) {
      deps.metrics.errors.inc({ code: parsed.error.code })
      return session.send(parsed.error)
    }
    const frame = parsed.frame
    const writes = frame.type === 'send' || frame.type === 'answer'
    if (writes && edge.load.behind())
      return refuseInTurn(ErrorCode.Unavailable, 'The server is busy; this is sent again shortly.', edge.load.retryAfterMs())
    const finished = writes ? edge.load.start() : () => {}
    const timer = deps.metrics.frames.startTimer({ type: frame.type })
    queue = queue
      .then(() => {
        const wait = sending ? order().wait(sending.conversation, sending.clientId) : 0
        if (wait > 0) throw new FrameError(ErrorCode.Unavailable, 'An earlier message goes first; this one follows it.', wait)
        return handle(frame)
      })
      .then(() => {
        if (sending) order().settled(sending.conversation, sending.clientId)
        if (frame.type === 'send') deps.metrics.messages.inc({ role: principal.role })
      })
      .catch((e: unknown) => {
        if (e instanceof FrameError) return refuse(e.code, e.message, e.retryAfterMs)
        // Erased while connected: final for this frame (a retry would fail the same way); the
        // client reconnects and its old token gets a fresh visitor (issue 11, finding 8).
        if (e instanceof VisitorErasedError) {
          refuse(ErrorCode.Unauthorized, 'This shopper’s data was erased; reconnect to start afresh.')
          return ws.close(CloseCode.Reconnect, 'visitor erased')
        }
        // Deleted between the access check and the write (an erasure): missing, not a failure.
        if (e instanceof ConversationNotFoundError) return refuse(ErrorCode.NotFound, 'No such conversation.')
        // The database restarting or failing over: not now, as long as it takes (the outbox keeps it).
        if (e instanceof DatabaseUnavailable)
          return refuse(ErrorCode.Unavailable, 'The database is not answering; this is sent again shortly.', DATABASE_RETRY_MS)
        logger().error({ err: e, frame: frame.type }, 'frame failed')
        refuse(ErrorCode.Internal, 'Something failed on the server; retry.')
      })
      .finally(() => {
        finished()
        timer()
      })
  })

  ws.on('close', () => {
    for (const { unsubscribe } of session.subscriptions.values()) unsubscribe()
    session.subscriptions.clear()
    for (const fn of cleanups.splice(0)) fn()
  })

  // Shutdown waits for the frames already being handled, so none writes to a closed database.
  return { drained: () => queue }
}

/**
 * Which of the store's conversation updates an inbox hears (issue 14): the ones its person may
 * see, and — once — the update that took one out of their sight (a transfer to a colleague), so
 * their list drops it; nothing of it after that.
 */
function listedFor(agent: { id: string; role: Parameters<typeof maySee>[0] }): (summary: ConversationSummary) => boolean {
  const shown = new Set<string>()
  return (summary) => {
    if (maySee(agent.role, agent.id, summary.assignee?.id ?? null)) {
      shown.add(summary.id)
      return true
    }
    return shown.delete(summary.id)
  }
}
