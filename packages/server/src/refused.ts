/**
 * Why the store's rules refuse a change: the item is not in this store (`not_found`), or the change
 * conflicts with what is there (a shortcut `taken`, a list `full`, a chat `not_eligible` for a
 * follow-up or followed up already (`already_sent`), feedback with `no_comment` to act on). The
 * HTTP API answers each with its status (http/api.ts), whichever route it came from.
 */
export type RefusalReason = 'not_found' | 'taken' | 'full' | 'not_eligible' | 'already_sent' | 'no_comment'

/** A change the store's rules refuse; its message is for the person who asked, as it is. */
export class Refused<Reason extends RefusalReason = RefusalReason> extends Error {
  constructor(
    readonly reason: Reason,
    message: string,
  ) {
    super(message)
  }
}
