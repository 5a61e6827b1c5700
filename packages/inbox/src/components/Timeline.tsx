import { useEffect, useLayoutEffect, useRef } from 'preact/hooks'
import { useMessages } from '../i18n/context.ts'
import { edgesOf, scrollIntent, type LogEdges } from '../lib/scroll-intent.ts'
import type { TimelineEntry } from '../lib/timeline-view.ts'
import { AttachmentList } from './AttachmentList.tsx'

export interface TimelineProps {
  entries: TimelineEntry[]
  label: string
  emptyText: string
  /** "Load earlier messages", when the server has an earlier page. */
  older?: { label: string; onLoad(): void } | undefined
  /** Puts the private notes among the entries (the notes chunk, issue 14). */
  withNotes?: ((entries: TimelineEntry[]) => TimelineEntry[]) | undefined
  /** Sends a refused reply again, by its key; without it a failed reply only says "Not sent". */
  onRetry?: ((key: string) => void) | undefined
}

/**
 * The conversation as a `log` (WCAG 4.1.3: new messages are announced politely). Text is
 * rendered as text, never HTML (ARCHITECTURE promise 4).
 */
export function Timeline({ entries: logged, label, emptyText, older, withNotes, onRetry }: TimelineProps) {
  const t = useMessages().conversation
  const ref = useRef<HTMLDivElement>(null)
  const seen = useRef<{ edges: LogEdges; height: number } | null>(null)
  const askedOlder = useRef(false)
  const entries = withNotes ? withNotes(logged) : logged
  const count = entries.length
  const edges = edgesOf(entries)

  // Follow the newest message; when an earlier page lands above, keep the agent's place.
  useLayoutEffect(() => {
    const list = ref.current
    if (!list) return
    const intent = scrollIntent(seen.current?.edges ?? null, edges)
    if (intent === 'bottom') list.scrollTop = list.scrollHeight
    else if (intent === 'keep') list.scrollTop += list.scrollHeight - (seen.current?.height ?? 0)
    seen.current = { edges, height: list.scrollHeight }
  }, [edges.first, edges.last])

  useNewestKeptInView(ref)

  // The last page removes the button the agent pressed: hand focus to the log, not to <body>.
  useEffect(() => {
    if (older || !askedOlder.current) return
    askedOlder.current = false
    if (!document.activeElement || document.activeElement === document.body) ref.current?.focus()
  }, [Boolean(older)])

  return (
    // The log role sits on a wrapper: on the <ol> itself it would orphan the <li>s (axe listitem).
    // tabIndex lets keyboard users scroll it (WCAG 2.1.1).
    <div class="timeline" role="log" aria-label={label} ref={ref} tabIndex={0}>
      {older && (
        <p class="timeline-older">
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              askedOlder.current = true
              older.onLoad()
            }}
          >
            {older.label}
          </button>
        </p>
      )}
      <ol class="timeline-items">
        {count === 0 && <li class="timeline-empty">{emptyText}</li>}
        {entries.map((entry) =>
          entry.kind !== 'message' ? (
            <li key={entry.key} class="timeline-note">
              {entry.label} · <time dateTime={entry.at}>{entry.time}</time>
            </li>
          ) : (
            // A reply can hold the focus (tabIndex -1, out of the tab order): "Send again" hands it there.
            <li key={entry.key} class={`bubble bubble-${entry.side}`} tabIndex={entry.delivery ? -1 : undefined}>
              <p class="bubble-meta">
                {/* bdi: a name in another script (an Arabic one here) must not pull the time's digits into its direction. */}
                <bdi class="bubble-author">{entry.author}</bdi> <time dateTime={entry.at}>{entry.time}</time>
              </p>
              {entry.flag && <p class="bubble-flag">{entry.flag}</p>}
              {entry.text !== '' && (
                <p class="bubble-text" dir="auto">
                  {entry.text}
                </p>
              )}
              {entry.attachments.length > 0 && <AttachmentList items={entry.attachments} />}
              {entry.quickReplies.length > 0 && (
                <ul class="chips bubble-quick-replies" aria-label={t.quickReplies}>
                  {entry.quickReplies.map((option, i) => (
                    <li key={i} class="chip" dir="auto">
                      {option}
                    </li>
                  ))}
                </ul>
              )}
              {entry.delivery && (
                <p class={`bubble-state state-${entry.delivery.state}`}>
                  {entry.delivery.label}
                  {entry.delivery.state === 'failed' && onRetry && (
                    <>
                      {' '}
                      <button
                        type="button"
                        class="button bubble-retry"
                        onClick={(event) => {
                          // The button leaves with the failure: its message keeps the focus, which
                          // would otherwise fall to <body> (WCAG 2.4.3), and is read with its new state.
                          event.currentTarget.closest('li')?.focus()
                          onRetry(entry.key)
                        }}
                      >
                        {t.retry}
                      </button>
                    </>
                  )}
                </p>
              )}
            </li>
          ),
        )}
      </ol>
    </div>
  )
}

/**
 * The log's box shrinks when the screen does (a window made smaller, a tablet turned) or the
 * reply area grows, and its content grows without a new message (a refused reply's reason and
 * "Send again" under it): an agent who was following the newest message keeps it in view. Following
 * ends when the agent scrolls up and starts again at the bottom; a smooth scroll down to a new
 * message never ends it half way.
 */
function useNewestKeptInView(ref: { current: HTMLElement | null }): void {
  useEffect(() => {
    const list = ref.current
    if (!list || typeof ResizeObserver !== 'function') return
    let following = true
    let lastTop = list.scrollTop
    const read = () => {
      const top = list.scrollTop
      if (top < lastTop) following = false
      if (list.scrollHeight - top - list.clientHeight < 2) following = true
      lastTop = top
    }
    const observer = new ResizeObserver(() => {
      if (following) list.scrollTop = list.scrollHeight
    })
    list.addEventListener('scroll', read, { passive: true })
    observer.observe(list)
    observer.observe(list.querySelector('ol')!)
    return () => {
      observer.disconnect()
      list.removeEventListener('scroll', read)
    }
  }, [])
}
