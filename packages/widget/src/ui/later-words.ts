// The words a chat reaches later (i18n/later/): the during and after check-ins, the follow-up and
// attaching a file. Opening the chat does not load them: each language's come in a chunk of their
// own the first time one of those moments comes, and join the panel's texts, in the store's voice.
import { loadLater } from '../i18n/catalogs.ts'
import type { LaterWords } from '../i18n/later/en.ts'
import { createTranslator } from '../i18n/t.ts'
import { type Chunk, onDemand } from '../launcher/chunk.ts'
import { useChunk } from './chunk.ts'
import type { I18n } from './types.ts'

// The words are the chunk's module as onDemand takes one (they bring no rules of their own).
type LaterChunk = Chunk<LaterWords & { css?: undefined }>

const chunks = new Map<string, LaterChunk>()

/** One language's later words, fetched once. */
export function laterWords(i18n: I18n): LaterChunk {
  const code = i18n.code ?? 'en'
  const chunk = chunks.get(code) ?? onDemand<LaterWords & { css?: undefined }>(() => loadLater(code))
  chunks.set(code, chunk)
  return chunk
}

/** `i18n` with its language's later words once they are here (fetched once `wanted`, as useChunk), else null. */
export function useLaterWords(i18n: I18n, wanted: unknown): I18n | null {
  const words = useChunk(laterWords(i18n), wanted)
  if (!words) return null
  const later = createTranslator(words, i18n)
  // Thai's voice (i18n/voice.ts) speaks the catalog's texts; these are spoken the same way.
  const speak = i18n.speak ?? ((text: string) => text)
  return { ...i18n, t: (key, params) => (key in words ? speak(later(key, params)) : i18n.t(key, params)) }
}
