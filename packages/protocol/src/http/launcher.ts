import * as v from 'valibot'
import { GreetingOfferSchema } from './greetings.ts'
import { REPLY_TIMES } from './hours.ts'

/**
 * `GET /api/sites/:key/launcher`: the launcher's one small answer, fetched after boot (and
 * again when the moment `next` names has passed) and cached by the browser for a minute. Public and readable cross-origin only by
 * the store's own pages, like `GET /api/sites/:key`. An object, so a field can join later
 * without breaking an older widget.
 */
export const LauncherResponseSchema = v.object({
  /** Within the store's hours AND at least one agent online: someone can answer now. */
  attended: v.boolean(),
  /** Within the store's hours (always, for a store that uses none). */
  open: v.boolean(),
  /** When closed: the next opening, an ISO 8601 instant; absent when none in the next two weeks. */
  next: v.optional(v.string()),
  /** How soon the store usually answers, when it says. */
  replyTime: v.optional(v.picklist(REPLY_TIMES)),
  /**
   * The store's greetings that are on (issue 15), oldest first; the widget fetches the greeting
   * chunk only when there is one. A widget treats a missing list (an older server) as none.
   */
  greetings: v.array(GreetingOfferSchema),
})
export type LauncherResponse = v.InferOutput<typeof LauncherResponseSchema>
