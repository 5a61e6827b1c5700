import { useMessages } from '../../i18n/context.ts'
import { useInsightsMessages } from '../../i18n/insights-context.ts'
import type { InsightsConversation, InsightsResponse } from '../../insights/api.ts'
import { reasonLabel, topicLabel } from '../../lib/empathy-card.ts'
import { visitorShortId } from '../../lib/labels.ts'
import { hrefFor } from '../../lib/route.ts'
import { MoodFace } from '../MoodFace.tsx'
import { onAppLinkClick } from '../use-location.ts'
import { formatDateTime, languageName } from './format.ts'

/** A table of thousands of rows helps nobody on screen; the CSV has them all. */
const MAX_ROWS = 200

export function ConversationLink({ id }: { id: string }) {
  const t = useInsightsMessages()
  const href = hrefFor({ page: 'conversations', conversation: id })
  return (
    <a href={href} onClick={(e) => onAppLinkClick(e, href)}>
      {t.open(visitorShortId(id))}
    </a>
  )
}

function Mood({ mood }: { mood: InsightsConversation['moodBefore'] }) {
  const t = useMessages().mood
  if (mood === null) return <span class="muted">—</span>
  return (
    <span class="mood-cell">
      <MoodFace mood={mood} size={18} /> {t[mood]}
    </span>
  )
}

/** EMPATHY.md's "public-complaint risk" list: conversations that ended very upset. */
export function RiskList({ ids, conversations }: { ids: string[]; conversations: InsightsConversation[] }) {
  const all = useMessages()
  const ti = useInsightsMessages()
  const t = ti.risk
  const byId = new Map(conversations.map((c) => [c.id, c]))
  return (
    <section class="insights-section" aria-labelledby="risk-title">
      <h3 id="risk-title">{t.title}</h3>
      <p class="section-hint">{t.hint}</p>
      {ids.length === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <ul class="risk-list">
          {ids.map((id) => {
            const c = byId.get(id)
            const details = c
              ? [formatDateTime(c.startedAt, all), languageName(c.language, all.locale), topicLabel(c.topic, all), reasonLabel(c.reason, all)]
              : []
            return (
              <li key={id}>
                <ConversationLink id={id} />
                {details.length > 0 && <span class="risk-details"> · {details.filter(Boolean).join(' · ')}</span>}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}

/** Per conversation: mood before, after and the change (EMPATHY.md, "What the manager sees"). */
export function ConversationsTable({ data }: { data: InsightsResponse }) {
  const all = useMessages()
  const ti = useInsightsMessages()
  const t = ti.conversations
  const agents = new Map(data.options.agents.map((a) => [a.id, a.name]))
  const rows = data.conversations.slice(0, MAX_ROWS)
  return (
    // Not a named section: the scrolling table below is the region, one landmark per name.
    <section class="insights-section">
      <h3 id="conversations-title">{t.title}</h3>
      {/* tabIndex: a wide table scrolls sideways on small screens; keyboard users can too (2.1.1). */}
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="conversations-title">
        <table class="conversations-table">
          <thead>
            <tr>
              <th scope="col">{t.conversation}</th>
              <th scope="col">{t.started}</th>
              <th scope="col">{ti.language}</th>
              <th scope="col">{ti.topic}</th>
              <th scope="col">{ti.reason}</th>
              <th scope="col">{t.agent}</th>
              <th scope="col">{t.before}</th>
              <th scope="col">{t.after}</th>
              <th scope="col">{t.change}</th>
              <th scope="col">{t.resolved}</th>
              <th scope="col">{t.understood}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <ConversationLink id={c.id} />
                </th>
                <td>{formatDateTime(c.startedAt, all)}</td>
                <td>{languageName(c.language, all.locale)}</td>
                <td>{topicLabel(c.topic, all) ?? '—'}</td>
                <td>{reasonLabel(c.reason, all) ?? '—'}</td>
                <td>{c.agentId ? (agents.get(c.agentId) ?? c.agentId) : t.unassigned}</td>
                <td>
                  <Mood mood={c.moodBefore} />
                </td>
                <td>
                  <Mood mood={c.moodAfter} />
                </td>
                <td class="num">{c.change === null ? '—' : c.change > 0 ? `+${c.change}` : String(c.change)}</td>
                <td>{c.resolved ? t.answer[c.resolved] : '—'}</td>
                <td>
                  {c.understood.length === 0 ? '—' : t.understoodAnswers(c.understood.filter(Boolean).length, c.understood.filter((u) => !u).length)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {data.conversations.length > rows.length && <p class="section-hint">{t.more(rows.length, data.conversations.length)}</p>}
    </section>
  )
}
