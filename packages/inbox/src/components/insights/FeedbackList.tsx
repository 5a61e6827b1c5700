import type { Feedback } from '@attune/protocol'
import { useStore } from '@nanostores/preact'
import { useState } from 'preact/hooks'
import { useMessages } from '../../i18n/context.ts'
import { useAfterChatMessages } from '../../i18n/en-after-chat.ts'
import { conversationLabel } from '../../lib/conversation-rows.ts'
import { hrefFor } from '../../lib/route.ts'
import { createAfterChatApi, type AfterChatApi } from '../../session/after-chat.ts'
import { useLoad } from '../accounts/use-load.ts'
import { MoodFace } from '../MoodFace.tsx'
import { onAppLinkClick } from '../use-location.ts'
import { $erased } from './erased.ts'
import { formatDateTime } from './format.ts'

type Acted = '' | 'yes' | 'no'

/**
 * Feedback that is seen and answered (issue 16): the period's after-chat comments with the moods
 * before, after and on follow-up, filtered like the rest of the page, and "Mark acted on" with a
 * note for each. Insights is for managers and up, who may all answer feedback.
 */
export function FeedbackList({ query, api: given }: { query: string; api?: AfterChatApi }) {
  const [api] = useState(() => given ?? createAfterChatApi())
  const t = useAfterChatMessages().feedback
  const [acted, setActed] = useState<Acted>('')
  const [notice, setNotice] = useState('')
  const { loaded, replace } = useLoad(() => api.feedback(acted ? `${query}&acted=${acted}` : query), [query, acted])
  // A shopper erased: their comment leaves the list at once (erased.ts).
  const erased = useStore($erased)
  const comments = loaded.state === 'loaded' ? loaded.value.filter((f) => !erased.has(f.conversationId)) : []
  return (
    <section class="insights-section feedback" aria-labelledby="feedback-title">
      <h3 id="feedback-title">{t.title}</h3>
      <p class="section-hint">{t.intro}</p>
      <p class="feedback-filter">
        <label for="feedback-acted">{t.show}</label>
        <select id="feedback-acted" value={acted} onChange={(e) => setActed((e.currentTarget as HTMLSelectElement).value as Acted)}>
          <option value="">{t.all}</option>
          <option value="no">{t.notActed}</option>
          <option value="yes">{t.acted}</option>
        </select>
      </p>
      <p class="feedback-notice" role="status">
        {loaded.state === 'loading' ? t.loading : notice}
      </p>
      {loaded.state === 'failed' && <p role="alert">{t.failed}</p>}
      {loaded.state === 'loaded' &&
        (comments.length === 0 ? (
          <p class="muted">{t.empty}</p>
        ) : (
          <ul class="feedback-list">
            {comments.map((f) => (
              <FeedbackItem
                key={f.conversationId}
                feedback={f}
                api={api}
                onActed={(next) => {
                  replace(loaded.value.map((x) => (x.conversationId === next.conversationId ? next : x)))
                  setNotice(t.saved)
                }}
              />
            ))}
          </ul>
        ))}
    </section>
  )
}

function FeedbackItem({ feedback: f, api, onActed }: { feedback: Feedback; api: AfterChatApi; onActed(next: Feedback): void }) {
  const all = useMessages()
  const t = useAfterChatMessages().feedback
  const [note, setNote] = useState('')
  const [state, setState] = useState<'idle' | 'saving' | 'failed'>('idle')
  const href = hrefFor({ page: 'conversations', conversation: f.conversationId })
  const noteId = `feedback-note-${f.conversationId}`

  async function save(event: Event) {
    event.preventDefault()
    if (!note.trim()) return
    setState('saving')
    const result = await api.actOn(f.conversationId, note)
    if (!result.ok) return setState('failed')
    setState('idle')
    onActed(result.value)
  }

  const mood = (m: Feedback['moodBefore']) =>
    m === null ? (
      <span class="muted">—</span>
    ) : (
      <span class="mood-cell">
        <MoodFace mood={m} size={18} /> {all.mood[m]}
      </span>
    )
  return (
    <li class="feedback-item" data-conversation-id={f.conversationId}>
      <p class="feedback-meta">
        <a href={href} onClick={(e) => onAppLinkClick(e, href)}>
          {conversationLabel(f, all)}
        </a>{' '}
        · {formatDateTime(f.startedAt, all)} · {f.identified ? t.tellable : t.anonymous}
      </p>
      <blockquote class="feedback-comment" dir="auto">
        {f.comment}
      </blockquote>
      <p class="feedback-moods">
        <span class="sr-only">{t.moods}: </span>
        {mood(f.moodBefore)} <span class="trend-arrow">→</span> {mood(f.moodAfter)} <span class="trend-arrow">→</span> {mood(f.moodFollowUp)}
      </p>
      {f.actedOn ? (
        <p class="feedback-done">
          <strong>{t.done}:</strong> <bdi>{f.actedOn.note}</bdi> <span class="muted">({t.by(f.actedOn.by, formatDateTime(f.actedOn.at, all))})</span>
        </p>
      ) : (
        <form class="feedback-form" onSubmit={save}>
          <label for={noteId}>{t.note}</label>
          <textarea
            id={noteId}
            dir="auto"
            maxLength={500}
            rows={2}
            aria-describedby={`${noteId}-hint`}
            value={note}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
          <p id={`${noteId}-hint`} class="section-hint">
            {t.noteHint}
          </p>
          <button type="submit" class="button" disabled={state === 'saving' || !note.trim()}>
            {state === 'saving' ? t.saving : t.markActed}
          </button>
          <span role="status" class="feedback-status">
            {state === 'failed' ? t.saveFailed : ''}
          </span>
        </form>
      )}
    </li>
  )
}
