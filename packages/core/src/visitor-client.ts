import { atom } from 'nanostores'
import {
  decodeVisitorFrame,
  PROTOCOL_VERSION,
  type ServerFrame,
  type ToldUs,
  type VisitorServerFrame,
  type VisitorWelcomeFrame,
} from '@attune/protocol'
import type { ChatClient, ClientOptions } from './chat-client.ts'
import { awaitingReply } from './awaiting.ts'
import { createCheckIns } from './checkin.ts'
import { createConnection, type Connection } from './connection.ts'
import { createChannel } from './channel.ts'
import { lastSeq } from './channel-state.ts'
import { validateText } from './conversation.ts'
import { derived } from './derived.ts'
import { createEmitter } from './emitter.ts'
import { createIntents } from './intents.ts'
import { AttuneError } from './errors.ts'
import { browserWakeSource, defaultStorage, randomId, requireWebSocket, systemClock } from './platform.ts'
import { createSharedConnection } from './shared-connection.ts'
import type { SiteInfo } from './site.ts'
import { defaultTabPlatform } from './tabs.ts'
import { toTimeline, type TimelineItem } from './timeline.ts'
import { socketBase } from './urls.ts'
import { createVisitorStorage } from './visitor-storage.ts'

type FrameHandlers = { [T in VisitorServerFrame['type']]?: (frame: Extract<VisitorServerFrame, { type: T }>) => void }

export function createClient(options: ClientOptions): ChatClient {
  const { server, siteKey } = options
  if (typeof server !== 'string' || !/^https?:\/\//.test(server)) {
    throw new AttuneError('invalid_input', `"server" must be an http(s) URL, got ${String(server)}.`)
  }
  if (typeof siteKey !== 'string' || !siteKey) {
    throw new AttuneError('invalid_input', '"siteKey" is required.')
  }
  const clock = options.clock ?? systemClock
  const pageSize = options.pageSize ?? 50
  const saved = createVisitorStorage(options.storage ?? defaultStorage(), siteKey)
  const emitter = createEmitter()
  const channel = createChannel({
    role: 'visitor',
    outbox: saved.outbox,
    send: (frame) => connection.send(frame),
    clock,
    emit: emitter.emit,
  })
  const { dispatch } = channel
  const $events = derived([channel.$state], (s) => s.events)
  const state = () => channel.$state.get()
  const currentId = () => state().id

  // Earlier conversations of this visitor stay on screen when a new one starts after a resolve.
  const $archive = atom<TimelineItem[]>([])
  const $timeline = derived([$archive, channel.$state], (archive, current) => [...archive, ...toTimeline(current)])
  const $readSeq = atom(0)
  const $unread = derived(
    [$events, $readSeq],
    (events, readSeq) => events.filter((e) => e.kind === 'message' && e.author.role === 'agent' && e.seq > readSeq).length,
  )
  /** The store's public details, from the connection's first welcome: no request of their own. */
  const $site = atom<SiteInfo | null>(null)
  const $agentsOnline = atom<number | null>(null)
  const $toldUs = atom<ToldUs | null>(null)

  /** A reply email's reopen token, told in each hello until one is welcomed. */
  let reopen = options.reopen
  const connectionOptions = {
    url: `${socketBase(server)}/v1/visitor?siteKey=${encodeURIComponent(siteKey)}`,
    WebSocket: requireWebSocket(options.WebSocket),
    clock,
    random: options.random,
    // Without a token (undefined is left out of the JSON) the server welcomes a new visitor.
    hello: () => ({ type: 'hello' as const, v: PROTOCOL_VERSION, token: saved.token() ?? undefined, reopen }),
    // Only the frames a shopper receives: an agent's is dropped like an unknown one.
    decode: decodeVisitorFrame,
    onFrame,
    onFatal: (error: AttuneError) => emitter.emit('error', error),
  }
  const tabs = options.tabs === false ? null : (options.tabs ?? defaultTabPlatform())
  /** The last welcome taken, which a tab joining late gets as it stands now. */
  let welcomed: VisitorWelcomeFrame | null = null
  const shared = tabs
    ? createSharedConnection(
        connectionOptions,
        tabs,
        `attune:${siteKey}`,
        () => {
          const id = currentId()
          const conversation = id ? { id, lastSeq: lastSeq(state()), status: 'open' as const, readSeq: $readSeq.get() } : null
          // As it stands now: the conversation on screen, the store's details; what it told once is
          // told once. And how many agents are online, which the server tells when it changes.
          const agentsOnline = $agentsOnline.get()
          if (!welcomed) return []
          const welcome = { ...welcomed, conversation, site: $site.get() ?? undefined, toldUs: undefined }
          return agentsOnline === null ? [welcome] : [welcome, { type: 'presence', agentsOnline }]
        },
        (message) => {
          if (message.t === 'read' && message.conversationId === currentId()) $readSeq.set(Math.max($readSeq.get(), message.seq))
          if (message.t === 'logout') forget()
        },
      )
    : null
  const connection: Connection = shared ?? createConnection(connectionOptions)
  const stopWaking = options.wake === false ? null : (options.wake ?? browserWakeSource)(() => connection.wake())

  // What the shopper did while offline that the server must still hear (sent on the next welcome).
  const intents = createIntents((frame) => connection.send(frame), channel.keep, currentId)
  const checkIns = createCheckIns(intents.checkIn)

  /** A welcome waiting for the answer to the identity it sent first. */
  let heldWelcome: VisitorWelcomeFrame | null = null
  // What each server frame means to the shopper's client. Only the shopper's frames get this far
  // (its decoder knows no others), and the visitor socket's welcome is a visitor's (server:
  // gateway/visitor-welcome.ts), as is a leader tab's.
  const frameHandlers: FrameHandlers = {
    welcome(frame) {
      reopen = undefined
      saved.setToken(frame.token)
      // The welcome after an identify has none: the connection's first one had them.
      if (frame.site) $site.set(frame.site)
      // An identity said while offline goes first: the answer is a new welcome as that shopper,
      // or a refusal, after which this welcome is taken again, as the shopper it names.
      heldWelcome = intents.replayIdentity() ? frame : null
      if (heldWelcome) return
      welcomed = frame
      // Only a welcome taken speaks to the shopper: one held for an identity may be another person's
      // (a shared device), whose comment the shopper the page names must not read.
      if (frame.toldUs) $toldUs.set(frame.toldUs)
      const { conversation } = frame
      if (conversation) {
        if (conversation.id !== currentId()) switchTo(conversation.id, conversation.lastSeq - pageSize)
        // The server keeps how far the shopper has read, so a mark made on another device counts
        // here; one made here that it has not heard (offline, before the socket was up) goes again.
        const told = conversation.readSeq ?? 0
        if ($readSeq.get() > told) connection.send({ type: 'read', conversationId: conversation.id, seq: $readSeq.get() })
        else $readSeq.set(told)
      }
      channel.connected()
      intents.replay()
    },
    error(frame) {
      if (frame.ref === 'identify' && heldWelcome) frameHandlers.welcome!(heldWelcome)
      channel.receive(frame)
    },
    // Another conversation's events wait until the shopper moves there: a message of theirs that
    // opens one is acked before its event comes (the protocol's AckFrame), and the ack moves them.
    event(frame) {
      const before = state()
      if (frame.conversationId === currentId()) channel.receive(frame)
      // The open card as of an event that joined the log (a replayed one this tab holds brings older news).
      if (frame.checkIn && state() !== before) checkIns.told(frame.checkIn)
    },
    synced(frame) {
      // The answer to `open` names the conversation the server opened for this shopper: the first,
      // or a new one after a resolve (its before card is asked there). A card the resolved one
      // still asks (after, follow-up) is answered first; the shopper's next message moves on.
      const { events } = state()
      const over = !checkIns.$checkIn.get() && events.some((e) => e.kind === 'conversation.resolved')
      if (frame.conversationId !== currentId() && (!events.length || over)) switchTo(frame.conversationId)
    },
    ack(frame) {
      if (frame.conversationId !== currentId()) switchTo(frame.conversationId)
      channel.receive(frame)
    },
    presence: (frame) => $agentsOnline.set(frame.agentsOnline),
  }

  // The rest (history, read, typing, error) is the conversation's own business.
  function onFrame(frame: ServerFrame): void {
    const handle = frameHandlers[frame.type as VisitorServerFrame['type']] as ((frame: ServerFrame) => void) | undefined
    ;(handle ?? channel.receive)(frame)
  }

  /**
   * Moves to another conversation whose window starts after `base`; the last one stays on screen,
   * its lines as they were (pending sends stay with the channel, which sends them on).
   */
  function switchTo(conversationId: string, base?: number): void {
    const left = state()
    const { id, events } = left
    if (id && events.length > 0) $archive.set([...$archive.get(), ...toTimeline({ ...left, pending: [] })])
    dispatch({ type: 'reset', id: conversationId, base })
    $readSeq.set(0)
  }

  /** Forgets the shopper here and connects afresh: a hello without a token is a new anonymous visitor. */
  function forget(): void {
    dispatch({ type: 'reset', id: null })
    welcomed = null
    $archive.set([])
    $readSeq.set(0)
    for (const { clientId } of state().pending) dispatch({ type: 'fail', clientId })
    connection.reconnect()
  }

  return {
    $status: connection.$status,
    $timeline,
    $hasOlder: channel.$hasOlder,
    $unread,
    $agentTyping: channel.$peerTyping,
    $site,
    $checkIn: checkIns.$checkIn,
    $awaitingReply: derived([$events], awaitingReply),
    $agentsOnline,
    $toldUs,
    dismissToldUs: () => $toldUs.set(null),
    connect: connection.open,
    send(text, sendOptions = {}) {
      const { attachments } = sendOptions
      const clean = validateText(text, !!attachments?.length)
      const clientId = randomId()
      channel.setTyping(false)
      checkIns.messageSent()
      channel.queue({ clientId, text: clean, at: new Date(clock.now()).toISOString(), attachments })
      return clientId
    },
    retry: channel.retry,
    // Most chats never attach a file: the upload code is fetched on the first one (a chunk of its
    // own where the app's bundler splits, as the widget's does).
    upload: (file, uploadOptions = {}) =>
      import('./upload.ts').then(({ fetchUploader, uploadFile }) =>
        uploadFile(options.uploader ?? fetchUploader, server, siteKey, saved.token(), file, uploadOptions.onProgress),
      ),
    // Mail (issue 15), also a chunk of its own. A transcript is of the chat whose lines end the
    // timeline (the resolved one, while the panel opened again has started a new one), which the
    // server knows as the shopper's newest conversation with a line: it picks it.
    mail: (path, body) => import('./mail.ts').then(({ mailCall }) => mailCall(server, siteKey, saved, path, body)),
    setPage: intents.page,
    update: intents.update,
    loadOlder: () => channel.loadOlder(pageSize),
    markRead() {
      const shown = state()
      const { id } = shown
      const seq = lastSeq(shown)
      if (!id || seq <= $readSeq.get()) return
      $readSeq.set(seq)
      shared?.tell({ t: 'read', conversationId: id, seq })
      connection.send({ type: 'read', conversationId: id, seq })
    },
    setTyping: channel.setTyping,
    openChat: intents.open,
    answerCheckIn: checkIns.answer,
    skipCheckIn: (skipOptions = {}) => checkIns.skip(skipOptions.forever),
    endChat: intents.end,
    identify(identity) {
      if (typeof identity?.id !== 'string' || !/^[0-9a-f]{64}$/i.test(identity.userHash ?? '')) {
        throw new AttuneError('invalid_input', 'identify needs { id, userHash } (a hex HMAC-SHA256 of id).')
      }
      intents.identify(identity)
    },
    logout() {
      saved.clear()
      shared?.tell({ t: 'logout' })
      forget()
    },
    on: emitter.on,
    destroy() {
      stopWaking?.()
      connection.close()
    },
  }
}
