import { useEffect, useState } from 'preact/hooks'
import { matchLocale } from '../i18n/catalogs.ts'
import { TOLD_US_WORDS, type ToldUsWords } from '../i18n/told-us/index.ts'
import type { I18n, WidgetClient } from './types.ts'
import { useStore } from './use-store.ts'

const TITLE_ID = 'attune-told-us'

/** The check-in card's look (onDemand adds a chunk's css), with room under the panel's header. */
export const css = '.told-us{flex-shrink:0;margin-top:8px}.told-us h3{margin:0 0 4px}'

/** Fills `{name}` with text as it is: a function replacement, so a `$&` in a note stays literal. */
const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

/**
 * "You told us: “…”. We: …" (issue 16): once, for an identified shopper whose after-chat comment
 * the store acted on. A chunk of its own with its words (told-us-*.js): most shoppers never
 * load it. The frame is ours, in the shopper's language; the note is the manager's own words, in
 * the store's. Both are text, never markup. It takes no focus: it is read in order, before the
 * messages.
 */
export function ToldUs({ client, i18n }: { client: WidgetClient; i18n: I18n }) {
  const told = useStore(client.$toldUs)
  const [words, setWords] = useState<ToldUsWords | null>(null)
  useEffect(() => {
    const load = TOLD_US_WORDS[matchLocale(i18n.locale)?.code ?? 'en'] ?? TOLD_US_WORDS.en!
    void load().then(setWords)
  }, [i18n.locale])
  if (!told || !words) return null
  return (
    <section class="card told-us" aria-labelledby={TITLE_ID}>
      <h3 id={TITLE_ID} class="ci-legend">
        {words.label}
      </h3>
      <p class="ci-hint">{fill(words.text, { comment: told.comment, note: told.note })}</p>
      <div class="ci-actions">
        <button type="button" class="ci-next" onClick={() => client.dismissToldUs()}>
          {words.dismiss}
        </button>
      </div>
    </section>
  )
}
