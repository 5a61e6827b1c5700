import { inThaiVoice, type ThaiVoice } from '@attune/core'
import type { I18n } from '../ui/types.ts'

/**
 * The panel's Thai texts in the store's voice (issue 16), which comes with the store's widget
 * configuration, often after the catalog; the catalog is written in the female voice. Only the
 * Thai catalog's chunk brings this (th.ts), so other languages' shoppers never download it. It
 * speaks the filled text: a name put in it would change only if it ended in ค่ะ or a particle คะ,
 * which names do not.
 */
export function voiced(i18n: I18n, voice: ThaiVoice | undefined): I18n {
  if (!voice) return i18n
  const speak = (text: string) => inThaiVoice(text, voice)
  return { ...i18n, t: (key, params) => speak(i18n.t(key, params)), speak }
}
