import * as v from 'valibot'

/**
 * Error codes of the HTTP API, as a closed set; every error body is `{ error: { code, message } }`
 * (HttpErrorBodySchema). A client reacts to the code, never to the English message.
 */
export const HttpErrorCode = {
  /** 400: the body or query is malformed; the message names each refused field. */
  BadRequest: 'bad_request',
  /** 400: check-in settings refused; `issues` lists each (see InvalidSettingsBodySchema). */
  InvalidSettings: 'invalid_settings',
  /** 401: signed out, or the session ended. */
  Unauthorized: 'unauthorized',
  /** 403: signed in, but the role in this store may not; or a password is not right. */
  Forbidden: 'forbidden',
  /** 404: no such route, store, person, file (another store's things look missing). */
  NotFound: 'not_found',
  /** 405: the route exists but not for this method. */
  MethodNotAllowed: 'method_not_allowed',
  /** 409: the email has an account already; the person is on the team already. */
  Conflict: 'conflict',
  /** 410: an invitation link that was used or is older than 48 hours. */
  Expired: 'expired',
  /** 413: the body is larger than the route accepts. */
  TooLarge: 'too_large',
  /** 415: a file of a type the store does not accept; a body not sent as `application/json`. */
  UnsupportedType: 'unsupported_type',
  /** 429: too many attempts; `retryAfterSeconds` (and Retry-After) says when to try again. */
  RateLimited: 'rate_limited',
  /** 500: something failed on the server. */
  Internal: 'internal',
  /** 503: not now (the database is restarting, sign-ins are queued full); `retryAfterSeconds` says when to try again. */
  Unavailable: 'unavailable',
} as const
export type HttpErrorCode = (typeof HttpErrorCode)[keyof typeof HttpErrorCode]

export const HTTP_ERROR_CODES = Object.values(HttpErrorCode) as readonly HttpErrorCode[]

/** The HTTP status each code is sent with. */
export const HTTP_STATUS: Record<HttpErrorCode, number> = {
  bad_request: 400,
  invalid_settings: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  expired: 410,
  too_large: 413,
  unsupported_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
}

/** The body of every HTTP error. `retryAfterSeconds` comes with `rate_limited` and `unavailable`. */
export const HttpErrorBodySchema = v.object({
  error: v.object({
    code: v.picklist(HTTP_ERROR_CODES),
    message: v.string(),
    retryAfterSeconds: v.optional(v.number()),
  }),
})
export type HttpErrorBody = v.InferOutput<typeof HttpErrorBodySchema>
