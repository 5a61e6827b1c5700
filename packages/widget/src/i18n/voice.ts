import type { ThaiVoice } from '@attune/core'
import type { I18n } from '../ui/types.ts'

/**
 * The panel's texts in the store's Thai voice (issue 16), which comes with the store's widget
 * configuration, often after the catalog. Only the Thai catalog, written in the female voice, brings
 * a `voice`; other languages have no such particle and stay as they are. It speaks the filled text:
 * a name put in it would change only if it ended in ค่ะ or a particle คะ, which names do not.
 */
export function voiced(i18n: I18n, voice: ThaiVoice | undefined): I18n {
  const speak = i18n.voice
  return voice && speak ? { ...i18n, t: (key, params) => speak(i18n.t(key, params), voice) } : i18n
}
