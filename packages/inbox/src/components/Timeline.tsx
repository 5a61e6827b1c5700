import { useEffect, useRef } from 'preact/hooks'
import type { TimelineEntry } from '../lib/timeline-view.ts'

interface Props {
  entries: TimelineEntry[]
  label: string
  emptyText: string
}

/**
 * The conversation as a `log` (WCAG 4.1.3: new messages are announced politely). Text is
 * rendered as text, never HTML (ARCHITECTURE promise 4).
 */
export function Timeline({ entries, label, emptyText }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const count = entries.length

  // Keep the newest message in view as items arrive.
  useEffect(() => {
    const list = ref.current
    if (list) list.scrollTop = list.scrollHeight
  }, [count])

  return (
    // The log role sits on a wrapper: on the <ol> itself it would orphan the <li>s (axe listitem).
    // tabIndex lets keyboard users scroll it (WCAG 2.1.1).
    <div class="timeline" role="log" aria-label={label} ref={ref} tabIndex={0}>
      <ol class="timeline-items">
        {count === 0 && <li class="timeline-empty">{emptyText}</li>}
        {entries.map((entry) =>
          entry.kind === 'resolved' ? (
            <li key={entry.key} class="timeline-note">
              {entry.label} · <time dateTime={entry.at}>{entry.time}</time>
            </li>
          ) : (
            <li key={entry.key} class={`bubble bubble-${entry.side}`}>
              <p class="bubble-meta">
                <span class="bubble-author">{entry.author}</span>{' '}
                <time dateTime={entry.at}>{entry.time}</time>
              </p>
              <p class="bubble-text">{entry.text}</p>
              {entry.delivery && (
                <p class={`bubble-state state-${entry.delivery.state}`}>{entry.delivery.label}</p>
              )}
            </li>
          ),
        )}
      </ol>
    </div>
  )
}
