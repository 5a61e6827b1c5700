import type { TimelineItem, VisitorEmailResponse } from '@attune/core'
import type { ComponentChildren, h as H } from 'preact'
import type { useState as UseState } from 'preact/hooks'
import { matchLocale } from '../i18n/catalogs.ts'
import { fill } from '../i18n/t.ts'
import { MAIL_WORDS } from '../i18n/mail/index.ts'
import type { MailWords } from '../i18n/mail/en.ts'
import type { I18n, WidgetClient } from './types.ts'

/** The cards wear the check-in card's look; the field is the composer's kind. */
export const css =
  '.mail-card input{box-sizing:border-box;width:100%;min-height:36px;margin-top:6px;padding:0 10px;border:1px solid var(--a-fieldBorder);border-radius:8px;background:var(--a-field);color:inherit;font:inherit}.mail-card .err{color:var(--a-danger,#b3261e)}'

/** Asked once on this device, answered or skipped: the ask never comes back (issue 15: "once"). */
const ASKED = 'attune:email-asked'
const remembered = () => {
  try {
    return localStorage.getItem(ASKED) !== null
  } catch {
    return false
  }
}
const remember = () => {
  try {
    localStorage.setItem(ASKED, '1')
  } catch {
    // Blocked storage: asked again on the next page, never lost.
  }
}

const noop = () => {}

/** A plausible address; the server checks it for real. */
export const looksLikeEmail = (text: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim())

/** The conversation as a text file's lines: "[time] who: text". */
export function transcriptText(timeline: readonly TimelineItem[], names: { you: string; agent: string }, time: (iso: string) => string): string {
  return timeline
    .filter((item) => item.kind === 'message' && item.text.trim())
    .map((item) => {
      const message = item as Extract<TimelineItem, { kind: 'message' }>
      const who = message.role === 'visitor' ? names.you : (message.authorName ?? names.agent)
      return `[${time(message.at)}] ${who}: ${message.text}`
    })
    .join('\n')
}

export interface MailCardsProps {
  h: typeof H
  useState: typeof UseState
  i18n: I18n
  client: WidgetClient
  timeline: readonly TimelineItem[]
  /** Nobody can answer now (view-model.ts `nobodyThere`): no agent online, or outside the store's hours. */
  nobodyThere: boolean
}

type Phase = 'form' | 'busy' | 'done' | 'invalid' | 'failed'

/**
 * The email ask when nobody is there, and the transcript at the end of a chat (issue 15). Drawn
 * with the panel's own `h` and `useState`, handed in, so this chunk imports no Preact (and moves
 * none of it out of the panel). Never takes focus; the result is announced (role=status/alert).
 */
export function MailCards(props: MailCardsProps) {
  const { h, useState, i18n, client } = props
  const words = MAIL_WORDS[matchLocale(i18n.locale)?.code ?? 'en'] ?? MAIL_WORDS.en!
  const [asked, setAsked] = useState(remembered)
  const [email, setEmail] = useState(() => {
    // Offered, not typed again: the address the store's page identified them with, else the one
    // they left before. Asked once, when the cards first show; what the shopper typed meanwhile wins.
    client.mail('visitor/email', {}).then((answer) => {
      const offer = (answer as VisitorEmailResponse | null)?.known ?? (answer as VisitorEmailResponse | null)?.email
      if (offer) setEmail((typed) => typed || offer)
    }, noop)
    return ''
  })
  const [phase, setPhase] = useState<Phase>('form')
  const [copy, setCopy] = useState(false)
  const { timeline } = props
  // The chat ended: offer the transcript. Nobody is there and the shopper has written: ask for an address (once).
  const ended = timeline[timeline.length - 1]?.kind === 'resolved'
  const ask = props.nobodyThere && timeline.some((item) => item.kind === 'message' && item.role === 'visitor')

  const submit = (send: (email: string) => Promise<unknown>) => (event: Event) => {
    event.preventDefault()
    if (!looksLikeEmail(email)) return setPhase('invalid')
    setPhase('busy')
    send(email.trim()).then(
      () => setPhase('done'),
      () => setPhase('failed'),
    )
  }
  const field = (id: string) => [
    h('label', { for: id, class: 'ci-hint' }, words.label),
    h('input', {
      id,
      type: 'email',
      autocomplete: 'email',
      value: email,
      'aria-invalid': phase === 'invalid' ? 'true' : undefined,
      'aria-describedby': phase === 'invalid' ? `${id}-err` : undefined,
      onInput: (event: Event) => setEmail((event.target as HTMLInputElement).value),
    }),
    phase === 'invalid' || phase === 'failed'
      ? h('p', { id: `${id}-err`, class: 'ci-hint err', role: 'alert' }, phase === 'invalid' ? words.invalid : words.failed)
      : null,
  ]

  if (ask && !ended && (!asked || phase === 'done')) {
    if (phase === 'done') return h('p', { class: 'card ci-hint', role: 'status' }, fill(words.saved, { email: email.trim() }, i18n.dir === 'rtl'))
    return h(
      'form',
      {
        class: 'card mail-card',
        'aria-labelledby': 'attune-ask-email',
        noValidate: true,
        onSubmit: submit((email) => client.mail('visitor/email', { email }).then(remember)),
      },
      h('p', { id: 'attune-ask-email', class: 'ci-legend' }, words.ask),
      ...field('attune-email'),
      h(
        'div',
        { class: 'ci-actions' },
        h('button', { type: 'submit', class: 'ci-next', disabled: phase === 'busy' }, words.send),
        h('button', { type: 'button', class: 'ci-skip', onClick: () => (remember(), setAsked(true)) }, words.skip),
      ),
    )
  }
  if (!ended) return null
  return transcriptCard(props, words, { copy, setCopy, phase, field, submit })
}

function transcriptCard(
  { h, i18n, client, timeline }: MailCardsProps,
  words: MailWords,
  state: {
    copy: boolean
    setCopy: (on: boolean) => void
    phase: Phase
    field: (id: string) => ComponentChildren[]
    submit: (send: (email: string) => Promise<unknown>) => (event: Event) => void
  },
) {
  const download = () => {
    const time = new Intl.DateTimeFormat(i18n.locale, { dateStyle: 'short', timeStyle: 'short' })
    const text = transcriptText(timeline, { you: i18n.t('author.you'), agent: i18n.t('author.agent') }, (iso) => time.format(new Date(iso)))
    const link = document.createElement('a')
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
    link.download = 'chat.txt'
    link.click()
    setTimeout(() => URL.revokeObjectURL(link.href), 1000)
  }
  return h(
    'section',
    { class: 'card mail-card', 'aria-labelledby': 'attune-transcript' },
    h('p', { id: 'attune-transcript', class: 'ci-legend' }, words.transcript),
    state.phase === 'done'
      ? h('p', { class: 'ci-hint', role: 'status' }, words.copySent)
      : state.copy
        ? h(
            'form',
            { noValidate: true, onSubmit: state.submit((email) => client.mail('transcript', { email })) },
            ...state.field('attune-copy-email'),
            h('div', { class: 'ci-actions' }, h('button', { type: 'submit', class: 'ci-next', disabled: state.phase === 'busy' }, words.emailCopy)),
          )
        : null,
    h(
      'div',
      { class: 'ci-actions' },
      h('button', { type: 'button', class: 'ci-skip', onClick: download }, words.download),
      state.copy ? null : h('button', { type: 'button', class: 'ci-skip', onClick: () => state.setCopy(true) }, words.emailCopy),
    ),
  )
}
