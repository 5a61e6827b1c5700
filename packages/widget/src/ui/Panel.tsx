import { h } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { mailChunk, toldUsChunk, uploadsChunk, useChunk } from './chunk.ts'
import { CheckIn } from './CheckIn.tsx'
import { closeIcon } from './icons.tsx'
import { Composer, focusMessageBox } from './Composer.tsx'
import { useLaterWords } from './later-words.ts'
import { MessageList } from './MessageList.tsx'
import type { Away, CheckInMoments, I18n, Platform, WidgetClient } from './types.ts'
import { useStore } from './use-store.ts'
import { canEndChat, nobodyThere, panelTitle, presenceText, statusNotice } from './view-model.ts'
import { WaitNotice } from './WaitNotice.tsx'

export interface PanelProps {
  client: WidgetClient
  i18n: I18n
  platform: Platform
  /** Move focus to the message box on open (only when the shopper opened the panel). */
  autoFocus: boolean
  onHide: () => void
  /** Moments this page switched off, passed to the server with every open. */
  checkIns?: CheckInMoments | undefined
  /** Set when the launcher's answer said nobody can answer now (issue 15). */
  away?: Away | undefined
}

const TITLE_ID = 'attune-title'
/** The launcher's aria-controls names it (launcher/dom.ts). */
const PANEL_ID = 'attune-panel'

export function Panel({ client, i18n: texts, platform, autoFocus, onHide, checkIns, away }: PanelProps) {
  const site = useStore(client.$site)
  // Thai's texts in the store's voice; only the Thai catalog brings `voiced`.
  const i18n = texts.voiced?.(texts, site?.thaiVoice) ?? texts
  const { t } = i18n
  const status = useStore(client.$status)
  const unread = useStore(client.$unread)
  const timeline = useStore(client.$timeline)
  const checkIn = useStore(client.$checkIn)
  const agentsOnline = useStore(client.$agentsOnline)
  const told = useStore(client.$toldUs)
  const toldUs = useChunk(toldUsChunk, told)
  // Issue 15: the email ask when nobody is there, the transcript when the chat ended (mail-cards.ts).
  const nobody = nobodyThere(agentsOnline, away?.open ?? null)
  const mail = useChunk(mailChunk, nobody || timeline.at(-1)?.kind === 'resolved')
  const panel = useRef<HTMLDivElement>(null)
  const [dragging, setDragging] = useState(false)
  // The latest files chosen or dropped. The upload UI and its words (later words) are fetched for
  // them (again for the next ones, after a failed fetch), and it draws once both are here.
  const [files, addFiles] = useState<File[] | null>(null)
  const uploads = useChunk(uploadsChunk, files)
  const uploadTexts = useLaterWords(i18n, files)
  const notice = statusNotice(status, t)
  const presence = presenceText(nobody, agentsOnline, t, away)

  // What the open panel shows in a visible tab has been seen: now, or when the tab is shown (not
  // while it is hidden: the agent would see "Seen" on a message nobody saw, and the title would not flash).
  useEffect(() => {
    const seen = () => unread > 0 && !document.hidden && client.markRead()
    seen()
    document.addEventListener('visibilitychange', seen)
    return () => document.removeEventListener('visibilitychange', seen)
  }, [client, unread])

  // Opening the panel tells the server (when it may ask the before-chat card); core remembers it
  // and says it again after every reconnect, so the panel says it once.
  useEffect(() => {
    client.openChat({ page: platform.page(), locale: i18n.locale, checkIns })
  }, [client])

  // Phones: size the panel to the visual viewport, so the on-screen keyboard never covers the
  // composer. CSSOM custom properties, not a style attribute: allowed under a strict CSP.
  useEffect(() => {
    const viewport = window.visualViewport
    const el = panel.current
    if (!viewport || !el) return
    const fit = () => {
      el.style.setProperty('--vv-height', `${viewport.height}px`)
      el.style.setProperty('--vv-top', `${viewport.offsetTop}px`)
    }
    fit()
    viewport.addEventListener('resize', fit)
    viewport.addEventListener('scroll', fit)
    return () => {
      viewport.removeEventListener('resize', fit)
      viewport.removeEventListener('scroll', fit)
    }
  }, [])

  const focusComposer = () => panel.current && focusMessageBox(panel.current)
  const hasFiles = (event: DragEvent) => site?.uploads && event.dataTransfer?.types.includes('Files')

  return (
    // Non-modal: the store page stays usable, so no aria-modal and no focus trap.
    <div
      ref={panel}
      id={PANEL_ID}
      class="panel"
      role="dialog"
      aria-labelledby={TITLE_ID}
      onDragOver={(event) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={(event) => {
        if (!panel.current?.contains(event.relatedTarget as Node | null)) setDragging(false)
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return
        event.preventDefault()
        setDragging(false)
        addFiles([...(event.dataTransfer?.files ?? [])])
      }}
    >
      <div class="header">
        <div class="heading">
          <h2 id={TITLE_ID} class="title">
            {panelTitle(site, t)}
          </h2>
          {presence && <p class={nobody ? 'presence' : 'presence online'}>{presence}</p>}
        </div>
        {canEndChat(timeline, checkIn?.phase ?? null) && (
          <button
            type="button"
            class="end"
            onClick={() => {
              client.endChat()
              focusComposer()
            }}
          >
            {t('panel.endChat')}
          </button>
        )}
        <button type="button" class="hide" aria-label={t('panel.hide')} onClick={onHide}>
          {closeIcon}
        </button>
      </div>
      {/* Always rendered so assistive tech is listening before the text changes (WCAG 4.1.3). */}
      <div class={notice ? 'notice' : 'notice empty'} role="status">
        {notice}
      </div>
      {/* "Got it" takes the card away, and the focus it had goes to the message box (WCAG 2.4.3). */}
      {told && toldUs?.toldUsCard(h, told, i18n, () => (client.dismissToldUs(), focusComposer()))}
      <MessageList client={client} i18n={i18n} platform={platform} storeName={site?.name ?? null} />
      <WaitNotice client={client} i18n={i18n} now={platform.now} />
      <CheckIn client={client} i18n={i18n} onDone={focusComposer} />
      {mail && h(mail.MailCards, { i18n, client, timeline, nobodyThere: nobody, focusComposer })}
      {files && uploads && uploadTexts && <uploads.Uploads client={client} limits={site?.uploads ?? null} i18n={uploadTexts} files={files} />}
      <Composer
        client={client}
        i18n={i18n}
        autoFocus={autoFocus}
        uploads={site?.uploads ? { accept: site.uploads.types.join(','), add: addFiles } : null}
      />
      {dragging && (
        <div class="drop" aria-hidden="true">
          {t('upload.drop')}
        </div>
      )}
    </div>
  )
}
