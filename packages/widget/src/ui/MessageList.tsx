import { useStore } from '@nanostores/preact'
import { useLayoutEffect, useMemo, useRef } from 'preact/hooks'
import type { I18n, WidgetClient } from './types.ts'
import { type ItemView, itemView, timeFormatter, typingText } from './view-model.ts'

export interface MessageListProps {
  client: WidgetClient
  i18n: I18n
  storeName: string | null
}

export function MessageList({ client, i18n, storeName }: MessageListProps) {
  const { t, locale } = i18n
  const timeline = useStore(client.$timeline)
  const agentTyping = useStore(client.$agentTyping)
  const formatTime = useMemo(() => timeFormatter(locale), [locale])
  const log = useRef<HTMLDivElement>(null)
  const typing = typingText(agentTyping, timeline, t)

  // Keep the newest message in view.
  useLayoutEffect(() => {
    const el = log.current
    if (el) el.scrollTop = el.scrollHeight
  }, [timeline.length, typing])

  return (
    <>
      {/* role=log is a polite live region: added messages are read out, edits to old ones are not. */}
      <div ref={log} class="log" role="log" aria-label={t('log.label')} aria-relevant="additions" tabIndex={0}>
        <p class="greeting">{t('panel.greeting')}</p>
        <ol class="items">
          {timeline.map((item) => (
            <Item key={item.key} view={itemView(item, { t, formatTime, storeName })} client={client} i18n={i18n} />
          ))}
        </ol>
      </div>
      <p class="typing" hidden={!typing}>
        {typing}
      </p>
    </>
  )
}

function Item({ view, client, i18n }: { view: ItemView; client: WidgetClient; i18n: I18n }) {
  if (view.kind === 'notice') {
    return (
      <li class="notice-item">
        {view.text} <time dateTime={view.at}>{view.time}</time>
      </li>
    )
  }
  const textId = `attune-text-${view.key.replace(/[^\w-]/g, '')}`
  return (
    <li class={view.mine ? 'message mine' : `message theirs ${view.role}`}>
      <p class="meta">
        <span class="author">{view.author}</span> <time dateTime={view.at}>{view.time}</time>
      </p>
      {/* Text node, never HTML: whatever the sender typed is shown, not run. */}
      {/* dir=auto: an English message reads left to right inside the Arabic panel, and vice versa. */}
      <p id={textId} class="bubble" dir="auto">
        {view.text}
      </p>
      {view.delivery && (
        <p class={`delivery ${view.delivery.state}`}>
          {view.delivery.text}
          {view.delivery.state === 'failed' && (
            <>
              {' — '}
              <button type="button" class="retry" aria-describedby={textId} onClick={() => client.retry(view.key)}>
                {i18n.t('message.retry')}
              </button>
            </>
          )}
        </p>
      )}
    </li>
  )
}
