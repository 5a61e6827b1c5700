// Check-in cards as pure state → props (EMPATHY.md, "The three moments"). Which step a card is
// on follows from what the shopper has answered so far (core keeps it in `answer`), so a card
// survives a re-render, a panel close and reopen, without local step state.
import { type ActiveCheckIn, type CheckInFields, MOODS, type SiteInfo } from '@attune/core'
import type { MessageKey } from '../i18n/en.ts'
import type { Translate } from '../i18n/t.ts'
import type { AfterSteps } from './after-steps.ts'

type Mood = (typeof MOODS)[number]

/** The store's check-in settings as `$site` carries them (optional until the server sends them). */
export interface CheckInSettings {
  topics: readonly string[]
  effortItem: boolean
}

export const DEFAULT_CHECKIN_SETTINGS: CheckInSettings = {
  topics: ['order', 'product', 'returns', 'payment', 'other'],
  effortItem: false,
}

/** The store's check-in settings, or the defaults until its details are here. */
export const checkInSettings = (site: SiteInfo | null): CheckInSettings => site?.checkIns ?? DEFAULT_CHECKIN_SETTINGS

export type StepId = 'mood' | 'reason' | 'topic' | 'understood' | 'resolved' | 'effort' | 'comment'

export interface ChoiceOption {
  /** Unique within the step; the radio's value. */
  value: string
  /** Visible text; also the start of the accessible name (WCAG 2.5.3 label in name). */
  label: string
  /** Said after the label to screen readers only, e.g. the meaning of "1" on the effort scale. */
  extra: string | null
  /** A mood face to draw beside the label (decorative: the label names it). */
  face: Mood | null
  /** What choosing it answers. */
  fields: CheckInFields
  /** False while more steps follow: sent with `{ final: false }` and the card stays open. */
  final: boolean
}

export interface StepView {
  id: StepId
  /** How the options look: faces in a row, wrapping chips, or a numbered scale. */
  layout: 'faces' | 'chips' | 'scale' | 'comment'
  legend: string
  /** One line under the legend (why we ask), if any. */
  hint?: string | null
  options: ChoiceOption[]
  /** Visible ends of a numbered scale ("Strongly disagree" … "Strongly agree"), if it is one. */
  anchors?: [string, string]
}

export interface CardView {
  seq: number
  step: StepView
  /** Read out by the polite live region when the card appears. */
  announcement: string
}

const REASONS = ['treatment', 'product', 'unreachable', 'experience', 'other'] as const

/** Upset or very upset: ask what is behind it. */
const isUpset = (mood: number): boolean => mood <= 2

/** The step a card asks next, given the answers so far, or null when it has nothing more to ask. */
export function nextStep(active: ActiveCheckIn, ctx: Pick<CardContext, 'settings' | 'after'>): StepId | null {
  const a = active.answer
  if (active.phase === 'during') return a.understood === undefined ? 'understood' : null
  // Before, after and the follow-up all open with the faces; the follow-up is that one tap, asked
  // once more after an agent followed up (issue 16).
  if (a.mood === undefined) return 'mood'
  if (active.phase === 'before') {
    // The reason step comes only after an upset face.
    if (a.reason === undefined && isUpset(a.mood)) return 'reason'
    if (a.topic === undefined && ctx.settings.topics.length > 0) return 'topic'
  } else if (active.phase === 'after') {
    // Only an after card has more, and CheckIn draws one once its chunk has brought them.
    return ctx.after!.next(a, ctx.settings)
  }
  return null
}

/**
 * Each moment's question (its key names the phase as the wire does): the card's announcement, and
 * the legend of its first step (the faces, or during a chat whether we understood).
 */
const question = (phase: ActiveCheckIn['phase'], t: Translate): string => t(`checkin.${phase}.question`)

export interface CardContext {
  t: Translate
  settings: CheckInSettings
  storeName: string | null
  /** The after card's own steps, from its chunk (after-steps.ts): an after card is drawn once they are here. */
  after: AfterSteps | null
}

/** The card to draw for the active check-in, or null when it has nothing left to ask. */
export function checkInView(active: ActiveCheckIn | null, ctx: CardContext): CardView | null {
  if (!active) return null
  const id = nextStep(active, ctx)
  if (!id) return null
  const t = ctx.t
  return {
    seq: active.seq,
    step: stepView(id, active, ctx),
    announcement: t('checkin.announce', { question: question(active.phase, t) }),
  }
}

/** Makes one option of a step; whether choosing it ends the card follows from the answers so far. */
export type OptionOf = (value: string, label: string, fields: CheckInFields, face?: Mood | null, extra?: string | null) => ChoiceOption

function stepView(id: StepId, active: ActiveCheckIn, ctx: CardContext): StepView {
  const { t } = ctx
  const option: OptionOf = (value, label, fields, face = null, extra = null) => ({
    value,
    label,
    extra,
    face,
    fields,
    // Whether answering it leaves the card with nothing more to ask.
    final: !nextStep({ ...active, answer: { ...active.answer, ...fields } }, ctx),
  })
  switch (id) {
    case 'mood':
      return {
        id,
        layout: 'faces',
        legend: question(active.phase, t),
        hint: active.phase === 'before' ? t('checkin.before.why') : null,
        options: MOODS.map((m) => option(String(m), t(`mood.${m}`), { mood: m }, m)),
      }
    case 'reason':
      return {
        id,
        layout: 'chips',
        legend: t('checkin.reason.question'),
        options: REASONS.map((r) => option(r, t(`reason.${r}`), { reason: r })),
      }
    case 'topic':
      return {
        id,
        layout: 'chips',
        legend: t('checkin.topic.question'),
        options: ctx.settings.topics.map((id) => {
          // A default topic in the catalogs' words (they have words for those); "Sizing & fit" for a store's own topic: the id, made readable.
          const words = id.replace(/[_-]+/g, ' ').trim()
          const label = DEFAULT_CHECKIN_SETTINGS.topics.includes(id) ? t(`topic.${id}` as MessageKey) : words.charAt(0).toUpperCase() + words.slice(1)
          return option(id, label, { topic: id })
        }),
      }
    case 'understood':
      return {
        id,
        layout: 'chips',
        legend: question(active.phase, t),
        options: [option('yes', t('checkin.during.yes'), { understood: true }), option('not-yet', t('checkin.during.notYet'), { understood: false })],
      }
    default:
      // The after card's own steps, from its chunk (after-steps.ts).
      return { id, ...ctx.after![id](option, ctx) }
  }
}

/** The thank-you line after a card is done: only when the shopper answered something. */
export function thanksText(phase: ActiveCheckIn['phase'], answer: CheckInFields, t: Translate): string | null {
  if (Object.keys(answer).length === 0) return null
  if (phase === 'during') return t(answer.understood === false ? 'checkin.thanks.notUnderstood' : 'checkin.thanks.understood')
  return t(`checkin.thanks.${phase}`)
}
