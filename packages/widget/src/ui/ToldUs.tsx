import type { I18n, WidgetClient } from './types.ts'
import { useStore } from './use-store.ts'

const TITLE_ID = 'attune-told-us'

/**
 * "You told us: “…”. We: …" (issue 16): once, for an identified shopper whose after-chat comment
 * the store acted on. The frame is ours, in the shopper's language; the note is the manager's own
 * words, in the store's. Both are text, never markup. It takes no focus: the panel opens as it
 * always does, and the card is read in order, before the messages.
 */
export function ToldUs({ client, i18n }: { client: WidgetClient; i18n: I18n }) {
  const told = useStore(client.$toldUs)
  if (!told) return null
  const { t } = i18n
  return (
    <section class="card told-us" aria-labelledby={TITLE_ID}>
      <h3 id={TITLE_ID} class="ci-legend">
        {t('toldUs.label')}
      </h3>
      <p class="ci-hint">{t('toldUs.text', { comment: told.comment, note: told.note })}</p>
      <div class="ci-actions">
        <button type="button" class="ci-next" onClick={() => client.dismissToldUs()}>
          {t('toldUs.dismiss')}
        </button>
      </div>
    </section>
  )
}
