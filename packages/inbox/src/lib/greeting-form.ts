import {
  GREETING_LANGUAGES,
  MAX_GREETING_TEXT,
  MAX_TIME_ON_PAGE,
  pathPatternProblem,
  type Greeting,
  type GreetingCondition,
  type GreetingKind,
  type GreetingLanguage,
  type GreetingRequest,
} from '@attune/protocol'
import type { enGreetings } from '../i18n/en-greetings.ts'

/** The greeting form as typed: every field a string, so nothing typed is lost to a refusal. */
export interface GreetingDraft {
  kind: GreetingKind
  seconds: string
  pattern: string
  cart: string
  language: GreetingLanguage
  texts: Partial<Record<GreetingLanguage, string>>
  enabled: boolean
}

/** A form field that can be refused: the condition's own, or a language's text. */
export type DraftField = 'seconds' | 'pattern' | 'cart' | `text-${GreetingLanguage}`

export type DraftCheck = { ok: true; request: GreetingRequest } | { ok: false; problems: Partial<Record<DraftField, string>> }

/** A new greeting's form (off, after 30 seconds, in English), or an existing one's. */
export function draftOf(greeting?: Greeting): GreetingDraft {
  const draft: GreetingDraft = { kind: 'time_on_page', seconds: '30', pattern: '', cart: '', language: 'en', texts: {}, enabled: false }
  if (!greeting) return draft
  const { condition } = greeting
  return {
    ...draft,
    kind: condition.kind,
    seconds: condition.kind === 'time_on_page' ? String(condition.seconds) : draft.seconds,
    pattern: condition.kind === 'url_pattern' ? condition.pattern : '',
    cart: condition.kind === 'cart_value' ? String(condition.atLeast) : '',
    language: greeting.language,
    texts: { ...greeting.texts },
    enabled: greeting.enabled,
  }
}

type Words = typeof enGreetings

/** The condition the draft describes, or the problem with its field. */
function conditionOf(draft: GreetingDraft, t: Words['form']): GreetingCondition | [DraftField, string] {
  switch (draft.kind) {
    case 'time_on_page': {
      const seconds = Number(draft.seconds.trim())
      const good = draft.seconds.trim() !== '' && Number.isInteger(seconds) && seconds >= 1 && seconds <= MAX_TIME_ON_PAGE
      return good ? { kind: 'time_on_page', seconds } : ['seconds', t.secondsInvalid]
    }
    case 'url_pattern': {
      const pattern = draft.pattern.trim()
      return pathPatternProblem(pattern) === null ? { kind: 'url_pattern', pattern } : ['pattern', t.patternInvalid]
    }
    case 'cart_value': {
      const atLeast = Number(draft.cart.trim())
      return draft.cart.trim() !== '' && Number.isFinite(atLeast) && atLeast >= 0 ? { kind: 'cart_value', atLeast } : ['cart', t.cartInvalid]
    }
    default:
      return { kind: draft.kind }
  }
}

/** Checks the draft as the server will, in the catalog's words; every problem at once. */
export function checkDraft(draft: GreetingDraft, words: Words): DraftCheck {
  const t = words.form
  const problems: Partial<Record<DraftField, string>> = {}
  const condition = conditionOf(draft, t)
  if (Array.isArray(condition)) problems[condition[0]] = condition[1]
  const texts: Partial<Record<GreetingLanguage, string>> = {}
  for (const language of GREETING_LANGUAGES) {
    const text = draft.texts[language]?.trim() ?? ''
    if (text.length > MAX_GREETING_TEXT) problems[`text-${language}`] = t.textTooLong(MAX_GREETING_TEXT)
    else if (text) texts[language] = text
  }
  if (!texts[draft.language] && !problems[`text-${draft.language}`])
    problems[`text-${draft.language}`] = t.textMissing(words.languages[draft.language])
  if (Array.isArray(condition) || Object.keys(problems).length) return { ok: false, problems }
  return { ok: true, request: { condition, language: draft.language, texts, enabled: draft.enabled } }
}

/** One line about a greeting in the list: when it shows. */
export function summaryOf(condition: GreetingCondition, t: Words['summary']): string {
  switch (condition.kind) {
    case 'time_on_page':
      return t.time_on_page(condition.seconds)
    case 'url_pattern':
      return t.url_pattern(condition.pattern)
    case 'cart_value':
      return t.cart_value(condition.atLeast)
    default:
      return t[condition.kind]()
  }
}
