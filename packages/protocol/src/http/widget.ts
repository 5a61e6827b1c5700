import * as v from 'valibot'
import { ThaiVoiceSchema } from './session.ts'

/**
 * The store's public details a shopper's client shows: in every visitor's first welcome (`site`),
 * and at `GET /api/sites/:key` for whoever wants them without connecting. Public; the route is
 * readable cross-origin only by the store's own pages (CORS for its allowed origins).
 */
export const SiteResponseSchema = v.object({
  name: v.string(),
  /** What the check-in cards need from the store's settings. */
  checkIns: v.object({
    /** Which of the three moments the store asks. */
    moments: v.object({ before: v.boolean(), during: v.boolean(), after: v.boolean() }),
    /** Topic ids offered in "What is it about?"; the widget's catalogs hold their labels. */
    topics: v.array(v.string()),
    /** Whether to ask the Customer Effort Score item after the chat. */
    effortItem: v.boolean(),
  }),
  /** What the store accepts as attachments (the upload is checked again). */
  uploads: v.object({ maxBytes: v.number(), types: v.array(v.string()) }),
  /** How the widget's Thai texts end a sentence (ThaiVoice). */
  thaiVoice: ThaiVoiceSchema,
})
export type SiteResponse = v.InferOutput<typeof SiteResponseSchema>
