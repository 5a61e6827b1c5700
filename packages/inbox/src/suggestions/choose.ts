import { inThaiVoice, languageCode, type EmpathySnapshot, type ThaiVoice } from '@attune/protocol'
import { isUpset } from '../lib/mood.ts'
import { catalogNow } from './catalogs.ts'
import { SUGGESTION_LANGUAGES, type SuggestionCatalog, type SuggestionKey, type SuggestionLanguage } from './keys.ts'

/**
 * The catalog for a BCP 47 tag, by its primary subtag: `th-TH` → th, `tl`/`fil-PH` → fil,
 * `vi-VN` → vi, `ar-EG` → ar, else en. Portugal's `pt-PT` gets the Brazilian lines, which a
 * Portuguese reader understands; Taiwan's and Hong Kong's `zh-TW`/`zh-Hant` get the Simplified
 * ones, the only Chinese there is, which the agent edits before sending.
 */
export function suggestionLanguage(tag: string | null | undefined): SuggestionLanguage {
  const code = languageCode(tag ?? '')
  return (SUGGESTION_LANGUAGES as readonly string[]).includes(code) ? (code as SuggestionLanguage) : 'en'
}

export interface Suggestions {
  language: SuggestionLanguage
  keys: SuggestionKey[]
  /** In `language`; empty until its catalog has loaded (catalogs.ts). */
  texts: string[]
}

type ReasonKey = 'treatment' | 'product' | 'unreachable' | 'experience' | 'other' | 'none'
const REASONS: readonly string[] = ['treatment', 'product', 'unreachable', 'experience', 'other']
const reasonKey = (reason: string | null | undefined): ReasonKey => (reason && REASONS.includes(reason) ? (reason as ReasonKey) : 'none')

/**
 * Two or three acknowledgements for the shopper's state, most pressing first: "Not yet" (they
 * do not feel understood), then what the signal shows (waiting, asking for a manager, plain
 * frustration), then the reason × mood band pair. Upset means a mood of 1–2, or no mood and a
 * frustrated signal. Suggestions are prompts the agent edits, never sent by themselves. Thai ones
 * speak in the agent's own voice (their preferences), the catalog being written in the female one.
 */
export function chooseSuggestions(
  empathy: EmpathySnapshot | undefined,
  catalogFor: (language: SuggestionLanguage) => SuggestionCatalog | null = catalogNow,
  voice: ThaiVoice = 'female',
): Suggestions {
  const language = suggestionLanguage(empathy?.language)
  const reason = reasonKey(empathy?.reason)
  const signal = empathy?.signal
  const upset = isUpset(empathy?.moodNow) || ((empathy?.moodNow ?? null) === null && signal?.level === 'frustrated')

  const picks: SuggestionKey[] = []
  if (empathy?.understood === false) picks.push('notYet')
  const cues = new Set(signal?.cues.map((c) => c.kind))
  // Someone who said they "couldn't reach anyone" already gets an apology for the wait.
  if (cues.has('waiting') && reason !== 'unreachable') picks.push('signal.waiting')
  else if (cues.has('escalation')) picks.push('signal.escalation')
  else if (signal?.level === 'frustrated') picks.push('signal.frustrated')
  picks.push(upset ? `${reason}.ack` : 'okay.ack', `${reason}.next`)

  const keys = [...new Set(picks)].slice(0, 3)
  const catalog = catalogFor(language)
  const speak = (text: string) => (language === 'th' ? inThaiVoice(text, voice) : text)
  return { language, keys, texts: catalog ? keys.map((key) => speak(catalog[key])) : [] }
}

/** The reply with a suggestion put at its start, for the agent to edit. */
export function insertSuggestion(draft: string, text: string): string {
  const rest = draft.trimStart()
  return rest ? `${text} ${rest}` : `${text} `
}
