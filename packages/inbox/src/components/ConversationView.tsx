import { useStore } from '@nanostores/preact'
import { useEffect, useRef } from 'preact/hooks'
import type { InboxConversation } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { formatClock } from '../lib/relative-time.ts'
import { isResolved, toTimelineEntries } from '../lib/timeline-view.ts'
import { Composer } from './Composer.tsx'
import { Timeline } from './Timeline.tsx'

interface Props {
  conversation: InboxConversation
  label: string
  onBack?(): void
  /** Formats message times; injected so tests do not depend on the machine's time zone. */
  clock?: (iso: string) => string
}

export function ConversationView({ conversation, label, onBack, clock = formatClock }: Props) {
  const t = useMessages().conversation
  const items = useStore(conversation.$timeline)
  const visitorTyping = useStore(conversation.$visitorTyping)
  const heading = useRef<HTMLHeadingElement>(null)
  const resolved = isResolved(items)

  // Land on the conversation when it opens, so keyboard and screen-reader users follow along.
  useEffect(() => heading.current?.focus(), [conversation])

  // Everything on screen has been seen; tell the shopper's side.
  useEffect(() => {
    if (items.length > 0) conversation.markRead()
  }, [conversation, items.length])

  function reply(text: string) {
    try {
      conversation.reply(text)
    } catch {
      // Only empty text throws (invalid_input), and the composer never sends it.
    }
  }

  return (
    <section class="conversation" aria-labelledby="conversation-title">
      <div class="conversation-head">
        {onBack && (
          <button type="button" class="button button-quiet back-button" onClick={onBack}>
            ← {t.back}
          </button>
        )}
        <h2 id="conversation-title" tabIndex={-1} ref={heading}>
          {label}
        </h2>
        <button type="button" class="button" onClick={() => conversation.resolve()} disabled={resolved}>
          {t.resolve}
        </button>
      </div>
      <Timeline entries={toTimelineEntries(items, t, clock)} label={t.logLabel(label)} emptyText={t.empty} />
      <p class="typing" role="status">
        {visitorTyping ? t.typing : ''}
      </p>
      {resolved && <p class="resolved-hint">{t.resolvedHint}</p>}
      <Composer onSend={reply} onTyping={(typing) => conversation.setTyping(typing)} disabled={resolved} />
    </section>
  )
}
