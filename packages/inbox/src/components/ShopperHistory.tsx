import { useEffect, useState } from 'preact/hooks'
import { useMessages } from '../i18n/context.ts'
import { useHistoryMessages } from '../i18n/history-context.ts'
import { toHistoryView, type HistoryView } from '../lib/shopper-history.ts'
import { createHistoryApi, type HistoryApi } from '../session/history.ts'
import { MoodFace } from './MoodFace.tsx'
import { onAppLinkClick } from './use-location.ts'

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; view: HistoryView }

interface Props {
  conversationId: string
  /** The same-origin endpoint when not given. */
  api?: HistoryApi | undefined
}

/**
 * The shopper's earlier chats on the empathy card (issue 16): a one-line summary, then each chat's
 * date, mood before → after and reasons, newest first. Loaded once per conversation opened.
 */
export function ShopperHistory({ conversationId, api: given }: Props) {
  const [api] = useState(() => given ?? createHistoryApi())
  const messages = useMessages()
  const t = useHistoryMessages().history
  const [state, setState] = useState<State>({ kind: 'loading' })

  useEffect(() => {
    let live = true
    setState({ kind: 'loading' })
    void api.shopperHistory(conversationId).then((result) => {
      if (!live) return
      setState(result.ok ? { kind: 'ready', view: toHistoryView(result.history, messages, t) } : { kind: 'failed' })
    })
    return () => {
      live = false
    }
  }, [conversationId, api])

  const title = state.kind === 'ready' ? state.view.title : t.title
  return (
    <section class="shopper-history" aria-labelledby="history-title">
      <h4 id="history-title" class="shopper-history-title">
        {title}
      </h4>
      {state.kind === 'loading' && <p class="muted">{t.loading}</p>}
      {state.kind === 'failed' && <p class="muted">{t.failed}</p>}
      {state.kind === 'ready' && <HistoryList view={state.view} />}
    </section>
  )
}

function HistoryList({ view }: { view: HistoryView }) {
  return (
    <>
      <p class="shopper-history-summary">{view.summary}</p>
      {view.chats.length > 0 && (
        <ol class="shopper-history-list">
          {view.chats.map((chat) => (
            <li key={chat.id} class="shopper-history-chat">
              {/* Opens that chat beside the card (a resolved one read-only), as Insights' links do (issue 14). */}
              <a class="shopper-history-link" href={chat.href} onClick={(e) => onAppLinkClick(e, chat.href)}>
                <span class="sr-only">{chat.spoken}</span>
                <span aria-hidden="true" class="shopper-history-moods">
                  <time dateTime={chat.iso}>{chat.date}</time> {chat.before !== null && <MoodFace mood={chat.before} size={16} />} {chat.from}{' '}
                  <span class="trend-arrow">→</span> {chat.after !== null && <MoodFace mood={chat.after} size={16} />} {chat.to}
                </span>
              </a>
              {chat.facts.length > 0 && <span class="shopper-history-facts">{chat.facts.join(' · ')}</span>}
            </li>
          ))}
        </ol>
      )}
      {view.more && <p class="muted">{view.more}</p>}
    </>
  )
}
