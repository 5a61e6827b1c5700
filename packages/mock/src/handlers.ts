import { http, HttpResponse, ws } from 'msw'
import {
  parseClientFrame,
  ThaiVoice,
  UPLOAD_LIMITS,
  UPLOAD_NAME_HEADER,
  uploadFileName,
  type Attachment,
  type ErrorCode,
  type LauncherResponse,
  type CheckInPhase,
  type ServerFrame,
  type ShopperContext,
  type SiteResponse,
  type ToldUs,
  type TranscriptRequest,
  type TranscriptTextRequest,
  type TranscriptTextResponse,
} from '@attune/protocol'
import { refuse } from './http-errors.ts'
import { createMockState, type MockConversation } from './state.ts'
import { mediaType, uploadRefusal } from './uploads.ts'
import { eventFrame, handleVisitorFrame, type MockServerContext, type MockSession, type MockSocket } from './visitor-frames.ts'

export interface MockOptions {
  /** The server URL the client under test is given, e.g. `http://attune.test`. */
  server: string
  siteKey?: string
  siteName?: string
  agentName?: string
  /** Ask the before-chat check-in when the shopper opens the chat. Default true. */
  askBefore?: boolean
}

const AGENT_ID = 'agent-1'

/** What raises each moment's card when a test asks it. */
const TRIGGER_OF = { before: 'open', during: 'agent', after: 'resolved', follow_up: 'follow_up' } as const satisfies Record<CheckInPhase, string>

/**
 * msw handlers that play an Attune server for one store, in memory, speaking the real
 * protocol; plus the controls a test needs to play the agent and to break the network.
 */
export function createAttuneMock(options: MockOptions) {
  const { siteKey = 'demo', siteName = 'Demo Store', agentName = 'Alex', askBefore = true } = options
  const base = options.server.replace(/\/+$/, '')
  const state = createMockState()
  const sockets = new Map<MockSocket, MockSession>()
  let refusing = false
  let delayMs = 0
  let identityAccepted = true
  let sendFailure: ErrorCode | null = null
  let muted = false
  let eventsToDrop = 0
  let agentsOnline = 1
  let toldUs: ToldUs | null = null
  /** The store's hours as the launcher's answer says them (issue 15): open, unless a test closes it. */
  let hours: Omit<LauncherResponse, 'attended' | 'greetings'> = { open: true }
  let launcherAnswers = 0
  const uploads = new Map<string, Attachment>()
  const contexts = new Map<string, ShopperContext>()
  /** The copies by email asked for: which conversation, to which address (none: the one left). */
  const copies: { conversationId: string; email?: string | undefined }[] = []

  /**
   * The store's public details, in each hello's welcome and at `GET /api/sites/:siteKey`: the
   * protocol's type, so it cannot drift from the real server's (its test checks the schema too).
   */
  const site = {
    name: siteName,
    checkIns: {
      moments: { before: askBefore, during: true, after: true },
      topics: ['order', 'product', 'returns', 'payment', 'other'],
      effortItem: false,
    },
    uploads: { maxBytes: UPLOAD_LIMITS.maxBytes, types: [...UPLOAD_LIMITS.types] },
    thaiVoice: ThaiVoice.Female,
  } satisfies SiteResponse

  const ctx: MockServerContext = {
    state,
    site,
    deliver(socket: MockSocket, frame: ServerFrame) {
      if (muted) return
      const send = () => socket.send(JSON.stringify(frame))
      if (delayMs > 0) setTimeout(send, delayMs)
      else send()
    },
    broadcast(conversation: MockConversation, frame: ServerFrame) {
      if (frame.type === 'event' && eventsToDrop > 0) {
        eventsToDrop--
        return
      }
      for (const [socket, session] of sockets) if (session.watching.has(conversation.id)) ctx.deliver(socket, frame)
    },
    acceptsIdentity: () => identityAccepted,
    asksBefore: () => askBefore,
    sendFailure: () => sendFailure,
    uploads,
    agentsOnline: () => agentsOnline,
    contexts,
    takeToldUs() {
      const told = toldUs
      toldUs = null
      return told
    },
  }

  const agent = { role: 'agent' as const, id: AGENT_ID, name: agentName }
  function conversationOf(visitorId?: string): MockConversation {
    const conversation = visitorId ? state.latestOf(visitorId) : [...state.conversations.values()].at(-1)
    if (!conversation) throw new Error('[Attune mock] no conversation yet: the shopper has not written.')
    return conversation
  }
  function agentAppends(entry: Parameters<typeof state.append>[2], visitorId?: string) {
    const conversation = conversationOf(visitorId)
    const { event } = state.append(conversation, entry.kind === 'checkin.asked' ? { role: 'system', id: 'attune' } : agent, entry)
    ctx.broadcast(conversation, eventFrame(conversation, event))
    return event
  }

  const warnedKeys = new Set<string>()
  /**
   * The real server answers the upgrade 404 for a site it does not know, which a WebSocket reports
   * as an abnormal close (1006) before it ever opens: the same here, so a typo'd key fails in a
   * store's tests as it would in production. Clients cannot tell that from a network failure and
   * keep reconnecting, so the mock says once what it refused.
   */
  function refuseUnknownSite(client: MockSocket, askedFor: string) {
    if (!warnedKeys.has(askedFor)) {
      warnedKeys.add(askedFor)
      console.warn(`[Attune mock] refused a WebSocket for the site key "${askedFor}": this mock plays the store "${siteKey}".`)
    }
    client.close(1006, '')
  }

  const handlers = [
    http.get(`${base}/api/sites/:siteKey`, ({ params }) =>
      params.siteKey === siteKey ? HttpResponse.json(site) : refuse('not_found', 'No such site.'),
    ),
    http.get(`${base}/api/sites/:siteKey/launcher`, ({ params }) => {
      if (params.siteKey !== siteKey) return refuse('not_found', 'No such site.')
      launcherAnswers++
      return HttpResponse.json({ attended: hours.open && agentsOnline > 0, ...hours, greetings: [] } satisfies LauncherResponse)
    }),
    // The real route's checks, in its order (the server's http/uploads-api.ts).
    http.post(`${base}/api/uploads`, async ({ request }) => {
      if (new URL(request.url).searchParams.get('siteKey') !== siteKey) return refuse('not_found', 'No such site.')
      if (!(request.headers.get('authorization') ?? '').startsWith('Bearer mock-token-')) {
        return refuse('unauthorized', 'Send the visitor token as a Bearer token.')
      }
      const bytes = await request.arrayBuffer()
      const type = mediaType(request.headers.get('content-type'))
      const refused = uploadRefusal({ size: bytes.byteLength, type })
      if (refused) return refused
      const id = state.nextId('upload')
      const name = uploadFileName(request.headers.get(UPLOAD_NAME_HEADER))
      const attachment: Attachment = { id, name, type, size: bytes.byteLength, url: `/api/uploads/${id}` }
      uploads.set(id, attachment)
      return HttpResponse.json({ attachment }, { status: 201 })
    }),
    // A copy by email (the server's http/mail-api.ts): of one of the shopper's own conversations,
    // kept for the test to read (`copies`) instead of mailed.
    http.post(`${base}/api/sites/:siteKey/transcript`, async ({ params, request }) => {
      if (params.siteKey !== siteKey) return refuse('not_found', 'No such site.')
      const visitorId = /^Bearer mock-token-(.+)$/.exec(request.headers.get('authorization') ?? '')?.[1]
      if (!visitorId) return refuse('unauthorized', 'Send the visitor token as a Bearer token.')
      const { conversationId, email } = (await request.json()) as TranscriptRequest
      const conversation = state.transcriptOf(visitorId, conversationId)
      if (!conversation) return refuse('not_found', 'No such conversation.')
      copies.push({ conversationId: conversation.id, email })
      return HttpResponse.json({ ok: true }, { status: 202 })
    }),
    // The download's text (the server's http/mail-api.ts): one of the shopper's own conversations,
    // whole, as the server writes it; in English, its times in UTC.
    http.post(`${base}/api/sites/:siteKey/transcript/text`, async ({ params, request }) => {
      if (params.siteKey !== siteKey) return refuse('not_found', 'No such site.')
      const visitorId = /^Bearer mock-token-(.+)$/.exec(request.headers.get('authorization') ?? '')?.[1]
      if (!visitorId) return refuse('unauthorized', 'Send the visitor token as a Bearer token.')
      const { conversationId } = (await request.json()) as TranscriptTextRequest
      const conversation = state.transcriptOf(visitorId, conversationId)
      if (!conversation) return refuse('not_found', 'No such conversation.')
      const text = conversation.events
        .flatMap((e) => (e.kind === 'message' && e.text.trim() ? [e] : []))
        .map((e) => `[${e.at.slice(0, 16).replace('T', ' ')}] ${e.author.role === 'visitor' ? 'You' : (e.author.name ?? siteName)}: ${e.text}`)
        .join('\n')
      return HttpResponse.json({ text } satisfies TranscriptTextResponse)
    }),
    ws.link(`${base.replace(/^http/, 'ws')}/v1/visitor`).addEventListener('connection', ({ client }) => {
      const askedFor = client.url.searchParams.get('siteKey') ?? ''
      if (askedFor !== siteKey) return refuseUnknownSite(client, askedFor)
      if (refusing) return client.close(4503, 'refused by the mock')
      const session: MockSession = { visitorId: null, watching: new Set() }
      sockets.set(client, session)
      client.addEventListener('close', () => sockets.delete(client))
      client.addEventListener('message', (message) => {
        if (typeof message.data !== 'string') return
        const parsed = parseClientFrame(message.data)
        if (parsed.ok) handleVisitorFrame(ctx, client, session, parsed.frame)
        else ctx.deliver(client, parsed.error)
      })
    }),
  ]

  return {
    handlers,
    /** Every conversation the mock holds, for assertions. */
    conversations: () => [...state.conversations.values()],
    /** The transcripts asked for by email, in order: the conversation each is of, and the address given. */
    copies: () => [...copies],
    /** How many WebSockets are open now (one per browser, however many tabs). */
    connectionCount: () => sockets.size,
    /** What the shopper's page told the agent (page, attributes), for the newest visitor or the given one. */
    contextOf: (visitorId?: string) => contexts.get(visitorId ?? [...contexts.keys()].at(-1) ?? ''),
    /** The next welcome tells the shopper, once, what the store did with their comment (issue 16). */
    tellOnNextWelcome(told: ToldUs) {
      toldUs = told
    },
    /** How many times the launcher asked who is there (`GET /api/sites/:key/launcher`). */
    launcherAnswers: () => launcherAnswers,
    /** What the launcher's answer says of the store's hours from now on (issue 15). */
    setHours(next: Omit<LauncherResponse, 'attended' | 'greetings'>) {
      hours = next
    },
    /** Sets how many agents are online and tells every shopper. */
    setAgentsOnline(count: number) {
      agentsOnline = count
      for (const socket of sockets.keys()) ctx.deliver(socket, { type: 'presence', agentsOnline: count })
    },
    /** The agent writes in the newest conversation (or the given visitor's). */
    agentSays: (text: string, visitorId?: string) => agentAppends({ kind: 'message', clientId: state.nextId('agent-msg'), text }, visitorId),
    agentTyping(typing: boolean, visitorId?: string) {
      const conversation = conversationOf(visitorId)
      ctx.broadcast(conversation, { type: 'typing', conversationId: conversation.id, role: 'agent', typing, name: agentName })
    },
    /** The agent's screen received (or the agent read) everything up to `seq`. */
    agentMarks(mark: 'delivered' | 'read', seq: number, visitorId?: string) {
      const conversation = conversationOf(visitorId)
      ctx.broadcast(conversation, { type: 'read', conversationId: conversation.id, role: 'agent', seq, mark })
    },
    /** The server asks a check-in (e.g. the agent's "Check in" for `during`). */
    askCheckIn: (phase: CheckInPhase, visitorId?: string) => agentAppends({ kind: 'checkin.asked', phase, trigger: TRIGGER_OF[phase] }, visitorId),
    resolve: (visitorId?: string) => agentAppends({ kind: 'conversation.resolved' }, visitorId),
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
    /** While false, `identify` is refused as a bad hash. */
    acceptIdentity(accept: boolean) {
      identityAccepted = accept
    },
    /**
     * Refuses every send with this error code (null: accept again). `rate_limited`, `unavailable`
     * and `internal` are "not now" (clients resend); others, like `forbidden`, are final.
     */
    failSends(code: ErrorCode | null) {
      sendFailure = code
    },
    /** The next `count` live events are lost on the way: clients must notice the gap and fill it. */
    dropNextEvents(count = 1) {
      eventsToDrop = count
    },
    /** While true the mock answers nothing, not even pongs: a half-open socket. */
    mute(silent: boolean) {
      muted = silent
    },
  }
}

export type AttuneMock = ReturnType<typeof createAttuneMock>
