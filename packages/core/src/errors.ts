/**
 * Every way a core action can fail, as a closed set: the protocol's error codes (the server's
 * refusals pass through unchanged) plus the client's own. Core itself writes the codes as string
 * literals (type-checked against this set) so that bundles which never read this object do not
 * ship it.
 */
export const AttuneErrorCode = {
  /** The text or option given to an action is not acceptable (empty, too long, wrong type). */
  InvalidInput: 'invalid_input',
  /** The server does not accept this visitor token or agent session. */
  Unauthorized: 'unauthorized',
  /** The conversation belongs to someone else. */
  Forbidden: 'forbidden',
  /** No such conversation. */
  NotFound: 'not_found',
  /** The conversation is resolved. */
  Closed: 'closed',
  /** The server speaks another protocol version: update the client. */
  UnsupportedVersion: 'unsupported_version',
  /** Not possible now (e.g. a check-in is already waiting for the shopper). */
  NotAllowed: 'not_allowed',
  /** The server refused a frame as malformed. */
  BadFrame: 'bad_frame',
  /** A frame was larger than the server reads. */
  FrameTooLarge: 'frame_too_large',
  /** A frame came before the handshake (a client bug). */
  NotReady: 'not_ready',
  /** Something failed on the server; the action may be retried. */
  Internal: 'internal',
  /** Too many frames; the action may be retried later. */
  RateLimited: 'rate_limited',
  /** The server is busy for now; the action is retried after its hint. */
  Unavailable: 'unavailable',
  /** The network or the server failed; the action may be retried. */
  Network: 'network',
  /** The client was destroyed; create a new one. */
  Destroyed: 'destroyed',
} as const

export type AttuneErrorCode = (typeof AttuneErrorCode)[keyof typeof AttuneErrorCode]

/** The one error type core throws and reports. React to `code`, not to `message`. */
export class AttuneError extends Error {
  // `declare`: assigned in the constructor, so no class-field definitions are emitted (bytes in the launcher).
  declare readonly code: AttuneErrorCode
  /** What the error answers, when known: the clientId of a send or check-in, or a frame type. */
  declare readonly ref: string | undefined

  constructor(code: AttuneErrorCode, message: string, ref?: string) {
    super(`[Attune] ${message}`)
    this.name = 'AttuneError'
    this.code = code
    this.ref = ref
  }
}

// A server's error code is one of core's as it is: the protocol's codes are a subset (errors.test.ts),
// and the compiler checks it where a frame's `code` becomes an AttuneError's.
