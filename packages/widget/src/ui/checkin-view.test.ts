import type { ActiveCheckIn, CheckInFields } from '@attune/core'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { en as later } from '../i18n/later/en.ts'
import { createTranslator } from '../i18n/t.ts'
import { afterSteps } from './after-steps.ts'
import {
  type CardContext,
  type CheckInSettings,
  checkInSettings,
  checkInView,
  DEFAULT_CHECKIN_SETTINGS,
  nextStep,
  thanksText,
} from './checkin-view.ts'

// The panel's English once the later words are in (ui/later-words.ts): every card's texts.
const t = createTranslator({ ...en, ...later }, { locale: 'en', dir: 'ltr' })
const card = (phase: ActiveCheckIn['phase'], answer: CheckInFields = {}): ActiveCheckIn => ({
  seq: 4,
  phase,
  trigger: phase === 'before' ? 'open' : phase === 'during' ? 'waiting' : 'end_chat',
  answer,
})
const ctx = (settings: Partial<CheckInSettings> = {}): CardContext => ({
  t,
  settings: { ...DEFAULT_CHECKIN_SETTINGS, ...settings },
  storeName: 'Demo Store',
  after: afterSteps,
})
const view = (active: ActiveCheckIn, settings?: Partial<CheckInSettings>) => checkInView(active, ctx(settings))!
const option = (active: ActiveCheckIn, value: string, settings?: Partial<CheckInSettings>) =>
  view(active, settings).step.options.find((o) => o.value === value)!

describe('the before card', () => {
  it('asks how the shopper feels on five labelled faces, and says why', () => {
    const v = view(card('before'))
    expect(v.step).toMatchObject({
      id: 'mood',
      layout: 'faces',
      legend: 'How are you feeling right now?',
      hint: 'So our team can help you better.',
    })
    expect(v.step.options.map((o) => [o.label, o.face])).toEqual([
      ['Very upset', 1],
      ['Upset', 2],
      ['Okay', 3],
      ['Good', 4],
      ['Very happy', 5],
    ])
    expect(v.announcement).toBe('Quick question: How are you feeling right now?')
  })

  it('an upset face leads to "What\'s behind it?", then the topic', () => {
    expect(option(card('before'), '2')).toMatchObject({ fields: { mood: 2 }, final: false })
    const reasons = view(card('before', { mood: 2 })).step
    expect(reasons).toMatchObject({ id: 'reason', layout: 'chips', legend: "What's behind it?" })
    expect(reasons.options.map((o) => o.label)).toEqual([
      'How I was treated',
      'The product or service',
      "Couldn't reach anyone",
      'The overall experience',
      'Something else',
    ])
    expect(option(card('before', { mood: 1 }), 'unreachable')).toMatchObject({
      fields: { reason: 'unreachable' },
      final: false,
    })
    expect(view(card('before', { mood: 1, reason: 'unreachable' })).step.id).toBe('topic')
  })

  it('an okay face goes straight to the optional topic, which ends the card', () => {
    expect(option(card('before'), '3')).toMatchObject({ fields: { mood: 3 }, final: false })
    const topics = view(card('before', { mood: 3 })).step
    expect(topics).toMatchObject({ id: 'topic', legend: 'What is it about?' })
    expect(topics.options.map((o) => o.label)).toEqual(['Order & delivery', 'A product', 'Returns & refunds', 'Payment', 'Something else'])
    expect(option(card('before', { mood: 3 }), 'returns')).toMatchObject({ fields: { topic: 'returns' }, final: true })
  })

  it("uses the store's topics, naming unknown ones from their id", () => {
    const topics = view(card('before', { mood: 4 }), { topics: ['order', 'sizing_fit'] }).step.options
    expect(topics.map((o) => o.label)).toEqual(['Order & delivery', 'Sizing fit'])
  })

  it('with no topics, a happy face ends the card and an upset one still asks the reason', () => {
    expect(option(card('before'), '5', { topics: [] }).final).toBe(true)
    expect(option(card('before'), '1', { topics: [] }).final).toBe(false)
    expect(option(card('before', { mood: 1 }), 'other', { topics: [] }).final).toBe(true)
  })
})

describe('the during card', () => {
  it('asks whether we understand, Yes or Not yet, in one final tap', () => {
    const v = view(card('during'))
    expect(v.step).toMatchObject({ id: 'understood', legend: 'Do you feel we understand what you need?' })
    expect(v.step.options.map((o) => [o.label, o.fields, o.final])).toEqual([
      ['Yes', { understood: true }, true],
      ['Not yet', { understood: false }, true],
    ])
  })
})

describe('the after card', () => {
  it('goes mood → resolved → comment when the effort item is off', () => {
    expect(view(card('after')).step).toMatchObject({ id: 'mood', legend: 'How are you feeling now?', hint: null })
    expect(option(card('after'), '4').final).toBe(false)
    const resolved = view(card('after', { mood: 4 })).step
    expect(resolved).toMatchObject({ id: 'resolved', legend: 'Was your question resolved?' })
    expect(resolved.options.map((o) => o.label)).toEqual(['Yes', 'Partly', 'No'])
    expect(view(card('after', { mood: 4, resolved: 'yes' })).step).toMatchObject({ id: 'comment', layout: 'comment' })
  })

  it('asks the effort item after "resolved" only when the store turned it on', () => {
    const on = { effortItem: true }
    expect(nextStep(card('after', { mood: 2, resolved: 'partly' }), ctx(on))).toBe('effort')
    expect(nextStep(card('after', { mood: 2, resolved: 'partly' }), ctx())).toBe('comment')
    const effort = view(card('after', { mood: 2, resolved: 'partly' }), on).step
    expect(effort).toMatchObject({
      id: 'effort',
      layout: 'scale',
      legend: 'Demo Store made it easy for me to handle my issue.',
      anchors: ['Strongly disagree', 'Strongly agree'],
    })
    expect(effort.options.map((o) => o.label)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(effort.options[0]).toMatchObject({ extra: 'Strongly disagree', fields: { effort: 1 }, final: false })
    expect(view(card('after', { mood: 2, resolved: 'partly', effort: 6 }), on).step.id).toBe('comment')
  })

  it('names the store generically when its name is not known yet', () => {
    const v = checkInView(card('after', { mood: 3, resolved: 'no' }), { ...ctx({ effortItem: true }), storeName: null })
    expect(v?.step.legend).toBe('The store made it easy for me to handle my issue.')
  })
})

describe('check-in settings and thanks', () => {
  it("defaults topics and the effort item until the store's details are here", () => {
    expect(checkInSettings(null)).toEqual(DEFAULT_CHECKIN_SETTINGS)
    const site = {
      name: 'Shop',
      checkIns: { moments: { before: true, during: true, after: true }, topics: ['a'], effortItem: true },
      uploads: { maxBytes: 1, types: [] },
      thaiVoice: 'female' as const,
    }
    expect(checkInSettings(site)).toMatchObject({ topics: ['a'], effortItem: true })
  })

  it('has no card for no check-in', () => {
    expect(checkInView(null, ctx())).toBeNull()
  })

  it('thanks only a shopper who answered something, and acknowledges "Not yet"', () => {
    expect(thanksText('before', {}, t)).toBeNull()
    expect(thanksText('during', { understood: false }, t)).toBe("Thanks for telling us — we've let the team know.")
    expect(thanksText('after', { mood: 5 }, t)).toBe('Thank you for your feedback. Take care!')
  })
})
