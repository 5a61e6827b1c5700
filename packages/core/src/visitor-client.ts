import { atom, onMount } from 'nanostores'
import { PROTOCOL_VERSION, type ServerFrame, type ToldUs } from '@attune/protocol'
import type { ChatClient, ClientOptions } from './chat-client.ts'
import { awaitingReply } from './awaiting.ts'
import { createCheckIns } from './checkin.ts'
import { createConnection, type Connection } from './connection.ts'
import { createConversationLog, validateText } from './conversation.ts'
import { derived } from './derived.ts'
import { createEmitter } from './emitter.ts'
import { createIntents } from './intents.ts'
import { createReceipts } from './receipts.ts'
import { AttuneError, createRetries, toErrorCode } from './errors.ts'
import { toPending, type StoredSend } from './outbox.ts'
import { browserWakeSource, defaultStorage, randomId, requireWebSocket, systemClock } from './platform.ts'
import { createSharedConnection } from './shared-connection.ts'
import { loadSite, type SiteInfo } from './site.ts'
import { defaultTabPlatform } from './tabs.ts'
import { toTimeline, type TimelineItem } from './timeline.ts'
import { createPeerTyping, createTypingNotifier } from './typing.ts'
import { socketBase } from './urls.ts'
import { createVisitorStorage } from './visitor-storage.ts'

type FrameHandlers = { [T in ServerFrame['type']]?: (frame: Extract<ServerFrame, { type: T }>) => void }

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
  const log = createConversationLog('visitor')
  for (const stored of saved.outbox.load()) log.addPending(toPending(stored))

  // Earlier conversations of this visitor stay on screen when a new one starts after a resolve.
  const $archive = atom<TimelineItem[]>([])
  const $timeline = derived([$archive, log.$timeline], (archive, current) => [...archive, ...current])
  const $readSeq = atom(0)
  const $unread = derived(
    [log.$events, $readSeq],
    (events, readSeq) => events.filter((e) => e.kind === 'message' && e.author.role === 'agent' && e.seq > readSeq).length,
  )
  const agentTyping = createPeerTyping(clock)
  const $site = atom<SiteInfo | null>(null)
  onMount($site, () => {
    if ($site.get() === null) void loadSite(server, siteKey, options.fetch).then((site) => site && $site.set(site))
  })
  const $agentsOnline = atom<number | null>(null)
  const $toldUs = atom<ToldUs | null>(null)

  const connectionOptions = {
    url: `${socketBase(server)}/v1/visitor?siteKey=${encodeURIComponent(siteKey)}`,
    WebSocket: requireWebSocket(options.WebSocket),
    clock,
    random: options.random,
    // Without a token (undefined is left out of the JSON) the server welcomes a new visitor.
    hello: () => ({ type: 'hello' as const, v: PROTOCOL_VERSION, token: saved.token() ?? undefined }),
    onFrame,
    onFatal: (error: AttuneError) => emitter.emit('error', error),
  }
  const tabs = options.tabs === false ? null : (options.tabs ?? defaultTabPlatform())
  let visitorId = ''
  const shared = tabs
    ? createSharedConnection(
        connectionOptions,
        tabs,
        `attune:${siteKey}`,
        () => {
          const token = saved.token()
          if (!token) return null
          const conversation = log.id ? { id: log.id, lastSeq: log.lastSeq(), status: 'open' as const } : null
          return { type: 'welcome', role: 'visitor', token, visitorId, conversation }
        },
        (message) => {
          if (message.t === 'read' && message.conversationId === log.id) $readSeq.set(Math.max($readSeq.get(), message.seq))
          if (message.t === 'logout') {
            forget()
            connection.reconnect()
          }
        },
      )
    : null
  const connection: Connection = shared ?? createConnection(connectionOptions)
  const stopWaking = options.wake === false ? null : (options.wake ?? browserWakeSource)(() => connection.wake())

  const checkIns = createCheckIns(log.$events, {
    answer: (answer) => log.id && connection.send({ type: 'answer', clientId: randomId(), conversationId: log.id, answer }),
    skip: (phase, forever) => log.id && connection.send({ type: 'skip', clientId: randomId(), conversationId: log.id, phase, forever }),
  })
  const retries = createRetries()
  // What the shopper did while offline that the server must still hear (sent on the next welcome).
  const intents = createIntents((frame) => connection.send(frame))
  const receipts = createReceipts((frame) => connection.send(frame))
  const notifyTyping = createTypingNotifier(clock, (typing) => {
    if (log.id) connection.send({ type: 'typing', conversationId: log.id, typing })
  })

  // What each server frame means to the shopper's client; other frames (the agents') are ignored.
  const frameHandlers: FrameHandlers = {
    welcome(frame) {
      if (frame.role !== 'visitor') return
      saved.setToken(frame.token)
      visitorId = frame.visitorId
      if (frame.toldUs) $toldUs.set(frame.toldUs)
      // An identity said while offline goes first: the answer is a new welcome as that shopper.
      if (intents.replayIdentity()) return
      if (frame.conversation && frame.conversation.id !== log.id) {
        switchTo(frame.conversation.id)
        log.startAfter(frame.conversation.lastSeq - pageSize)
      }
      if (log.id) connection.send({ type: 'resume', conversationId: log.id, afterSeq: log.lastSeq() })
      flushOutbox()
      intents.replay()
    },
    event({ conversationId, event }) {
      if (conversationId !== log.id) {
        // Our own message opening a new conversation (after a resolve) moves us there.
        if (!(event.kind === 'message' && isPending(event.clientId))) return
        switchTo(conversationId)
        log.startAfter(event.seq - 1)
      }
      const result = log.apply(event)
      if (result === 'gap') {
        connection.send({ type: 'resume', conversationId, afterSeq: log.lastSeq() })
        return
      }
      if (result !== 'applied') return
      if (event.kind === 'message' && event.author.role === 'visitor') saved.outbox.remove(event.clientId)
      if (event.kind === 'message' && event.author.role === 'agent') {
        agentTyping.set(false)
        receipts.delivered(conversationId, event.seq)
      }
      emitter.emit('event', event)
    },
    history(frame) {
      if (frame.conversationId === log.id) log.prepend(frame.events, frame.hasMore)
    },
    synced(frame) {
      // The answer to `open` names the conversation the server opened for this shopper.
      if (frame.conversationId !== log.id && log.$events.get().length === 0) switchTo(frame.conversationId)
    },
    ack(frame) {
      retries.settled(frame.clientId)
      if (frame.conversationId !== log.id) switchTo(frame.conversationId)
      log.ack(frame.clientId, frame.seq)
      saved.outbox.remove(frame.clientId)
    },
    typing(frame) {
      if (frame.role === 'agent' && frame.conversationId === log.id) agentTyping.set(frame.typing)
    },
    read(frame) {
      if (frame.role === 'agent' && frame.conversationId === log.id) log.mark(frame.mark ?? 'read', frame.seq)
    },
    presence: (frame) => $agentsOnline.set(frame.agentsOnline),
    error(frame) {
      const ref = frame.ref
      if (ref && isPending(ref)) {
        // A busy server refuses for now: the message stays in the outbox and goes again.
        const wait = retries.delay(ref, frame)
        if (wait !== null) {
          clock.setTimeout(() => {
            const stored = saved.outbox.load().find((m) => m.clientId === ref)
            if (stored) transmit(stored)
          }, wait)
          return
        }
        log.fail(ref)
        saved.outbox.remove(ref)
      }
      emitter.emit('error', new AttuneError(toErrorCode(frame.code), frame.message, ref))
    },
  }

  function onFrame(frame: ServerFrame): void {
    ;(frameHandlers[frame.type] as ((frame: ServerFrame) => void) | undefined)?.(frame)
  }

  function isPending(clientId: string): boolean {
    return log.$pending.get().some((m) => m.clientId === clientId)
  }

  function switchTo(conversationId: string): void {
    if (log.id && log.$events.get().length > 0) {
      $archive.set([...$archive.get(), ...toTimeline(log.id, log.$events.get(), [], 'visitor')])
    }
    log.reset(conversationId)
    $readSeq.set(saved.readMark(conversationId))
  }

  /** Sends every unacked message this device holds, from any tab (same clientIds: no doubles). */
  function flushOutbox(): void {
    for (const stored of saved.outbox.load()) {
      log.addPending(toPending(stored))
      transmit(stored)
    }
  }

  /** A new or retried message: shown as sending, kept in the outbox until acked, sent now if online. */
  function enqueue(message: StoredSend): void {
    log.addPending(toPending(message))
    saved.outbox.put(message)
    transmit(message)
  }

  function transmit(message: StoredSend): void {
    const attachments = message.attachments?.map((a) => a.id)
    connection.send({ type: 'send', clientId: message.clientId, text: message.text, ...(attachments?.length ? { attachments } : {}) })
  }

  function forget(): void {
    log.reset(null)
    $archive.set([])
    $readSeq.set(0)
    for (const message of log.$pending.get()) log.fail(message.clientId)
  }

  return {
    $status: connection.$status,
    $timeline,
    $hasOlder: log.$hasOlder,
    $unread,
    $agentTyping: agentTyping.$typing,
    $site,
    $checkIn: checkIns.$checkIn,
    $awaitingReply: derived([log.$events], awaitingReply),
    $agentsOnline,
    $toldUs,
    dismissToldUs: () => $toldUs.set(null),
    connect: connection.open,
    send(text, sendOptions = {}) {
      const attachments = sendOptions.attachments ?? []
      const clean = validateText(text, attachments.length > 0)
      const clientId = randomId()
      notifyTyping(false)
      checkIns.messageSent()
      enqueue({ clientId, text: clean, at: new Date(clock.now()).toISOString(), ...(attachments.length ? { attachments } : {}) })
      return clientId
    },
    retry(key) {
      const message = log.$pending.get().find((m) => m.clientId === key && m.state === 'failed')
      if (!message) return
      log.setState(key, 'sending')
      const { clientId, text, at, attachments } = message
      enqueue({ clientId, text, at, attachments })
    },
    // Most chats never attach a file: the upload code is fetched on the first one (a chunk of its
    // own where the app's bundler splits, as the widget's does).
    upload: (file, uploadOptions = {}) =>
      import('./upload.ts').then(({ fetchUploader, uploadFile }) =>
        uploadFile(options.uploader ?? fetchUploader, server, siteKey, saved.token(), file, uploadOptions.onProgress),
      ),
    // Mail (issue 15), also a chunk of its own.
    mail: (path, body) => import('./mail.ts').then(({ mailCall }) => mailCall(server, siteKey, saved, path, { conversationId: log.id, ...body })),
    setPage: intents.page,
    update: intents.update,
    loadOlder() {
      if (log.id && log.$hasOlder.get()) connection.send({ type: 'history', conversationId: log.id, beforeSeq: log.firstSeq(), limit: pageSize })
    },
    markRead() {
      const seq = log.lastSeq()
      if (!log.id || seq <= $readSeq.get()) return
      $readSeq.set(seq)
      saved.setReadMark(log.id, seq)
      shared?.tell({ t: 'read', conversationId: log.id, seq })
      connection.send({ type: 'read', conversationId: log.id, seq })
    },
    setTyping: notifyTyping,
    openChat: intents.open,
    answerCheckIn: checkIns.answer,
    skipCheckIn: (skipOptions = {}) => checkIns.skip(skipOptions.forever),
    endChat: () => intents.end(log.id),
    identify(identity) {
      if (typeof identity?.id !== 'string' || !/^[0-9a-f]{64}$/i.test(identity.userHash ?? '')) {
        throw new AttuneError('invalid_input', 'identify needs { id, userHash } (a hex HMAC-SHA256 of id).')
      }
      intents.identify(identity)
    },
    logout() {
      saved.clear()
      forget()
      shared?.tell({ t: 'logout' })
      // A fresh hello without a token is a fresh anonymous visitor.
      connection.reconnect()
    },
    on: emitter.on,
    destroy() {
      stopWaking?.()
      connection.close()
    },
  }
}
