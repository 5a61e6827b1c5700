import type { h as H } from 'preact'
import { matchLocale } from '../i18n/catalogs.ts'
import { fill } from '../i18n/t.ts'
import { TOLD_US_WORDS } from '../i18n/told-us/index.ts'

/** The card wears the check-in card's look (onDemand adds a chunk's css), clear of the header. */
export const css = '.told-us{flex-shrink:0;margin-top:8px}.told-us h3{margin:0 0 4px}'

/**
 * The words of "You told us: “…”. We: …" (issue 16) in the panel's language, for an identified
 * shopper whose after-chat comment the store acted on. A chunk of its own (told-us-*.js) with
 * every language's words and no Preact, so it shares nothing with the panel: most shoppers never
 * load it. The note is the manager's own words, in the store's language.
 */
function toldUsWords(
  told: { comment: string; note: string },
  { locale, dir, speak = (text) => text }: Speaker,
): { label: string; text: string; dismiss: string } {
  const words = TOLD_US_WORDS[matchLocale(locale)?.code ?? 'en'] ?? TOLD_US_WORDS.en!
  // The store's Thai voice (รับทราบครับ) speaks our words; the shopper's comment and the manager's note stay as written.
  const text = fill(speak(words.text), { comment: told.comment, note: told.note }, dir === 'rtl')
  return { label: speak(words.label), text, dismiss: speak(words.dismiss) }
}

/** The panel's language and, for Thai, the store's voice (I18n's `locale`, `dir` and `speak`). */
type Speaker = { locale: string; dir: 'ltr' | 'rtl'; speak?: ((text: string) => string) | undefined }

/**
 * "You told us …, we …" (issue 16): once, above the messages. Text, never markup; it takes no
 * focus, and is read in order before the messages. Drawn with the panel's own `h`, handed in, so
 * the chunk still imports no Preact (and moves none of it out of the panel). "Got it" takes the
 * card away, and the panel's `onDismiss` moves its focus to the message box (WCAG 2.4.3).
 */
export function toldUsCard(h: typeof H, told: { comment: string; note: string }, speaker: Speaker, onDismiss: () => void) {
  const words = toldUsWords(told, speaker)
  return h(
    'section',
    { class: 'card told-us', 'aria-labelledby': 'attune-told-us' },
    h('h3', { id: 'attune-told-us', class: 'ci-legend' }, words.label),
    h('p', { class: 'ci-hint' }, words.text),
    h('div', { class: 'ci-actions' }, h('button', { type: 'button', class: 'ci-next', onClick: onDismiss }, words.dismiss)),
  )
}
