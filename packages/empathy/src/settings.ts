import type { SignalRaisedEvent, SettingsIssue as WireSettingsIssue } from '@attune/protocol'

/** A frustration level that can trigger a check-in; `calm` would fire on every chat. */
export type SignalThreshold = Exclude<SignalRaisedEvent['level'], 'calm'>

/** Which of the three moments (EMPATHY.md) a store asks. Each one can be switched off. */
export interface Moments {
  before: boolean
  during: boolean
  after: boolean
}

/** A store's empathy settings. Every field has a default: see `DEFAULT_SETTINGS`. */
export interface EmpathySettings {
  /** Default: all three on. */
  moments: Moments
  /** Seconds a shopper's message may wait for an agent before a `waiting` check-in. Default 90. */
  waitSeconds: number
  /** The frustration level that raises a `signal` check-in. Default `frustrated`. */
  signalThreshold: SignalThreshold
  /** Shopper messages since the last during check-in that make a `long_chat`. Default 20. */
  longChatMessages: number
  /** Seconds between two check-ins when the second one is automatic. Default 300. */
  minSecondsBetweenAutoCheckIns: number
  /** No automatic check-in in the conversation's first seconds. Default 30. */
  quietStartSeconds: number
  /** Ask the Customer Effort Score item after the chat. Default false. */
  effortItem: boolean
  /** Topic ids offered in "What is it about?"; labels live in the i18n catalogs. Empty: not asked. */
  topics: readonly string[]
  /** Days answers are kept before deletion. Default 90. */
  retentionDays: number
  /**
   * Alert the store's managers, admins and owners in the inbox when a shopper threatens a public
   * review or a complaint to an authority (issue 16). Default true.
   */
  complaintAlerts: boolean
}

/** What a store or a boot call passes: any subset, moments included field by field. */
export type EmpathySettingsInput = Partial<Omit<EmpathySettings, 'moments'>> & {
  moments?: Partial<Moments>
}

export const DEFAULT_SETTINGS: EmpathySettings = Object.freeze({
  moments: Object.freeze({ before: true, during: true, after: true }),
  waitSeconds: 90,
  signalThreshold: 'frustrated',
  longChatMessages: 20,
  minSecondsBetweenAutoCheckIns: 300,
  quietStartSeconds: 30,
  effortItem: false,
  topics: Object.freeze(['order', 'product', 'returns', 'payment', 'other']),
  retentionDays: 90,
  complaintAlerts: true,
})

/** Why a settings field was refused; a closed set so a settings form can show its own words. */
export const SettingsIssueCode = {
  /** Not the expected type (a string where a number goes, a fraction where a whole number goes…). */
  Type: 'type',
  /** A whole number outside the documented bounds (see `SETTINGS_BOUNDS`). */
  Range: 'range',
  /** No such setting; usually a typo such as `waitSecond`, which would otherwise be ignored. */
  Unknown: 'unknown',
  /** A boot call (page script) may not change this setting; only the store's own settings can. */
  NotOverridable: 'not_overridable',
} as const
export type SettingsIssueCode = (typeof SettingsIssueCode)[keyof typeof SettingsIssueCode]

/** A refused field, in the shape the settings API answers it (the protocol's), its code one of the above. */
export interface SettingsIssue extends WireSettingsIssue {
  code: SettingsIssueCode
}

/**
 * Thrown by `resolveSettings` with every issue at once, so a settings form can mark all fields.
 * We reject instead of clamping: a store that typed 0 seconds should hear about it, not get 10.
 */
export class EmpathySettingsError extends Error {
  readonly code = 'invalid_settings'
  readonly issues: readonly SettingsIssue[]
  constructor(issues: readonly SettingsIssue[]) {
    super(`[Attune] Invalid empathy settings: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`)
    this.name = 'EmpathySettingsError'
    this.issues = issues
  }
}

type NumberKey = 'waitSeconds' | 'longChatMessages' | 'minSecondsBetweenAutoCheckIns' | 'quietStartSeconds' | 'retentionDays'

/** Inclusive bounds for whole-number settings; outside them the setting is absurd, not a taste. */
export const SETTINGS_BOUNDS: Readonly<Record<NumberKey, readonly [min: number, max: number]>> = {
  // Under 10 s nobody can answer yet; over an hour the shopper has left.
  waitSeconds: [10, 3600],
  longChatMessages: [3, 1000],
  // Under a minute check-ins would nag; the spec's default is five.
  minSecondsBetweenAutoCheckIns: [60, 86_400],
  quietStartSeconds: [0, 3600],
  // At least a day so the insights have something to read; ten years is plenty for any law.
  retentionDays: [1, 3650],
}

const TOPIC_ID = /^[a-z0-9][a-z0-9_-]{0,59}$/
const KEYS = new Set<string>(Object.keys(DEFAULT_SETTINGS))

/**
 * Merges the store's settings and a boot override over the defaults, and validates the result.
 * Later wins (defaults < site < boot), except that the boot override can switch a moment off but
 * never on, and cannot change `retentionDays` (the store's privacy promise) or `complaintAlerts`
 * (its managers' alerts): a boot override comes from page script anyone can edit in devtools.
 * @throws EmpathySettingsError listing every issue.
 */
export function resolveSettings(site?: EmpathySettingsInput, bootOverride?: EmpathySettingsInput): EmpathySettings {
  const issues: SettingsIssue[] = []
  const fromSite = check(site, '', issues)
  const fromBoot = check(bootOverride, 'boot.', issues)
  // The store's promises to its shoppers and its team, not the page's to change.
  for (const key of ['retentionDays', 'complaintAlerts'] as const) {
    if (!(key in fromBoot)) continue
    issues.push({ path: `boot.${key}`, code: 'not_overridable', message: 'only the store settings set it' })
    delete fromBoot[key]
  }
  if (issues.length > 0) throw new EmpathySettingsError(issues)
  const siteMoments = { ...DEFAULT_SETTINGS.moments, ...fromSite.moments }
  const bootMoments = fromBoot.moments ?? {}
  const moments: Moments = {
    before: siteMoments.before && bootMoments.before !== false,
    during: siteMoments.during && bootMoments.during !== false,
    after: siteMoments.after && bootMoments.after !== false,
  }
  return { ...DEFAULT_SETTINGS, ...fromSite, ...fromBoot, moments }
}

/** Returns only the valid fields of one input, pushing an issue for each bad one. */
function check(input: unknown, prefix: string, issues: SettingsIssue[]): EmpathySettingsInput {
  const out: EmpathySettingsInput = {}
  if (input === undefined || input === null) return out
  const bad = (path: string, code: SettingsIssueCode, message: string) => issues.push({ path: prefix + path, code, message })
  if (typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ path: prefix === '' ? 'settings' : 'boot', code: 'type', message: 'settings must be an object' })
    return out
  }
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue
    if (!KEYS.has(key)) bad(key, 'unknown', 'no such setting')
    else if (key === 'moments') {
      const moments = checkMoments(value, bad)
      if (moments) out.moments = moments
    } else if (key === 'effortItem' || key === 'complaintAlerts') {
      if (typeof value === 'boolean') out[key] = value
      else bad(key, 'type', 'must be true or false')
    } else if (key === 'signalThreshold') {
      if (value === 'concerned' || value === 'frustrated') out.signalThreshold = value
      else bad(key, 'type', "must be 'concerned' or 'frustrated'")
    } else if (key === 'topics') {
      const topics = checkTopics(value, bad)
      if (topics) out.topics = topics
    } else {
      const k = key as NumberKey
      const [min, max] = SETTINGS_BOUNDS[k]
      if (typeof value !== 'number' || !Number.isInteger(value)) bad(k, 'type', 'must be a whole number')
      else if (value < min || value > max) bad(k, 'range', `must be between ${min} and ${max}`)
      else out[k] = value
    }
  }
  return out
}

type Bad = (path: string, code: SettingsIssueCode, message: string) => void

function checkMoments(value: unknown, bad: Bad): Partial<Moments> | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    bad('moments', 'type', 'must be an object of before, during, after')
    return null
  }
  const out: Partial<Moments> = {}
  for (const [name, on] of Object.entries(value)) {
    if (name !== 'before' && name !== 'during' && name !== 'after') bad(`moments.${name}`, 'unknown', 'no such moment')
    else if (typeof on !== 'boolean') bad(`moments.${name}`, 'type', 'must be true or false')
    else out[name] = on
  }
  return out
}

function checkTopics(value: unknown, bad: Bad): string[] | null {
  if (!Array.isArray(value)) {
    bad('topics', 'type', 'must be a list of topic ids')
    return null
  }
  // 20 chips would no longer be "one tap"; ids are stable keys for insights, labels live elsewhere.
  if (value.length > 20) bad('topics', 'range', 'at most 20 topics')
  const seen = new Set<string>()
  value.forEach((id: unknown, i) => {
    if (typeof id !== 'string' || !TOPIC_ID.test(id)) bad(`topics.${i}`, 'type', 'must be an id like "returns" (a-z, 0-9, _ or -)')
    else if (seen.has(id)) bad(`topics.${i}`, 'type', `"${id}" is listed twice`)
    else seen.add(id)
  })
  return [...seen]
}
