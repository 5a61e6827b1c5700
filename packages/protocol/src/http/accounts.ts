import * as v from 'valibot'
import { RoleSchema } from '../roles.ts'
import { ThaiVoiceSchema } from './session.ts'

/**
 * Request and response bodies of the accounts API: the Store page, the Team page, one's password
 * and invitations (signing in and switching store: session.ts, which the inbox's first screen needs). The server validates every request with these;
 * the inbox types its calls with their outputs. Errors are always `{ error: { code, message } }`.
 */

/** An email address as people type it: trimmed, lower-cased, checked. */
export const EmailSchema = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email('That is not an email address.'), v.maxLength(320))
const Email = EmailSchema
const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'A name is needed.'), v.maxLength(100, 'A name is at most 100 characters.'))
/** NIST SP 800-63B: length, not composition rules; 1024 bounds the hashing work. */
export const PASSWORD_MIN_LENGTH = 10
const NewPassword = v.pipe(
  v.string(),
  v.minLength(PASSWORD_MIN_LENGTH, `A password has at least ${PASSWORD_MIN_LENGTH} characters.`),
  v.maxLength(1024, 'A password is at most 1024 characters.'),
)

/**
 * One allowed origin: `scheme://host[:port]` exactly (no path, no trailing slash), or with a port
 * wildcard (`http://localhost:*`). No host wildcards: `*.example` trusts any subdomain.
 */
export function originProblem(input: string): string | null {
  if (input.includes('*') && !input.endsWith(':*')) return `"${input}": only the port may be a wildcard (http://localhost:*).`
  if (!/^https?:\/\//i.test(input)) return `"${input}" must start with https:// or http://.`
  const match = ORIGIN.exec(input)
  if (!match) return `"${input}" must be just scheme://host[:port], like https://shop.example (no path, no trailing slash).`
  const port = match[2]
  if (port && port !== '*' && Number(port) > 65535) return `"${input}" has a port above 65535.`
  if (input !== input.toLowerCase()) return `"${input}" must be lower case, as browsers send it: ${input.toLowerCase()}.`
  return null
}

// scheme://host[:port], the form of a browser's Origin header (internationalised hosts in punycode).
const ORIGIN = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?$/i

export const OriginSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check(
    (input) => originProblem(input) === null,
    (issue) => originProblem(String(issue.input)) ?? 'Not an origin.',
  ),
)

/** `PUT /api/agent/password`: every other session of the person ends. */
export const ChangePasswordRequestSchema = v.object({
  currentPassword: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
  newPassword: NewPassword,
})

/** `GET /api/store` and the answer to `PUT /api/store`. */
export const StoreResponseSchema = v.object({
  store: v.object({
    key: v.string(),
    name: v.string(),
    allowedOrigins: v.array(v.string()),
    /** Where shoppers' browsers reach this server (ATTUNE_PUBLIC_URL, else the request's origin). */
    serverUrl: v.string(),
    /** How the widget's Thai texts end a sentence; absent only from a server older than it (female). */
    thaiVoice: v.optional(ThaiVoiceSchema),
  }),
})
export type StoreResponse = v.InferOutput<typeof StoreResponseSchema>

export const UpdateStoreRequestSchema = v.object({
  name: v.optional(Name),
  allowedOrigins: v.optional(v.pipe(v.array(OriginSchema), v.maxLength(50, 'At most 50 origins.'))),
  thaiVoice: v.optional(ThaiVoiceSchema),
})
export type UpdateStoreRequest = v.InferOutput<typeof UpdateStoreRequestSchema>

/** `POST /api/store/identity-secret` (reveal) and `…/rotate`. */
export const IdentitySecretResponseSchema = v.object({ identitySecret: v.string() })

/** `DELETE /api/store`: the store's name typed again, as the confirmation. */
export const DeleteStoreRequestSchema = v.object({ confirmName: v.string() })

/** `POST /api/store/transfer`: the owner hands the store to another member (and becomes admin). */
export const TransferOwnershipRequestSchema = v.object({ personId: v.string() })

export const MemberSchema = v.object({ id: v.string(), name: v.string(), email: v.string(), role: RoleSchema })
export type Member = v.InferOutput<typeof MemberSchema>

export const InviteSchema = v.object({ id: v.string(), email: v.string(), role: RoleSchema, expiresAt: v.string() })
export type Invite = v.InferOutput<typeof InviteSchema>

/** `GET /api/team`: invitations are listed only to those who may manage the team. */
export const TeamResponseSchema = v.object({
  members: v.array(MemberSchema),
  invites: v.array(InviteSchema),
  /**
   * Whether the server emails an invitation (it has a mail server), so the invite form can say
   * "Send invitation" rather than offer a link to hand over. Absent from an older server's
   * answer: read it as false, as an invite's `emailed`.
   */
  emailsInvites: v.optional(v.boolean()),
})
export type TeamResponse = v.InferOutput<typeof TeamResponseSchema>

/** `POST /api/team/invites`. Ownership is transferred, never invited. */
export const CreateInviteRequestSchema = v.object({
  email: Email,
  role: v.picklist(['admin', 'manager', 'agent'], 'Invite as admin, manager or agent.'),
})
export type CreateInviteRequest = v.InferOutput<typeof CreateInviteRequestSchema>

/**
 * The answer to an invitation: the one-time link to hand to the person. The token is in the
 * link's fragment, so it never reaches a server log or a Referer header.
 */
export const CreateInviteResponseSchema = v.object({
  invite: InviteSchema,
  link: v.string(),
  /**
   * Whether the server emails the invitation too: false where it has no mail server and only
   * prints mail to its log, so the link must be handed over by hand. Absent from an older
   * server's answer: read it as false, the one safe thing to say.
   */
  emailed: v.optional(v.boolean()),
})
export type CreateInviteResponse = v.InferOutput<typeof CreateInviteResponseSchema>

/** `PUT /api/team/members/:id`. */
export const ChangeRoleRequestSchema = v.object({
  role: v.picklist(['admin', 'manager', 'agent'], 'Give admin, manager or agent; ownership is transferred.'),
})

/** `POST /api/invites/lookup`: what the accept page shows before the person sets a password. */
export const InviteTokenRequestSchema = v.object({ token: v.pipe(v.string(), v.minLength(1), v.maxLength(200)) })
export const InviteLookupResponseSchema = v.object({ storeName: v.string(), email: v.string(), role: RoleSchema, hasAccount: v.boolean() })
export type InviteLookupResponse = v.InferOutput<typeof InviteLookupResponseSchema>

/**
 * `POST /api/invites/accept`: a new person sets a name and password; someone who already has an
 * account gives their password instead (name is then ignored). Signs in on success (MeResponse).
 */
export const AcceptInviteRequestSchema = v.object({
  token: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: v.optional(Name),
  // An existing account's password may predate the length rule; a new one is checked on creation.
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
})
export type AcceptInviteRequest = v.InferOutput<typeof AcceptInviteRequestSchema>
