import { atom, type ReadableAtom } from 'nanostores'
import type { ClientFrameInput, ServerFrame } from '@attune/protocol'
import { backoffDelay } from './backoff.ts'
import { createPacer } from './pacer.ts'
import { AttuneError, type AttuneErrorCode } from './errors.ts'
import type { Clock, WebSocketConstructor, WebSocketLike } from './platform.ts'

/**
 * Where a client's connection stands. Core itself writes the values as literals (type-checked
 * against this type), so bundles that never read this object do not ship it (like AttuneErrorCode).
 */
export const ConnectionStatus = {
  /** `connect()` has not been called yet. */
  Idle: 'idle',
  /** Opening the socket or waiting for the server's welcome. */
  Connecting: 'connecting',
  /** Welcomed: frames flow both ways. */
  Online: 'online',
  /** Lost the server; a reconnect is scheduled. */
  Offline: 'offline',
} as const
export type ConnectionStatus = (typeof ConnectionStatus)[keyof typeof ConnectionStatus]

/** Close codes after which reconnecting cannot help (see the server's gateway), as errors. */
const FATAL_CLOSE_CODES: Partial<Record<number, AttuneErrorCode>> = {
  4400: 'unsupported_version',
  4401: 'unauthorized',
  4403: 'unauthorized',
}
const PING_EVERY_MS = 20_000
/** A socket that has been silent this long is dead even if the OS has not noticed. */
const DEAD_AFTER_MS = 45_000
const OPEN = 1

export interface ConnectionOptions {
  url: string
  WebSocket: WebSocketConstructor
  clock: Clock
  random?: () => number
  /** Builds the hello frame for each (re)connect, so it carries the newest token. */
  hello: () => ClientFrameInput
  /**
   * The role's check of what the server sent (the protocol's `decodeVisitorFrame` or
   * `decodeServerFrame`): null drops the frame with a warning. The shopper's check knows only the
   * shopper's frames, so their bundle carries no agent frame (issue 13).
   */
  decode: (raw: string) => ServerFrame | null
  /** Every valid frame from the server, the welcome included, in arrival order. */
  onFrame: (frame: ServerFrame) => void
  /** The server closed for good (bad version, revoked session). */
  onFatal: (error: AttuneError) => void
}

export interface Connection {
  readonly $status: ReadableAtom<ConnectionStatus>
  open(): void
  /** Sends when online; returns false (and drops the frame) otherwise: callers keep an outbox. */
  send(frame: ClientFrameInput): boolean
  /** The network is back or the page became visible: skip the rest of the backoff. */
  wake(): void
  /** Drops the socket and connects afresh at once (a new hello, e.g. after a logout). */
  reconnect(): void
  close(): void
}

/** One WebSocket to the server that reconnects by itself and detects dead sockets. */
export function createConnection(options: ConnectionOptions): Connection {
  const { clock } = options
  const $status = atom<ConnectionStatus>('idle')
  let socket: WebSocketLike | null = null
  let attempt = 0
  let stopped = false
  let lastFrameAt = 0
  /** The heartbeat while there is a socket, the retry while there is none. */
  let timer: unknown = null
  /** Writes a frame if the socket is open (frames for a socket that is gone are re-derived). */
  const write = (frame: ClientFrameInput): void => {
    if (socket?.readyState === OPEN) socket.send(JSON.stringify(frame))
  }
  const pacer = createPacer(clock, write)

  function open(): void {
    if (stopped || socket) return
    $status.set('connecting')
    const ws = new options.WebSocket(options.url)
    socket = ws
    ws.onopen = () => {
      lastFrameAt = clock.now()
      write(options.hello())
      scheduleHeartbeat()
    }
    ws.onmessage = (event) => {
      lastFrameAt = clock.now()
      // The server sends text; anything else (a binary frame) fails JSON.parse like any malformed text.
      const frame = options.decode(event.data as string)
      if (!frame) {
        console.warn('[Attune] dropped a malformed frame')
        return
      }
      if (frame.type === 'welcome') {
        attempt = 0
        $status.set('online')
      }
      options.onFrame(frame)
    }
    ws.onclose = (event) => dropped(ws, event.code, event.reason)
    // An error is always followed by close; reconnecting is handled there.
    ws.onerror = () => {}
  }

  /**
   * Lets go of the current socket, with its queued frames and its timer, and closes it without
   * treating that as a drop (closing a socket that is already closed does nothing). A normal
   * closure, with no reason: the server reads none (gateway/connection.ts).
   */
  function release(): void {
    const ws = socket
    socket = null
    pacer.clear()
    clock.clearTimeout(timer)
    if (ws) {
      ws.onclose = null
      ws.close(1000)
    }
  }

  // Only the current socket counts, and there is none once stopped (close() and a fatal code let
  // it go, and open() makes no other).
  function dropped(ws: WebSocketLike, code: number, reason: string): void {
    if (socket !== ws) return
    release()
    const fatal = FATAL_CLOSE_CODES[code]
    // Stopped before the status changes, so that a status listener's wake() cannot reopen.
    if (fatal) stopped = true
    $status.set('offline')
    if (fatal) options.onFatal(new AttuneError(fatal, reason || 'The server closed the connection.'))
    else timer = clock.setTimeout(open, backoffDelay(attempt++, options))
  }

  function scheduleHeartbeat(): void {
    timer = clock.setTimeout(() => {
      const ws = socket
      if (!ws) return
      if (clock.now() - lastFrameAt > DEAD_AFTER_MS) {
        // Half-open sockets (a laptop lid closed, a train tunnel) never fire close on their own.
        // 1006, closed abnormally: not fatal, so no reason is reported.
        dropped(ws, 1006, '')
        return
      }
      write({ type: 'ping' })
      scheduleHeartbeat()
    }, PING_EVERY_MS)
  }

  function send(frame: ClientFrameInput): boolean {
    if ($status.get() !== 'online' || socket?.readyState !== OPEN) return false
    pacer.push(frame)
    return true
  }

  function close(): void {
    stopped = true
    release()
    $status.set('offline')
  }

  function wake(): void {
    // Offline means waiting for a retry (or closed for good, which open() refuses).
    if ($status.get() !== 'offline') return
    clock.clearTimeout(timer)
    open()
  }

  function reconnect(): void {
    release()
    // Closed for good, there is nothing to release and open() refuses.
    open()
  }

  return { $status, open, send, wake, reconnect, close }
}
