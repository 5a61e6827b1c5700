import { Fragment, h } from 'preact'
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks'
import { richChunk, useChunk } from './chunk.ts'
import { focusMessageBox } from './Composer.tsx'
import type { I18n, Platform, WidgetClient } from './types.ts'
import { useStore } from './use-store.ts'
import { type ItemView, itemView, firstRichRow, timeFormatter, typingText, withDays } from './view-model.ts'

type Rich = typeof import('./rich.tsx')

export interface MessageListProps {
  client: WidgetClient
  i18n: I18n
  platform: Platform
  storeName: string | null
}

export function MessageList({ client, i18n, platform, storeName }: MessageListProps) {
  const { t } = i18n
  const timeline = useStore(client.$timeline)
  const hasOlder = useStore(client.$hasOlder)
  const typist = useStore(client.$agentTyping)
  // Made again for another language, not for another voice (Thai's `voiced` makes a new i18n each render).
  const formatTime = useMemo(() => timeFormatter(i18n), [i18n.locale, i18n.dates])
  const log = useRef<HTMLDivElement>(null)
  /** Distance from the bottom when "Load earlier" was pressed: kept, so the view does not jump. */
  const keep = useRef<number | null>(null)
  const typing = typingText(typist, t)
  const lastKey = timeline.at(-1)?.key
  const ctx = { t, formatTime, storeName, lastKey }
  const rows = withDays(timeline, platform.now(), i18n).map((row) => (row.kind === 'day' ? row : itemView(row, ctx)))
  const firstRich = firstRichRow(rows)
  const rich = useChunk(richChunk, firstRich !== -1)
  // While it is on its way, the rows from the first that needs it wait.
  const shown = rich === undefined ? rows.slice(0, firstRich) : rows
  const itemProps = { client, i18n, server: platform.server, rich }

  useLayoutEffect(() => {
    const el = log.current
    if (!el) return
    if (keep.current !== null) {
      el.scrollTop = el.scrollHeight - keep.current
      // The last page came and "Load earlier" went with focus on it: the log takes it, not the
      // store page's <body> (WCAG 2.4.3).
      if (!hasOlder) el.focus({ preventScroll: true })
    }
    // Keep the newest message in view.
    else el.scrollTop = el.scrollHeight
    keep.current = null
  }, [timeline.length, lastKey, typing, rich])

  return (
    <Fragment>
      {/* role=log is a polite live region: added messages are read out, edits to old ones are not. */}
      <div ref={log} class="log" role="log" aria-label={t('log.label')} aria-relevant="additions" tabIndex={0}>
        {hasOlder && (
          <button
            type="button"
            class="older"
            onClick={() => {
              const el = log.current
              if (el) keep.current = el.scrollHeight - el.scrollTop
              client.loadOlder()
            }}
          >
            {t('log.earlier')}
          </button>
        )}
        <p class="greeting">{t('panel.greeting')}</p>
        <ol class="items">
          {shown.map((row) =>
            row.kind === 'day' ? (
              <li key={row.key} class="day">
                {row.label}
              </li>
            ) : (
              drawItem(row, itemProps)
            ),
          )}
        </ol>
      </div>
      <p class="typing" hidden={!typing}>
        {typing}
      </p>
    </Fragment>
  )
}

interface ItemProps {
  client: WidgetClient
  i18n: I18n
  server: string
  /** The rich chunk; without it (null: it could not be fetched) text shows as typed, files by name. */
  rich: Rich | null | undefined
}

/** One row of the log, keyed by its item: a plain function (no state of its own), not a component. */
function drawItem(view: ItemView, { client, i18n, server, rich }: ItemProps) {
  if (view.kind === 'notice') {
    return (
      <li key={view.key} class="notice-item">
        {view.text} <time dateTime={view.at}>{view.time}</time>
      </li>
    )
  }
  const textId = `attune-text-${view.key.replace(/[^\w-]/g, '')}`
  return (
    <li key={view.key} class={view.mine ? 'message mine' : `message theirs ${view.role}`}>
      <p class="meta">
        {/* bdi: a name in another script (a Latin one in Arabic) must not pull the time's digits into its direction. */}
        <bdi class="author">{view.author}</bdi> <time dateTime={view.at}>{view.time}</time>
      </p>
      {/* Text nodes, never HTML: whatever the sender typed is shown, not run. Agents' messages
          get the safe Markdown subset; the shopper's own text shows exactly as typed. */}
      {/* dir=auto: an English message reads left to right inside the Arabic panel, and vice versa. */}
      {view.text && (
        <div id={textId} class="bubble" dir="auto">
          {view.markup && rich ? <rich.Markdown text={view.text} /> : view.text}
        </div>
      )}
      {view.attachments.length > 0 &&
        (rich ? (
          <rich.Files attachments={view.attachments} locale={i18n.locale} server={server} id={view.text ? undefined : textId} />
        ) : (
          <p class="bubble" id={view.text ? undefined : textId}>
            {view.attachments.map((file) => file.name).join(', ')}
          </p>
        ))}
      {rich && view.quickReplies.length > 0 && (
        <rich.QuickReplies replies={view.quickReplies} label={i18n.t('quickReplies.label')} client={client} sent={focusMessageBox} />
      )}
      {view.delivery && (
        <p class={`delivery ${view.state}`}>
          {view.delivery}
          {view.state === 'failed' && (
            <Fragment>
              {' — '}
              <button
                type="button"
                class="retry"
                aria-describedby={textId}
                onClick={(event) => {
                  client.retry(view.key)
                  focusMessageBox(event.currentTarget)
                }}
              >
                {i18n.t('message.retry')}
              </button>
            </Fragment>
          )}
        </p>
      )}
    </li>
  )
}
