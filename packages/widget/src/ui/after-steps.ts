// The after card's own steps as pure state → props (EMPATHY.md, "after"): which one to ask next
// and what each draws: whether the question was resolved, how easy the store made it (when
// the store asks) and an optional comment. They come with the after card's chunk (after-card.tsx),
// which CheckIn fetches when an after card comes: a chat that never gets there never loads them.
// The steps every card shares are in checkin-view.ts.
import type { CheckInFields } from '@attune/core'
import type { CardContext, CheckInSettings, OptionOf, StepView } from './checkin-view.ts'

type AfterStepId = 'resolved' | 'effort' | 'comment'

/** What a step draws, but its id. */
type AfterStep = (option: OptionOf, ctx: CardContext) => Omit<StepView, 'id'>

const RESOLVED = ['yes', 'partly', 'no'] as const
const EFFORT = [1, 2, 3, 4, 5, 6, 7] as const

export const afterSteps: Record<AfterStepId, AfterStep> & { next: typeof next } = {
  next,
  resolved: (option, { t }) => ({
    layout: 'chips',
    legend: t('checkin.resolved.question'),
    options: RESOLVED.map((r) => option(r, t(`resolved.${r}`), { resolved: r })),
  }),
  effort: (option, { t, storeName }) => ({
    layout: 'scale',
    legend: t('checkin.effort.question', { store: storeName ?? t('checkin.effort.storeFallback') }),
    anchors: [t('effort.1'), t('effort.7')],
    options: EFFORT.map((n) => option(String(n), String(n), { effort: n }, null, t(`effort.${n}`))),
  }),
  comment: (_option, { t }) => ({ layout: 'comment', legend: t('checkin.comment.label'), options: [] }),
}

/** The step after the faces to ask next, given the answers so far, or null when none is left. */
function next(a: CheckInFields, settings: CheckInSettings): AfterStepId | null {
  if (a.resolved === undefined) return 'resolved'
  if (a.effort === undefined && settings.effortItem) return 'effort'
  if (a.comment === undefined) return 'comment'
  return null
}

export type AfterSteps = typeof afterSteps
