import * as v from 'valibot'
import { RoleSchema } from '../roles.ts'
import { THAI_VOICES } from '../thai-voice.ts'

/** Signing in and the stores a person works in: what the inbox's first screen needs. */

export const LoginRequestSchema = v.object({
  email: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(320)),
  password: v.pipe(v.string(), v.minLength(1), v.maxLength(1024)),
})
export type LoginRequest = v.InferOutput<typeof LoginRequestSchema>

/** A store's or a person's Thai voice (ThaiVoice). */
export const ThaiVoiceSchema = v.picklist(THAI_VOICES, 'A Thai voice is female (ค่ะ/คะ), male (ครับ) or neutral (no particle).')

/** The languages the inbox speaks to its team (issue 14); a literal list, as THAI_VOICES. */
export const INBOX_LANGUAGES = ['en', 'th', 'lo', 'fil', 'id', 'ar'] as const
export type InboxLanguage = (typeof INBOX_LANGUAGES)[number]
const InboxLanguageSchema = v.picklist(INBOX_LANGUAGES, 'The inbox speaks en, th, lo, fil, id or ar.')

/** A person's own choices, kept with their account: MeResponse, and `PUT /api/agent/preferences`. */
export const PreferencesSchema = v.object({
  /** How the Thai suggested replies end a sentence. */
  thaiVoice: ThaiVoiceSchema,
  /** The inbox's language; null: the browser's (absent from a server older than it: the same). */
  language: v.optional(v.nullable(InboxLanguageSchema), null),
  /** A short sound with each inbox alert (decision 028); on unless turned off (absent from an older server: on). */
  sound: v.optional(v.boolean(), true),
})
export type Preferences = v.InferOutput<typeof PreferencesSchema>

/** `PUT /api/agent/preferences`: the choices to change; those left out stay as they are. */
export const PreferencesUpdateSchema = v.pipe(
  v.partial(v.object({ thaiVoice: ThaiVoiceSchema, language: v.nullable(InboxLanguageSchema), sound: v.boolean() })),
  v.check((update) => Object.keys(update).length > 0, 'Give at least one choice to change: thaiVoice, language or sound.'),
)
export type PreferencesUpdate = v.InferOutput<typeof PreferencesUpdateSchema>

/** A store as its team sees it in the switcher. */
export const MembershipSchema = v.object({ siteKey: v.string(), name: v.string(), role: RoleSchema })
export type Membership = v.InferOutput<typeof MembershipSchema>

/** `GET /api/agent/me`, and the answer to signing in, switching store or accepting an invite. */
export const MeResponseSchema = v.object({
  agent: v.object({
    id: v.string(),
    name: v.string(),
    email: v.string(),
    /** The store this session works in now. */
    siteKey: v.string(),
    role: RoleSchema,
  }),
  /** Always sent; absent only from a server older than them, whose defaults (female) hold. */
  preferences: v.optional(PreferencesSchema),
  /** Every store the person belongs to, the current one included. */
  stores: v.array(MembershipSchema),
})
export type MeResponse = v.InferOutput<typeof MeResponseSchema>

/** `POST /api/agent/store`: work in another of one's stores. */
export const SwitchStoreRequestSchema = v.object({ siteKey: v.pipe(v.string(), v.minLength(1), v.maxLength(100)) })
