import { useStore } from '@nanostores/preact'
import { useEffect, useRef } from 'preact/hooks'
import { CheckIn } from './CheckIn.tsx'
import { Composer } from './Composer.tsx'
import { CloseIcon, PANEL_ID } from './Launcher.tsx'
import { MessageList } from './MessageList.tsx'
import type { I18n, Platform, WidgetClient } from './types.ts'
import { canEndChat, panelTitle, statusNotice } from './view-model.ts'
import { WaitNotice } from './WaitNotice.tsx'

export interface PanelProps {
  client: WidgetClient
  i18n: I18n
  platform: Platform
  /** Move focus to the message box on open (only when the shopper opened the panel). */
  autoFocus: boolean
  onHide: () => void
}

const TITLE_ID = 'attune-title'

export function Panel({ client, i18n, platform, autoFocus, onHide }: PanelProps) {
  const { t } = i18n
  const site = useStore(client.$site)
  const status = useStore(client.$status)
  const unread = useStore(client.$unread)
  const timeline = useStore(client.$timeline)
  const checkIn = useStore(client.$checkIn)
  const panel = useRef<HTMLDivElement>(null)
  const notice = statusNotice(status, t)
  const online = status === 'online'

  // What the open panel shows has been seen.
  useEffect(() => {
    if (unread > 0) client.markRead()
  }, [client, unread])

  // Every open (and every reconnect while open) tells the server; it is idempotent there and is
  // when the server may ask the before-chat card. Core drops frames while offline, hence `online`.
  useEffect(() => {
    if (online) client.openChat({ page: platform.page(), locale: i18n.locale })
  }, [client, online])

  const focusComposer = () => panel.current?.querySelector<HTMLElement>('#attune-message')?.focus()

  return (
    // Non-modal: the store page stays usable, so no aria-modal and no focus trap.
    <div ref={panel} id={PANEL_ID} class="panel" role="dialog" aria-labelledby={TITLE_ID}>
      <div class="header">
        <h2 id={TITLE_ID} class="title">
          {panelTitle(site, t)}
        </h2>
        {canEndChat(timeline, checkIn?.phase ?? null) && (
          <button type="button" class="end" onClick={() => client.endChat()}>
            {t('panel.endChat')}
          </button>
        )}
        <button type="button" class="hide" aria-label={t('panel.hide')} onClick={onHide}>
          <CloseIcon />
        </button>
      </div>
      {/* Always rendered so assistive tech is listening before the text changes (WCAG 4.1.3). */}
      <div class={notice ? 'notice' : 'notice empty'} role="status">
        {notice}
      </div>
      <MessageList client={client} i18n={i18n} storeName={site?.name ?? null} />
      <WaitNotice client={client} i18n={i18n} $now={platform.$now} />
      <CheckIn client={client} i18n={i18n} storeName={site?.name ?? null} onDone={focusComposer} />
      <Composer client={client} i18n={i18n} autoFocus={autoFocus} />
    </div>
  )
}
