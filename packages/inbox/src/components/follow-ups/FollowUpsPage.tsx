import type { FollowUp, Mood } from '@attune/protocol'
import { useState } from 'preact/hooks'
import { useMessages } from '../../i18n/context.ts'
import { useAfterChatMessages } from '../../i18n/en-after-chat.ts'
import { conversationLabel } from '../../lib/conversation-rows.ts'
import { hrefFor } from '../../lib/route.ts'
import { createAfterChatApi, type AfterChatApi } from '../../session/after-chat.ts'
import { useLoad } from '../accounts/use-load.ts'
import { formatDateTime } from '../insights/format.ts'
import { MoodFace } from '../MoodFace.tsx'
import { onAppLinkClick } from '../use-location.ts'

/**
 * The follow-up list (issue 16): chats that ended upset, why, and a "Follow up" per chat. The
 * shopper is asked "How do you feel about it now?" the next time they open the chat; the list
 * then says whether they were asked and what they answered.
 */
export function FollowUpsPage({ api: given }: { api?: AfterChatApi }) {
  const [api] = useState(() => given ?? createAfterChatApi())
  const t = useAfterChatMessages().followUps
  const { loaded, retry, replace } = useLoad(() => api.followUps())
  const [notice, setNotice] = useState('')
  const [sending, setSending] = useState<string | null>(null)

  async function send(followUp: FollowUp, shopper: string) {
    if (loaded.state !== 'loaded') return
    setSending(followUp.conversationId)
    setNotice('')
    const result = await api.sendFollowUp(followUp.conversationId)
    setSending(null)
    if (!result.ok) return setNotice(t.sendFailed)
    replace(loaded.value.map((f) => (f.conversationId === followUp.conversationId ? result.value : f)))
    setNotice(t.sentNotice(shopper))
  }

  return (
    <main class="settings follow-ups" aria-labelledby="page-title">
      <h2 id="page-title">{t.title}</h2>
      <p class="section-hint">{t.intro}</p>
      {/* Always rendered, so a screen reader is listening before the text changes (WCAG 4.1.3). */}
      <p class="follow-ups-notice" role="status">
        {notice}
      </p>
      {loaded.state === 'loading' && <p role="status">{t.loading}</p>}
      {loaded.state === 'failed' && (
        <div class="settings-failed">
          <p role="alert">{t.failed}</p>
          <button type="button" class="button" onClick={retry}>
            {t.retry}
          </button>
        </div>
      )}
      {loaded.state === 'loaded' &&
        (loaded.value.length === 0 ? <p class="muted">{t.empty}</p> : <FollowUpTable rows={loaded.value} sending={sending} onSend={send} />)}
    </main>
  )
}

function FollowUpTable({ rows, sending, onSend }: { rows: FollowUp[]; sending: string | null; onSend(f: FollowUp, shopper: string): void }) {
  const all = useMessages()
  const t = useAfterChatMessages().followUps
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="page-title">
      <table class="conversations-table follow-ups-table">
        <thead>
          <tr>
            <th scope="col">{t.shopper}</th>
            <th scope="col">{t.ended}</th>
            <th scope="col">{t.why}</th>
            <th scope="col">{t.moods}</th>
            <th scope="col">{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => {
            const shopper = conversationLabel(f, all)
            const href = hrefFor({ page: 'conversations', conversation: f.conversationId })
            return (
              <tr key={f.conversationId} data-conversation-id={f.conversationId}>
                <th scope="row">
                  <a href={href} onClick={(e) => onAppLinkClick(e, href)}>
                    {shopper}
                  </a>
                </th>
                <td>{formatDateTime(f.endedAt, all.locale)}</td>
                <td>{t.reason[f.reason] ?? f.reason}</td>
                <td>
                  <MoodWords mood={f.moodBefore} /> → <MoodWords mood={f.moodAfter} />
                </td>
                <td>
                  {f.sentAt === null ? (
                    <button
                      type="button"
                      class="button"
                      aria-label={t.sendFor(shopper)}
                      disabled={sending === f.conversationId}
                      onClick={() => onSend(f, shopper)}
                    >
                      {sending === f.conversationId ? t.sending : t.send}
                    </button>
                  ) : f.moodFollowUp !== null ? (
                    <span class="mood-cell">
                      <MoodFace mood={f.moodFollowUp} size={18} /> {t.answered(all.mood[f.moodFollowUp])}
                    </span>
                  ) : f.askedAt !== null ? (
                    t.asked
                  ) : (
                    t.sentBy(f.sentBy)
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function MoodWords({ mood }: { mood: Mood | null }) {
  const t = useMessages().mood
  if (mood === null) return <span class="muted">—</span>
  return (
    <span class="mood-cell">
      <MoodFace mood={mood} size={18} /> {t[mood]}
    </span>
  )
}
