import { SETTINGS_BOUNDS, type EmpathySettings, type SettingsIssue, type SignalThreshold } from '@attune/empathy'
import type { SettingsMessages } from '../i18n/en-settings.ts'

/** The settings form's fields, in the order they appear; each one is a control on the page. */
const SETTINGS_FIELDS = [
  'before',
  'during',
  'after',
  'waitSeconds',
  'longChatMessages',
  'minSecondsBetweenAutoCheckIns',
  'quietStartSeconds',
  'signalThreshold',
  'effortItem',
  'topics',
  'retentionDays',
  'complaintAlerts',
] as const
export type SettingsField = (typeof SETTINGS_FIELDS)[number]

export const NUMBER_FIELDS = [
  'waitSeconds',
  'longChatMessages',
  'minSecondsBetweenAutoCheckIns',
  'quietStartSeconds',
  'retentionDays',
] as const satisfies readonly (keyof typeof SETTINGS_BOUNDS & SettingsField)[]
type NumberField = (typeof NUMBER_FIELDS)[number]

/** What the controls hold: numbers and topics as typed, so a half-typed value is never lost. */
export interface SettingsForm {
  before: boolean
  during: boolean
  after: boolean
  waitSeconds: string
  longChatMessages: string
  minSecondsBetweenAutoCheckIns: string
  quietStartSeconds: string
  signalThreshold: SignalThreshold
  effortItem: boolean
  topics: string
  retentionDays: string
  complaintAlerts: boolean
}

/** What `PUT /api/settings` takes: the whole form, numbers as typed (the server checks them). */
export interface SettingsPayload {
  moments: { before: boolean; during: boolean; after: boolean }
  waitSeconds: number | null
  longChatMessages: number | null
  minSecondsBetweenAutoCheckIns: number | null
  quietStartSeconds: number | null
  signalThreshold: SignalThreshold
  effortItem: boolean
  topics: string[]
  retentionDays: number | null
  complaintAlerts: boolean
}

export function settingsToForm(settings: EmpathySettings): SettingsForm {
  return {
    ...settings.moments,
    waitSeconds: String(settings.waitSeconds),
    longChatMessages: String(settings.longChatMessages),
    minSecondsBetweenAutoCheckIns: String(settings.minSecondsBetweenAutoCheckIns),
    quietStartSeconds: String(settings.quietStartSeconds),
    signalThreshold: settings.signalThreshold,
    effortItem: settings.effortItem,
    topics: settings.topics.join(', '),
    retentionDays: String(settings.retentionDays),
    complaintAlerts: settings.complaintAlerts,
  }
}

/** A typed number; blank or not a number is sent as null, which the server refuses by field. */
function toNumber(text: string): number | null {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : null
}

/**
 * The form as the server's settings. Nothing is clamped or corrected here: the server is the one
 * judge (packages/empathy/src/settings.ts), and its issues come back next to the fields.
 */
export function formToSettings(form: SettingsForm): SettingsPayload {
  const numbers = Object.fromEntries(NUMBER_FIELDS.map((key) => [key, toNumber(form[key])])) as Record<NumberField, number | null>
  return {
    moments: { before: form.before, during: form.during, after: form.after },
    ...numbers,
    signalThreshold: form.signalThreshold,
    effortItem: form.effortItem,
    complaintAlerts: form.complaintAlerts,
    topics: form.topics
      .split(',')
      .map((topic) => topic.trim())
      .filter((topic) => topic !== ''),
  }
}

/** The field an issue's dotted path belongs to (`moments.before`, `topics.2`…), or null. */
export function fieldOfIssue(path: string): SettingsField | null {
  const [head, tail] = path.split('.')
  if (head === 'moments') return tail === 'before' || tail === 'during' || tail === 'after' ? tail : null
  return (SETTINGS_FIELDS as readonly string[]).includes(head ?? '') && head !== 'before' && head !== 'during' && head !== 'after'
    ? (head as SettingsField)
    : null
}

export interface ShownIssue {
  /** The field to mark, or null when the issue names none (it is then only in the summary). */
  field: SettingsField | null
  text: string
}

/** One issue in the form's words: bounds from the shared table, topics by their position. */
function issueText(issue: SettingsIssue, payload: SettingsPayload, t: SettingsMessages['issue']): string {
  const field = fieldOfIssue(issue.path)
  if (field && (NUMBER_FIELDS as readonly string[]).includes(field)) {
    const [min, max] = SETTINGS_BOUNDS[field as NumberField]
    return issue.code === 'range' ? t.range(min, max) : t.wholeNumber
  }
  if (field === 'topics') {
    const index = Number(issue.path.split('.')[1])
    if (Number.isInteger(index)) return t.topic(index + 1, payload.topics[index] ?? '')
    if (issue.code === 'range') return t.tooManyTopics
  }
  return issue.message
}

/** The server's issues grouped by field (in the form's order), plus those that name no field. */
export function issuesByField(
  issues: readonly SettingsIssue[],
  payload: SettingsPayload,
  t: SettingsMessages['issue'],
): { byField: Partial<Record<SettingsField, string[]>>; all: ShownIssue[] } {
  const byField: Partial<Record<SettingsField, string[]>> = {}
  const shown = issues.map((issue) => ({ field: fieldOfIssue(issue.path), text: issueText(issue, payload, t) }))
  for (const { field, text } of shown) {
    if (!field) continue
    const list = (byField[field] ??= [])
    if (!list.includes(text)) list.push(text)
  }
  const order = (field: SettingsField | null) => (field ? SETTINGS_FIELDS.indexOf(field) : SETTINGS_FIELDS.length)
  const all = shown
    .filter((issue, i) => shown.findIndex((other) => other.field === issue.field && other.text === issue.text) === i)
    .sort((a, b) => order(a.field) - order(b.field))
  return { byField, all }
}
