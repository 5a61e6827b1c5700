import * as v from 'valibot'

/**
 * NUL or a UTF-16 surrogate without its partner. PostgreSQL refuses both in text and jsonb, so a
 * frame carrying one would fail on every retry; it is refused at the edge instead (issue 11,
 * finding 8). Written without look-behind for older Safari.
 */
const ILL_FORMED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** A string a client sends: refused with the field's path when it holds NUL or a lone surrogate. */
export const clientString = () =>
  v.pipe(
    v.string(),
    v.check((s) => !ILL_FORMED.test(s), 'Contains NUL or an unpaired surrogate.'),
  )

/** Largest seq (and page size) on the wire: PostgreSQL's int4, so a bigger one is a bad frame, not a failed query. */
export const MAX_SEQ = 2_147_483_647
