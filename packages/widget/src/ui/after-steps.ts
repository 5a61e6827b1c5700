// The after card's own steps as pure state → props (EMPATHY.md, "after"): whether the question was
// resolved, and how easy the store made it (when the store asks). They come with the after card's
// chunk (after-card.tsx), which CheckIn fetches when an after card comes: a chat that never gets
// there never loads them. The steps every card shares are in checkin-view.ts.
import type { CardContext, OptionOf, StepView } from './checkin-view.ts'

/** What a step draws, over its base (its id, no hint, no anchors). */
type AfterStep = (option: OptionOf, ctx: CardContext) => Pick<StepView, 'layout' | 'legend' | 'options'> & Partial<StepView>

const RESOLVED = ['yes', 'partly', 'no'] as const
const EFFORT = [1, 2, 3, 4, 5, 6, 7] as const

export const afterSteps: Record<'resolved' | 'effort', AfterStep> = {
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
}

export type AfterSteps = typeof afterSteps
