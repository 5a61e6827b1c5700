import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type { EmpathyCardView } from '../lib/empathy-card.ts'
import type { ShopperContextView } from '../lib/shopper-context.ts'
import { useMessages } from '../i18n/context.ts'
import { MoodFace } from './MoodFace.tsx'
import { ShopperContextFacts } from './ShopperContextFacts.tsx'

interface Props {
  view: EmpathyCardView
  /** The shopper's page and the store's attributes, when the store sends them. */
  context?: ShopperContextView | undefined
  /** The shopper's earlier chats (ShopperHistory), under the facts of this one. */
  history?: ComponentChildren
}

/**
 * How the shopper feels, beside the conversation (EMPATHY.md, "What the agent sees"). The
 * alert region is always in the DOM and filled when "Not yet" arrives, so screen readers
 * announce it once, when it appears (WCAG 4.1.3).
 *
 * Where the card sits above the messages (tablets, phones), it shows the mood, the signal and
 * any complaint risk, and "Details" opens the rest (WAI-ARIA Authoring Practices, Disclosure);
 * the stylesheet shows the button and folds the card only there, by the button's aria-expanded.
 * The alert and the pending check-in stay in sight, folded or not.
 */
export function EmpathyCard({ view, context, history }: Props) {
  const t = useMessages().card
  const [open, setOpen] = useState(false)
  return (
    // tabIndex: the card scrolls on small screens; keyboard users must reach it too (WCAG 2.1.1).
    <aside class="empathy-card" aria-labelledby="empathy-title" tabIndex={0}>
      <h3 id="empathy-title" class="empathy-title">
        {t.title}
      </h3>
      <button type="button" class="button empathy-toggle" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t.details}
      </button>
      <div role="alert" class="empathy-alert-slot">
        {view.notYet && (
          <div class="empathy-alert">
            <p class="empathy-alert-title">{t.notYet}</p>
            <p class="empathy-alert-hint">{t.notYetHint}</p>
          </div>
        )}
      </div>
      <dl class="empathy-facts">
        <div class="empathy-fact empathy-mood">
          <dt>{t.mood}</dt>
          <dd>
            {view.mood !== null && <MoodFace mood={view.mood} size={28} />}
            <span class={view.mood === null ? 'muted' : 'empathy-mood-label'}>{view.moodText}</span>
            {view.understood && <span class="empathy-understood">{t.understood}</span>}
          </dd>
        </div>
        <div class="empathy-fact">
          <dt>{t.trend}</dt>
          <dd>
            {view.trend ? (
              <span class="empathy-trend">
                <span class="sr-only">{view.trend.spoken}</span>
                <span class="empathy-trend-visual" aria-hidden="true">
                  <MoodFace mood={view.trend.before} size={20} /> {view.trend.from} <span class="trend-arrow">→</span>{' '}
                  <MoodFace mood={view.trend.now} size={20} /> {view.trend.to}
                </span>{' '}
                {/* data-sign: 1 better, -1 worse, 0 the same (the stylesheet's colours). */}
                <span class="trend-change" data-sign={Math.sign(view.trend.now - view.trend.before)}>
                  ({view.trend.change})
                </span>
              </span>
            ) : (
              <span class="muted">—</span>
            )}
          </dd>
        </div>
        <div class="empathy-fact">
          <dt>{t.reason}</dt>
          <dd>{view.reason}</dd>
        </div>
        <div class="empathy-fact">
          <dt>{t.topic}</dt>
          <dd>{view.topic}</dd>
        </div>
        <div class="empathy-fact">
          <dt>{t.signal}</dt>
          <dd>
            <span class={`signal-badge signal-${view.signal.level}`}>{view.signal.label}</span> <span class="empathy-cues">{view.signal.cues}</span>
          </dd>
        </div>
        {view.complaint && (
          <div class="empathy-fact empathy-complaint">
            <dt>{t.complaint}</dt>
            <dd>
              <span class="complaint-badge">{view.complaint}</span>
            </dd>
          </div>
        )}
        <div class="empathy-fact">
          <dt>{t.waiting}</dt>
          <dd>{view.waiting}</dd>
        </div>
        {view.comment && (
          <div class="empathy-fact empathy-comment">
            <dt>{t.comment}</dt>
            <dd dir="auto">“{view.comment}”</dd>
          </div>
        )}
      </dl>
      {context && <ShopperContextFacts view={context} />}
      {history}
      {/* Not a live region: the note beside "Check in" tells screen readers, once (ConversationView). */}
      <p class="empathy-pending">{view.pending ?? ''}</p>
    </aside>
  )
}
