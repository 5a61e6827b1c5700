import { useStore } from '@nanostores/preact'
import { useEffect } from 'preact/hooks'
import { Composer } from './Composer.tsx'
import { CloseIcon, PANEL_ID } from './Launcher.tsx'
import { MessageList } from './MessageList.tsx'
import type { I18n, WidgetClient } from './types.ts'
import { panelTitle, statusNotice } from './view-model.ts'

export interface PanelProps {
  client: WidgetClient
  i18n: I18n
  /** Move focus to the message box on open (only when the shopper opened the panel). */
  autoFocus: boolean
  onHide: () => void
}

const TITLE_ID = 'attune-title'

export function Panel({ client, i18n, autoFocus, onHide }: PanelProps) {
  const { t } = i18n
  const site = useStore(client.$site)
  const status = useStore(client.$status)
  const unread = useStore(client.$unread)
  const notice = statusNotice(status, t)

  // What the open panel shows has been seen.
  useEffect(() => {
    if (unread > 0) client.markRead()
  }, [client, unread])

  return (
    // Non-modal: the store page stays usable, so no aria-modal and no focus trap.
    <div id={PANEL_ID} class="panel" role="dialog" aria-labelledby={TITLE_ID}>
      <div class="header">
        <h2 id={TITLE_ID} class="title">
          {panelTitle(site, t)}
        </h2>
        <button type="button" class="hide" aria-label={t('panel.hide')} onClick={onHide}>
          <CloseIcon />
        </button>
      </div>
      {/* Always rendered so assistive tech is listening before the text changes (WCAG 4.1.3). */}
      <div class={notice ? 'notice' : 'notice empty'} role="status">
        {notice}
      </div>
      <MessageList client={client} i18n={i18n} storeName={site?.name ?? null} />
      <Composer client={client} i18n={i18n} autoFocus={autoFocus} />
    </div>
  )
}
