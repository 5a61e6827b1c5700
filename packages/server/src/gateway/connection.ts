import { CloseCode, ErrorCode, parseClientFrame, PROTOCOL_VERSION, type ClientFrame, type ErrorFrame, type HelloFrame } from '@attune/protocol'
import type { Writable } from 'node:stream'
import type { WebSocket } from 'ws'
import { topics, type RevokedMessage } from '../bus.ts'
import { VisitorErasedError } from '../conversations.ts'
import { DatabaseUnavailable } from '../db/database.ts'
import { ConversationNotFoundError } from '../log.ts'
import { dispatch } from './frames.ts'
import { FrameError, type GatewayDeps, type Principal } from './context.ts'
import type { LoadGauge } from './load.ts'
import { catchesUp, createTokenBucket, type TokenBucket } from './rate-limit.ts'
import { greetAgent, greetVisitor } from './greeting.ts'
import { createSession } from './session.ts'
import type { Welcomes } from './visitor-welcome.ts'
import type { Logger } from 'pino'
import { connectionLog, log } from '../logger.ts'
import type { HelloDeadlines } from './heartbeat.ts'
import { createSendOrder, type SendOrder } from './send-order.ts'

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

/**
 * What a client is told to wait while the database is not answering: 5 s (the HTTP API says 5 s
 * too) and up to half as long again, so that the messages refused together when it went away do
 * not all come back together, every 5 s, until it is back.
 */
const DATABASE_RETRY_MS = 5000
const databaseRetryMs = () => DATABASE_RETRY_MS + Math.floor(Math.random() * (DATABASE_RETRY_MS / 2))
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

  const session = createSession(ws, principal, deps, edge, logger)

  function error(code: ErrorCode, message: string, ref?: string, retryAfterMs?: number) {
    deps.metrics.errors.inc({ code })
    const frame: ErrorFrame = { type: 'error', code, message }
    if (ref !== undefined) frame.ref = ref
    if (retryAfterMs !== undefined) frame.retryAfterMs = retryAfterMs
    session.send(frame)
  }

  // From the first moment: a removal between the upgrade and hello still closes the socket. One
  // the bus lost is found when the process checks its inboxes again, and closes it the same way.
  if (principal.role === 'agent') {
    cleanups.push(deps.bus.subscribe(topics.person(principal.agent.id), (message) => message.type === 'revoked' && onRevoked(message)))
    if (deps.inboxRecheck) cleanups.push(deps.inboxRecheck.watch(principal.agent, onRevoked))
  }

  async function hello(frame: HelloFrame) {
    if (frame.v !== PROTOCOL_VERSION) {
      error(ErrorCode.UnsupportedVersion, `This server speaks protocol version ${PROTOCOL_VERSION}.`, 'hello')
      ws.close(CloseCode.UnsupportedVersion, 'unsupported version')
      return
    }
    const greeting = { session, welcomes: edge.welcomes, cleanups }
    if (principal.role === 'visitor') await greetVisitor(greeting, principal.site, frame)
    else {
      const greeted = await greetAgent(greeting, principal.agent)
      // The budget before the kept notices are told: the inbox resumes its conversations the
      // moment it is welcomed, and a resume that came in while the budget was not set yet was
      // charged to the usual limit (a slow claim refused most of 150 on a busy machine).
      catchUp = greeted.catchUp
      await greeted.kept
    }
    // Frames are handled one at a time (below), so the next is not handled before this is set.
    ready = true
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
          return refuse(ErrorCode.Unavailable, 'The database is not answering; this is sent again shortly.', databaseRetryMs())
        logger().error({ err: e, frame: frame.type }, 'frame failed')
        refuse(ErrorCode.Internal, 'Something failed on the server; retry.')
      })
      .finally(() => {
        finished()
        timer()
      })
  })

  ws.on('close', () => {
    for (const fn of cleanups.splice(0)) fn()
    // After the frames still being handled: one of them may yet follow a conversation or type in one.
    void queue.then(() => session.close())
  })

  // Shutdown waits for the frames already being handled, so none writes to a closed database.
  return { drained: () => queue }
}
