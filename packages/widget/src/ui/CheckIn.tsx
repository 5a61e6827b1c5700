import { h } from 'preact'
import type { CheckInFields } from '@attune/core'
import { useEffect, useRef, useState } from 'preact/hooks'
import { afterCardChunk, useChunk } from './chunk.ts'
import { type CardView, type ChoiceOption, checkInSettings, checkInView, thanksText } from './checkin-view.ts'
import { moodFace } from './MoodFace.tsx'
import { useLaterWords } from './later-words.ts'
import type { Translate } from '../i18n/t.ts'
import type { I18n, WidgetClient } from './types.ts'
import { useStore } from './use-store.ts'

export interface CheckInProps {
  client: WidgetClient
  i18n: I18n
  /** Called when the shopper finished or skipped a card and no thank-you line takes focus. */
  onDone: () => void
}

/**
 * The check-in card above the composer (EMPATHY.md). Never in the way: it does not take focus
 * when it appears (a polite live region announces it), the composer stays usable, Skip is on
 * every step.
 */
export function CheckIn({ client, i18n, onDone }: CheckInProps) {
  const active = useStore(client.$checkIn)
  // Every card but the before one asks with the words a chat reaches later, and shows once they are here.
  const later = useLaterWords(i18n, !!active && active.phase !== 'before')
  // The after card's comment and scale come in a chunk of their own, with those words.
  const after = useChunk(afterCardChunk, active?.phase === 'after')
  const texts = later ?? i18n
  const { t } = texts
  const site = useStore(client.$site)
  const timeline = useStore(client.$timeline)
  const settings = checkInSettings(site)
  const ready = active?.phase === 'before' || (later && (active?.phase !== 'after' || after))
  const view = ready ? checkInView(active, { t, settings, storeName: site?.name ?? null, after: after?.afterSteps ?? null }) : null
  const [thanks, setThanks] = useState<string | null>(null)
  // The card to announce: its words are read at render, so they follow a store voice that arrives late.
  const [announced, setAnnounced] = useState<number | null>(null)
  // Focus follows the shopper's own taps from step to step of a card, never the server's asking:
  // the seq of the card the shopper last acted on.
  const movedOn = useRef<number | null>(null)
  const thanksRef = useRef<HTMLParagraphElement>(null)
  const root = useRef<HTMLDivElement>(null)

  // The thank-you line goes when a new card comes or the chat moves on (a new message). If it
  // has focus, focus goes to the message box rather than being lost to the page; a new card
  // itself never takes focus.
  const clearThanks = () => {
    const el = thanksRef.current
    if (el && (el.getRootNode() as Document | ShadowRoot).activeElement === el) onDone()
    setThanks(null)
  }

  useEffect(() => {
    if (!view) return
    clearThanks()
    setAnnounced(view.seq)
  }, [view?.seq])

  useEffect(clearThanks, [timeline.length])

  // Each step the shopper moved on to takes focus on its first field.
  useEffect(() => {
    if (view && movedOn.current === view.seq) root.current?.querySelector<HTMLElement>('input, textarea')?.focus()
  }, [view?.seq, view?.step.id])

  // Thanks only ever follow the shopper's own answer, so focus may go there.
  useEffect(() => {
    if (thanks) thanksRef.current?.focus()
  }, [thanks])

  const finish = (text: string | null) => {
    setThanks(text)
    if (!text) onDone()
  }

  const answer = (fields: CheckInFields, final: boolean) => {
    if (!active) return
    movedOn.current = active.seq
    client.answerCheckIn(fields, { final })
    if (final) finish(thanksText(active.phase, { ...active.answer, ...fields }, t))
  }

  const skip = (forever: boolean) => {
    if (!active) return
    movedOn.current = active.seq
    client.skipCheckIn(forever ? { forever: true } : {})
    finish(forever ? null : thanksText(active.phase, active.answer, t))
  }

  return (
    <div ref={root} class="checkin">
      <p class="visually-hidden" role="status">
        {view && announced === view.seq ? view.announcement : ''}
      </p>
      {/* Kept until the effect above has moved focus off it, then cleared. */}
      {thanks && (
        <p ref={thanksRef} class="thanks" tabIndex={-1}>
          {thanks}
        </p>
      )}
      {view && <Card key={`${view.seq}-${view.step.id}`} view={view} t={t} onAnswer={answer} onSkip={skip} />}
    </div>
  )
}

interface CardProps {
  view: CardView
  t: Translate
  onAnswer: (fields: CheckInFields, final: boolean) => void
  onSkip: (forever: boolean) => void
}

function Card({ view, t, onAnswer, onSkip }: CardProps) {
  const { step } = view
  // The radios keep their own checked state (each step draws new ones); this is the checked
  // option, for "Next".
  const [selected, setSelected] = useState<ChoiceOption | null>(null)
  // Arrow keys move the checked radio natively and browsers report that as a click: between an
  // arrow's keydown and keyup a click only checks. Any other click (pointer, a screen reader's
  // activation) answers at once, and so do Enter and Space: each radio answers for its option.
  const arrowing = useRef(false)
  const id = `attune-ci-${view.seq}-${step.id}`

  const choose = (option: ChoiceOption) => onAnswer(option.fields, option.final)

  const actions = (
    <div class="ci-actions">
      {selected && (
        <button type="button" class="ci-next" onClick={() => choose(selected)}>
          {t(selected.final ? 'checkin.send' : 'checkin.next')}
        </button>
      )}
      {step.layout === 'comment' && (
        <button type="submit" class="ci-next">
          {t('checkin.send')}
        </button>
      )}
      <button type="button" class="ci-skip" onClick={() => onSkip(false)}>
        {t('checkin.skip')}
      </button>
      <button type="button" class="ci-never" onClick={() => onSkip(true)}>
        {t('checkin.never')}
      </button>
    </div>
  )

  if (step.layout === 'comment') {
    // Only an after card has one, and it draws once the after card's chunk is here (CheckIn).
    const after = afterCardChunk.loaded
    return after ? <after.CommentStep id={id} legend={step.legend} actions={actions} onAnswer={onAnswer} onSkip={onSkip} /> : null
  }

  return (
    <div class="card">
      <fieldset
        class="ci-step"
        aria-describedby={step.hint ? `${id}-hint` : undefined}
        onKeyDown={(event) => {
          if (event.key.startsWith('Arrow')) arrowing.current = true
        }}
        onKeyUp={(event) => {
          if (event.key.startsWith('Arrow')) arrowing.current = false
        }}
      >
        <legend class="ci-legend">{step.legend}</legend>
        {step.hint && (
          <p id={`${id}-hint`} class="ci-hint">
            {step.hint}
          </p>
        )}
        <div class={`ci-options ${step.layout}`}>
          {step.options.map((option) => (
            <label key={option.value} class="ci-option">
              <input
                type="radio"
                class="ci-radio"
                name={id}
                value={option.value}
                onKeyDown={(event) => {
                  // The focused option, checked or not.
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault()
                    choose(option)
                  }
                }}
                onClick={() => {
                  if (!arrowing.current) choose(option)
                }}
                // However it was checked (an arrow, a browser that moves the check without a click).
                onChange={() => setSelected(option)}
              />
              <span class="ci-choice">
                {option.face && moodFace(option.face)}
                <span class="ci-label">
                  {option.label}
                  {option.extra && <span class="visually-hidden">{` — ${option.extra}`}</span>}
                </span>
              </span>
            </label>
          ))}
        </div>
        {step.anchors && (
          // The scale's ends, for sighted shoppers; each radio already says its meaning.
          <p class="ci-anchors" aria-hidden="true">
            <span>{step.anchors[0]}</span>
            <span>{step.anchors[1]}</span>
          </p>
        )}
      </fieldset>
      {actions}
    </div>
  )
}
