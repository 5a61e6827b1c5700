/** Why an accounts operation was refused, as a closed set shared by the HTTP API and the CLI. */
export const AccountErrorCode = {
  /** No such store, person, membership or invitation (or not one the caller may know of). */
  NotFound: 'not_found',
  /** The email already has an account, the person is already on the team. */
  Conflict: 'conflict',
  /** The caller's role may not do this to that person (an admin changing the owner). */
  Forbidden: 'forbidden',
  /** An input is malformed (an origin, a confirmation that does not match). */
  BadRequest: 'bad_request',
  /** The invitation link was used or is older than 48 hours. */
  Expired: 'expired',
} as const
export type AccountErrorCode = (typeof AccountErrorCode)[keyof typeof AccountErrorCode]

export class AccountError extends Error {
  constructor(
    readonly code: AccountErrorCode,
    message: string,
  ) {
    super(message)
  }
}
