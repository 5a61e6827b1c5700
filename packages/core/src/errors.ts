import type { ErrorCode as ErrorCodeFromServer } from '@attune/protocol'

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

/** A server's error code is one of core's: the protocol's codes are a subset (see errors.test.ts). */
export function toErrorCode(code: ErrorCodeFromServer): AttuneErrorCode {
  return code
}

/** Refusals that say "not now", not "never": the item stays queued and is sent again. */
export function isTransient(code: string): boolean {
  return code === 'rate_limited' || code === 'unavailable' || code === 'internal'
}

/** How long to wait before resending an item the server refused for now. */
const TRANSIENT_RETRY_MS = 2_000
/**
 * `internal` this often for one item means the item itself fails (a poison message, issue 11
 * finding 8), not the server: it is failed for good, with its retry button, instead of resent
 * every 2 s for ever.
 */
const MAX_INTERNAL_RETRIES = 5

/**
 * When to resend each item the server refused: `rate_limited` and `unavailable` after the server's hint (at least
 * 2 s), `internal` after 2, 4, 8, 16, 32 s and then never; every other code is final (null).
 */
export function createRetries() {
  const internal = new Map<string, number>()
  return {
    /** Milliseconds until `ref` goes again, or null when the refusal is final. */
    delay(ref: string, frame: { code: string; retryAfterMs?: number | undefined }): number | null {
      if (!isTransient(frame.code)) return null
      if (frame.code !== 'internal') return Math.max(TRANSIENT_RETRY_MS, frame.retryAfterMs ?? 0)
      const tries = (internal.get(ref) ?? 0) + 1
      internal.set(ref, tries)
      if (tries <= MAX_INTERNAL_RETRIES) return TRANSIENT_RETRY_MS * 2 ** (tries - 1)
      internal.delete(ref)
      return null
    },
    /** The item was stored (or failed): forget its count. */
    settled(ref: string): void {
      internal.delete(ref)
    },
  }
}
