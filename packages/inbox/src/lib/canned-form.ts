import {
  GREETING_LANGUAGES,
  MAX_CANNED_SHORTCUT,
  MAX_CANNED_TEXT,
  MAX_CANNED_TITLE,
  unknownPlaceholders,
  type CannedLanguage,
  type CannedReply,
  type CannedReplyRequest,
} from '@attune/protocol'
import type { CallFailure } from '../session/http.ts'
import type { CannedMessages } from '../i18n/en-canned.ts'

/** The canned reply form as typed: nothing typed is lost to a refusal. */
export interface CannedDraft {
  title: string
  shortcut: string
  language: CannedLanguage
  texts: Partial<Record<CannedLanguage, string>>
}

/** A field that can be refused: the title, the shortcut, or a language's text. */
export type CannedField = 'title' | 'shortcut' | `text-${CannedLanguage}`
export type CannedProblems = Partial<Record<CannedField, string>>

export type CannedCheck = { ok: true; request: CannedReplyRequest } | { ok: false; problems: CannedProblems }

/** A new reply's form (in English), or an existing one's. */
export function cannedDraftOf(reply?: CannedReply): CannedDraft {
  if (!reply) return { title: '', shortcut: '', language: 'en', texts: {} }
  return { title: reply.title, shortcut: reply.shortcut, language: reply.language, texts: { ...reply.texts } }
}

function textProblem(text: string, t: CannedMessages['problems']): string | null {
  if (text.length > MAX_CANNED_TEXT) return t.textTooLong(MAX_CANNED_TEXT)
  const unknown = unknownPlaceholders(text)
  return unknown.length > 0 ? t.unknownPlaceholder(unknown.map((name) => `{${name}}`).join(', ')) : null
}

function shortcutProblem(shortcut: string, t: CannedMessages['problems']): string | null {
  if (!shortcut) return t.shortcutMissing
  if (shortcut.length > MAX_CANNED_SHORTCUT) return t.shortcutTooLong(MAX_CANNED_SHORTCUT)
  return /^[a-z0-9-]+$/.test(shortcut) ? null : t.shortcutInvalid
}

/**
 * Checks the draft as the server will (CannedReplyRequestSchema), in the catalog's words, every
 * problem at once under its own field.
 */
export function checkCannedDraft(draft: CannedDraft, t: CannedMessages['problems'], languages: Record<CannedLanguage, string>): CannedCheck {
  const problems: CannedProblems = {}
  const title = draft.title.trim()
  if (!title) problems.title = t.titleMissing
  else if (title.length > MAX_CANNED_TITLE) problems.title = t.titleTooLong(MAX_CANNED_TITLE)
  const shortcut = draft.shortcut.trim().replace(/^\//, '')
  const badShortcut = shortcutProblem(shortcut, t)
  if (badShortcut) problems.shortcut = badShortcut
  const texts: Partial<Record<CannedLanguage, string>> = {}
  for (const language of GREETING_LANGUAGES) {
    const text = draft.texts[language]?.trim() ?? ''
    if (!text) continue
    const problem = textProblem(text, t)
    if (problem) problems[`text-${language}`] = problem
    else texts[language] = text
  }
  if (!draft.texts[draft.language]?.trim()) problems[`text-${draft.language}`] = t.textMissing(languages[draft.language])
  if (Object.keys(problems).length > 0) return { ok: false, problems }
  return { ok: true, request: { title, shortcut, language: draft.language, texts } }
}

/**
 * A refusal from the server, under the field it names: a taken shortcut (409 "shortcut: …")
 * goes under the shortcut; anything else is the form's.
 */
export function refusedField(error: CallFailure, shortcut: string, t: CannedMessages['problems']): CannedProblems | null {
  return error.code === 'conflict' && error.message.startsWith('shortcut:') ? { shortcut: t.shortcutTaken(shortcut) } : null
}
