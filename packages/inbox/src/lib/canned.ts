import {
  GREETING_LANGUAGES,
  inThaiVoice,
  languageCode,
  type CannedLanguage,
  type CannedPlaceholder,
  type CannedReply,
  type ConversationSummary,
  type ThaiVoice,
} from '@attune/protocol'
import type { AgentProfile } from '../agent.ts'

/**
 * Canned replies in the reply box (issue 14): finding the `/shortcut` being typed, the replies
 * that match it, and the text inserted — the variant in the shopper's language, its placeholders
 * filled. Pure, so the picker (components/canned/CannedPicker.tsx) stays a thin view.
 */

/** The `/word` the caret is at the end of: where it starts, and what follows the slash. */
export interface ShortcutQuery {
  start: number
  end: number
  query: string
}

/**
 * A slash at the start of a word (the draft's start, or after a space or a line break) up to the
 * caret, with no space in between: "/ref" in "Hi /ref". A slash inside a word ("and/or", a URL)
 * opens nothing.
 */
export function shortcutAt(draft: string, caret: number): ShortcutQuery | null {
  const before = draft.slice(0, caret)
  const match = /(^|\s)\/([^\s/]*)$/.exec(before)
  if (!match) return null
  const query = match[2]!
  return { start: caret - query.length - 1, end: caret, query }
}

/**
 * The replies matching what follows the slash, best first: shortcuts that start with it, then
 * shortcuts and titles that contain it (case and accents aside). Nothing typed yet: all of them.
 */
export function matchCanned(replies: readonly CannedReply[], query: string): CannedReply[] {
  const q = fold(query)
  if (!q) return [...replies]
  const starts = replies.filter((r) => r.shortcut.startsWith(q))
  const contains = replies.filter((r) => !starts.includes(r) && (r.shortcut.includes(q) || fold(r.title).includes(q)))
  return [...starts, ...contains]
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()

/** The widget language a BCP 47 tag speaks (`th-TH` → th, `tl` → fil, `in` → id), or null. */
export function cannedLanguage(tag: string | null | undefined): CannedLanguage | null {
  const language = languageCode(tag ?? '')
  return (GREETING_LANGUAGES as readonly string[]).includes(language) ? (language as CannedLanguage) : null
}

/** The variant for the shopper: their language's, else the reply's own language's. */
export function variantFor(reply: CannedReply, shopperTag: string | null | undefined): { language: CannedLanguage; text: string } {
  const wanted = cannedLanguage(shopperTag)
  const language = wanted && reply.texts[wanted] !== undefined ? wanted : reply.language
  return { language, text: reply.texts[language] ?? '' }
}

/** What fills the placeholders; a missing or blank value falls back (SHOPPER_FALLBACK). */
export type CannedValues = Partial<Record<CannedPlaceholder, string | null | undefined>>

/**
 * Said instead of a shopper's name nobody gave, in the reply's language. Thai and Lao shops say
 * "customer" (คุณลูกค้า, ລູກຄ້າ) where a name would go; elsewhere the name is left out and the
 * sentence closed up ("Hi {shopper_name}, …" → "Hi, …"), never "{shopper_name}" or "undefined".
 */
const SHOPPER_FALLBACK: Partial<Record<CannedLanguage, string>> = { th: 'ลูกค้า', lo: 'ລູກຄ້າ' }

/** The text with each placeholder filled: its value, else the fallback, else left out and the spaces tidied. */
export function fillPlaceholders(text: string, values: CannedValues, language: CannedLanguage): string {
  const filled = text.replace(/\{(shopper_name|agent_name|store_name)\}/g, (_, name: CannedPlaceholder) => {
    const value = values[name]?.trim()
    if (value) return value
    return name === 'shopper_name' ? (SHOPPER_FALLBACK[language] ?? '') : ''
  })
  return filled
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/[ \t]+([,.!?;:])/g, '$1')
    .replace(/^[ \t]*[,;:][ \t]*/gm, '')
    .trim()
}

/** What fills a canned reply, about this conversation. */
export interface CannedContext {
  /** The shopper's language (BCP 47), as detected or announced. */
  language?: string | null | undefined
  values: CannedValues
  /** The agent's own Thai voice (their preferences), as the suggestions speak. */
  voice?: ThaiVoice | undefined
}

/** Who writes and to whom, as the reply box has them: the list's summary and the session's person. */
export interface CannedSource {
  summary?: Pick<ConversationSummary, 'empathy' | 'visitorName'> | undefined
  agent: Pick<AgentProfile, 'name' | 'siteKey' | 'stores' | 'preferences'>
}

/** The shopper's language and name, the agent's name and voice, and the store's name. */
export function cannedContextOf({ summary, agent }: CannedSource): CannedContext {
  return {
    language: summary?.empathy?.language,
    values: { shopper_name: summary?.visitorName, agent_name: agent.name, store_name: agent.stores.find((s) => s.siteKey === agent.siteKey)?.name },
    voice: agent.preferences?.thaiVoice,
  }
}

/** What is inserted for `reply`: the shopper's variant, filled, and in the agent's Thai voice when Thai. */
export function cannedText(
  reply: CannedReply,
  shopperTag: string | null | undefined,
  values: CannedValues,
  voice?: ThaiVoice,
): { language: CannedLanguage; text: string } {
  const variant = variantFor(reply, shopperTag)
  const text = fillPlaceholders(variant.text, values, variant.language)
  return { language: variant.language, text: variant.language === 'th' && voice ? inThaiVoice(text, voice) : text }
}

/** The draft with the `/shortcut` replaced by `text`, and where the caret goes (after it). */
export function insertCanned(draft: string, at: ShortcutQuery, text: string): { draft: string; caret: number } {
  const after = draft.slice(at.end)
  const spacer = after === '' || /^\s/.test(after) ? '' : ' '
  return { draft: draft.slice(0, at.start) + text + spacer + after, caret: at.start + text.length + spacer.length }
}
