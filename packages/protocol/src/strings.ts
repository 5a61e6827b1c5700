import * as v from 'valibot'

/**
 * NUL or a UTF-16 surrogate without its partner. PostgreSQL refuses both in text and jsonb, so a
 * frame carrying one would fail on every retry; it is refused at the edge instead (issue 11,
 * finding 8). Written without look-behind for older Safari.
 */
const ILL_FORMED = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether PostgreSQL takes the string as text: it holds no NUL and no unpaired surrogate. */
export const isWellFormedText = (s: string): boolean => !ILL_FORMED.test(s)

/** What a field is told when it holds either. */
export const ILL_FORMED_MESSAGE = 'Contains NUL or an unpaired surrogate.'

/** A string a client sends: refused with the field's path when it holds NUL or a lone surrogate. */
export const clientString = () => v.pipe(v.string(), v.check(isWellFormedText, ILL_FORMED_MESSAGE))

/** Largest seq (and page size) on the wire: PostgreSQL's int4, so a bigger one is a bad frame, not a failed query. */
export const MAX_SEQ = 2_147_483_647
