/** The protocol version a client announces in `hello`. Bumped only on breaking changes. */
export const PROTOCOL_VERSION = 1

/** Longest message text the server accepts, in UTF-16 code units. */
export const MAX_TEXT_LENGTH = 4000

/** Largest frame, in bytes, the server reads before answering `frame_too_large`. */
export const MAX_FRAME_BYTES = 64 * 1024

/** Files per message, quick replies per message, and a quick reply's length. */
export const MAX_ATTACHMENTS = 5
export const MAX_QUICK_REPLIES = 5
export const MAX_QUICK_REPLY_LENGTH = 40

/** What a store accepts as attachments; clients check first so a shopper learns why at once. */
export const UPLOAD_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  types: ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'text/csv'],
} as const
