/**
 * Every error the protocol can report, as a closed set. A client reacts to the `code`,
 * never to the human-readable message.
 */
export const ErrorCode = {
  /** The frame is not JSON or does not match any schema; the connection stays open. */
  BadFrame: 'bad_frame',
  /** The frame is larger than MAX_FRAME_BYTES. */
  FrameTooLarge: 'frame_too_large',
  /** The client speaks a protocol version the server does not. */
  UnsupportedVersion: 'unsupported_version',
  /** A frame other than `hello` arrived before the handshake. */
  NotReady: 'not_ready',
  /** The token, cookie or site key is missing, forged or expired. */
  Unauthorized: 'unauthorized',
  /** Authenticated, but this conversation belongs to someone else. */
  Forbidden: 'forbidden',
  /** No such conversation (or not one this connection may know about). */
  NotFound: 'not_found',
  /** The conversation is resolved; reopen it by sending a new message. */
  Closed: 'closed',
  /** Not possible in the conversation's current state (a check-in already pending, moments off). */
  NotAllowed: 'not_allowed',
  /** Too many frames in too short a time, or too many new conversations from one address or store; `retryAfterMs` says when to try again. */
  RateLimited: 'rate_limited',
  /** Something failed on the server; the frame may be retried. */
  Internal: 'internal',
  /**
   * Not now: the server is behind (or its database is not answering) and refused the frame
   * without doing it; `retryAfterMs` says when to send it again.
   */
  Unavailable: 'unavailable',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

// Marked pure, so a bundle that imports only `MIN_RETRY_MS` (the widget's panel) drops the codes.
export const ERROR_CODES = /* @__PURE__ */ Object.values(ErrorCode) as readonly ErrorCode[]

/**
 * The least a client waits before sending again a frame refused for now (`rate_limited`,
 * `unavailable`): a shorter `retryAfterMs` is raised to it. A server that spreads refused frames
 * over time gives hints above it, or the spread is lost and they all come back at once.
 */
export const MIN_RETRY_MS = 2_000

/**
 * WebSocket close codes the gateway uses (4000–4999 are the application's, RFC 6455 §7.4.2). A
 * client reconnects with backoff after any of them except where it says not to.
 */
export const CloseCode = {
  /** The server is shutting down. */
  GoingAway: 1001,
  /** The role or store changed, or the shopper's data was erased: reconnect to start afresh (IANA: Service Restart). */
  Reconnect: 1012,
  /** The client speaks another protocol version: do not reconnect, update. */
  UnsupportedVersion: 4400,
  /** The session ended (signed out, removed, password changed): do not reconnect. */
  SessionEnded: 4401,
  /** No `hello` within the server's hello timeout (10 s by default). */
  HelloTimeout: 4408,
} as const

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]
