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
  /** Too many frames in too short a time. */
  RateLimited: 'rate_limited',
  /** Something failed on the server; the frame may be retried. */
  Internal: 'internal',
} as const

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export const ERROR_CODES = Object.values(ErrorCode) as readonly ErrorCode[]
