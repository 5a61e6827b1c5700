import type { FollowUp, Mood } from '@attune/protocol'
import type { RefObject } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useMessages } from '../../i18n/context.ts'
import { useAfterChatMessages } from '../../i18n/en-after-chat.ts'
import { conversationLabel } from '../../lib/conversation-rows.ts'
import { hrefFor } from '../../lib/route.ts'
import { createAfterChatApi, type AfterChatApi } from '../../session/after-chat.ts'
import { CallError } from '../../session/http.ts'
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
  /** Chats whose shopper turned off check-ins, as sending found out: no "Follow up" for them. */
  const [declined, setDeclined] = useState<ReadonlySet<string>>(new Set())
  /** The row whose "Follow up" went: the focus follows it to the row's status. */
  const [landing, setLanding] = useState<{ on: string } | null>(null)
  const region = useRef<HTMLDivElement>(null)

  // A pressed button that goes takes the focus with it to <body> (WCAG 2.4.3): it lands on what
  // the row says now, or, when the row went too, on the list.
  useEffect(() => {
    if (!landing) return
    const status = region.current?.querySelector<HTMLElement>(`tr[data-conversation-id="${landing.on}"] .follow-up-status`)
    if (status) status.focus()
    else if (document.activeElement === document.body) region.current?.focus()
  }, [landing])

  async function send(followUp: FollowUp, shopper: string) {
    const id = followUp.conversationId
    if (loaded.state !== 'loaded' || sending === id) return
    setSending(id)
    setNotice('')
    const result = await api.sendFollowUp(id)
    setSending(null)
    if (result.ok) {
      replace(loaded.value.map((f) => (f.conversationId === id ? result.value : f)))
      setNotice(t.sentNotice(shopper))
    } else if (result.error.code === CallError.Conflict) {
      // Followed up meanwhile (a colleague, another tab): trying again cannot work, so the list is
      // read again and the row says by whom.
      const fresh = await api.followUps()
      if (fresh.ok) replace(fresh.value)
      setNotice(t.alreadySent(shopper))
    } else if (result.error.code === CallError.Forbidden) {
      setDeclined((ids) => new Set(ids).add(id))
      setNotice(t.optedOut(shopper))
    } else {
      return setNotice(t.sendFailed)
    }
    setLanding({ on: id })
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
        (loaded.value.length === 0 ? (
          <p class="muted">{t.empty}</p>
        ) : (
          <FollowUpTable rows={loaded.value} sending={sending} declined={declined} region={region} onSend={send} />
        ))}
    </main>
  )
}

type TableProps = {
  rows: FollowUp[]
  sending: string | null
  declined: ReadonlySet<string>
  region: RefObject<HTMLDivElement>
  onSend(f: FollowUp, shopper: string): void
}

function FollowUpTable({ rows, sending, declined, region, onSend }: TableProps) {
  const all = useMessages()
  const t = useAfterChatMessages().followUps
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="page-title" ref={region}>
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
                <td>{formatDateTime(f.endedAt, all)}</td>
                <td>{t.reason[f.reason] ?? f.reason}</td>
                <td>
                  <MoodWords mood={f.moodBefore} /> <span class="trend-arrow">→</span> <MoodWords mood={f.moodAfter} />
                </td>
                <td>
                  {f.sentAt === null && !declined.has(f.conversationId) ? (
                    // aria-disabled, not disabled: the button keeps focus while it sends.
                    <button
                      type="button"
                      class="button"
                      aria-label={t.sendFor(shopper)}
                      aria-disabled={sending === f.conversationId}
                      onClick={() => onSend(f, shopper)}
                    >
                      {sending === f.conversationId ? t.sending : t.send}
                    </button>
                  ) : (
                    <FollowUpStatus followUp={f} />
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

/** What came of a chat's follow-up; the focus lands here from the button it replaced (tabIndex -1). */
function FollowUpStatus({ followUp: f }: { followUp: FollowUp }) {
  const all = useMessages()
  const t = useAfterChatMessages().followUps
  if (f.moodFollowUp !== null) {
    return (
      <span class="mood-cell follow-up-status" tabIndex={-1}>
        <MoodFace mood={f.moodFollowUp} size={18} /> {t.answered(all.mood[f.moodFollowUp])}
      </span>
    )
  }
  const said = f.sentAt === null ? t.notSent : f.askedAt !== null ? t.asked : t.sentBy(f.sentBy)
  return (
    <span class="follow-up-status" tabIndex={-1}>
      {said}
    </span>
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
