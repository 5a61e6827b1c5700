import * as v from 'valibot'

/**
 * A store's check-in settings as they travel. Their fields, defaults and bounds are
 * @attune/empathy's, and its `resolveSettings` is their one validation (the server's on a PUT,
 * the inbox's on an answer), so the wire checks only that they are an object.
 */
const SettingsObject = v.custom<object>((input) => typeof input === 'object' && input !== null, 'Send { "settings": { … } }.')

/** `GET /api/settings`, the body of `PUT /api/settings`, and the answer to it. */
export const SettingsBodySchema = v.object({ settings: SettingsObject })
export type SettingsBody = v.InferOutput<typeof SettingsBodySchema>

/** One field `resolveSettings` refused; empathy narrows `code` to its SettingsIssueCode. */
export const SettingsIssueSchema = v.object({
  /** Dotted path such as `moments.before` or `topics.2`; prefixed `boot.` for the boot override. */
  path: v.string(),
  code: v.string(),
  message: v.string(),
})
export type SettingsIssue = v.InferOutput<typeof SettingsIssueSchema>

/** The 400 of a `PUT /api/settings` with refused settings: every issue at once, so a form marks all fields. */
export const InvalidSettingsBodySchema = v.object({
  error: v.object({ code: v.literal('invalid_settings'), message: v.string(), issues: v.array(SettingsIssueSchema) }),
})
export type InvalidSettingsBody = v.InferOutput<typeof InvalidSettingsBodySchema>

/** `DELETE /api/visitors/:id` (a shopper's conversations, messages and answers) and `DELETE /api/store`. */
export const DeletedResponseSchema = v.object({ deleted: v.literal(true) })
export type DeletedResponse = v.InferOutput<typeof DeletedResponseSchema>
