import type { TimelineItem, VisitorEmailResponse } from '@attune/core'
import { h } from 'preact'
import { useState } from 'preact/hooks'
import { matchLocale } from '../i18n/catalogs.ts'
import { fill } from '../i18n/t.ts'
import { MAIL_WORDS } from '../i18n/mail/index.ts'
import type { MailWords } from '../i18n/mail/en.ts'
import type { I18n, WidgetClient } from './types.ts'

/**
 * The cards wear the check-in card's look; the field is the composer's kind. Their heading is a
 * paragraph, with a paragraph's margins (the widget's sheet takes the browser's away). A button busy
 * with the server (aria-disabled, which keeps its focus) looks it: dimmed, with the progress cursor.
 */
export const css =
  '.mail-card input{width:100%;min-height:36px;margin-top:6px;padding:0 10px;border:1px solid var(--a-fieldBorder);border-radius:8px;background:var(--a-field)}.mail-card .ci-legend{margin:1em 0}.mail-card .err{color:var(--a-danger,#b3261e)}.mail-card [aria-disabled=true]{opacity:.6;cursor:progress}'

/** Asked once on this device, answered or skipped: the ask never comes back (issue 15: "once"). */
const ASKED = 'attune:email-asked'
const remembered = () => {
  try {
    return !!localStorage.getItem(ASKED)
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

export interface MailCardsProps {
  i18n: I18n
  client: WidgetClient
  timeline: readonly TimelineItem[]
  /** Nobody can answer now (view-model.ts `nobodyThere`): no agent online, or outside the store's hours. */
  nobodyThere: boolean
  /**
   * Puts focus in the message box (Composer.tsx `focusMessageBox`), where it goes when the control
   * that had it goes away. Handed in: importing the Composer would split the panel's Preact out.
   */
  focusComposer: () => void
}

/** Where one card's address stands: being typed, on its way, taken, or refused (not an address, or failed). */
type Phase = 'form' | 'busy' | 'done' | 'invalid' | 'failed'
type PhaseState = [phase: Phase, setPhase: (phase: Phase) => void]

/** This card's words in the panel's language and, for Thai, the store's voice (ครับ, or no particle), as told-us.ts speaks its own. */
function wordsFor({ locale, speak }: I18n): MailWords {
  const words = MAIL_WORDS[matchLocale(locale)?.code ?? 'en'] ?? MAIL_WORDS.en!
  // Spoken whole, as one JSON text: keys are Latin, and JSON's quote ends a particle as a space would.
  return speak ? (JSON.parse(speak(JSON.stringify(words))) as MailWords) : words
}

/** Focus where the shopper asked for it: on the copy's address field as it opens. Module-level, so one ref: Preact calls it once, on mount. */
const focusOnMount = (field: HTMLInputElement | null) => field?.focus()

/**
 * The email ask when nobody is there, and the transcript at the end of a chat (issue 15). Its
 * Preact is the panel's: like the rich and upload chunks, it imports it from the panel's chunk,
 * which only it reaches. It takes focus only to keep it: a pressed control that goes away
 * hands it to the message box (Composer.tsx), never to the page's <body> (WCAG 2.4.3). The
 * result is announced (role=status/alert).
 */
export function MailCards(props: MailCardsProps) {
  const { i18n, client } = props
  const words = wordsFor(i18n)
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
  // One state per card: the address left with the ask is not a transcript sent (the copy's is
  // null until "Email me a copy" opens its field).
  const [askPhase, setAskPhase] = useState<Phase>('form')
  const [copyPhase, setCopyPhase] = useState<Phase | null>(null)
  // The download's own: null until tapped, busy while the server writes the text, failed if it did not.
  const [downloadPhase, setDownloadPhase] = useState<'busy' | 'failed' | null>(null)
  const { timeline } = props
  // The chat ended: offer the transcript. Nobody is there and the shopper has written: ask for an address (once).
  const ended = timeline.at(-1)?.kind === 'resolved'
  const ask = props.nobodyThere && timeline.some((item) => item.kind === 'message' && item.role === 'visitor')
  // A chat of this page view that ends later gets a card of its own: what was done with this one's
  // (a copy sent, a download that failed) goes once a new chat starts. Set while drawing (nothing
  // when already null), which Preact takes by drawing again at once (preactjs/preact#2553).
  if (!ended) {
    setCopyPhase(null)
    setDownloadPhase(null)
  }

  const submit =
    ([phase, setPhase]: PhaseState, send: (email: string) => Promise<unknown>) =>
    (event: Event) => {
      event.preventDefault()
      const form = event.currentTarget as HTMLFormElement
      if (phase === 'busy') return
      if (!looksLikeEmail(email)) return setPhase('invalid')
      setPhase('busy')
      send(email.trim()).then(
        () => {
          // The form gives way to its thanks: focus still in the panel (the shopper did not move on to
          // the page meanwhile) goes to the message box.
          if ((form.getRootNode() as ShadowRoot).activeElement) props.focusComposer()
          setPhase('done')
        },
        // The server checks an address for real (ann.@x.com passes looksLikeEmail): say what it refused.
        (error: { code?: string }) => setPhase(error?.code === 'invalid_input' ? 'invalid' : 'failed'),
      )
    }
  // The whole chat, written by the server (a long one's earlier pages may never have been on screen): or nothing, and the shopper is told.
  const download = () => {
    if (downloadPhase === 'busy') return
    setDownloadPhase('busy')
    transcriptTextOf(client)
      .then(({ text }) => saveTranscript(text))
      .then(
        () => setDownloadPhase(null),
        () => setDownloadPhase('failed'),
      )
  }
  const field = (id: string, phase: Phase, ref?: typeof focusOnMount) => [
    h('label', { for: id, class: 'ci-hint' }, words.label),
    h('input', {
      id,
      ref,
      type: 'email',
      autocomplete: 'email',
      value: email,
      'aria-invalid': phase === 'invalid',
      'aria-describedby': phase === 'invalid' ? `${id}-err` : undefined,
      onInput: (event: Event) => setEmail((event.target as HTMLInputElement).value),
    }),
    phase === 'invalid' || phase === 'failed'
      ? h('p', { id: `${id}-err`, class: 'ci-hint err', role: 'alert' }, phase === 'invalid' ? words.invalid : words.failed)
      : null,
  ]

  if (ask && !ended && (!asked || askPhase === 'done')) {
    if (askPhase === 'done') return h('p', { class: 'card ci-hint', role: 'status' }, fill(words.saved, { email: email.trim() }, i18n.dir === 'rtl'))
    return h(
      'form',
      {
        class: 'card mail-card',
        'aria-labelledby': 'attune-ask-email',
        noValidate: true,
        onSubmit: submit([askPhase, setAskPhase], (email) => client.mail('visitor/email', { email }).then(remember)),
      },
      h('p', { id: 'attune-ask-email', class: 'ci-legend' }, words.ask),
      ...field('attune-email', askPhase),
      // A form's button submits. Busy: aria-disabled, not disabled, which would drop the focus it holds
      // (Chrome's focus fixup, whatwg/html#1972).
      h(
        'div',
        { class: 'ci-actions' },
        h('button', { class: 'ci-next', 'aria-disabled': askPhase === 'busy' }, words.send),
        h(
          'button',
          {
            type: 'button',
            class: 'ci-skip',
            onClick: () => (props.focusComposer(), remember(), setAsked(true)),
          },
          words.skip,
        ),
      ),
    )
  }
  if (!ended) return null
  return h(
    'section',
    { class: 'card mail-card', 'aria-labelledby': 'attune-transcript' },
    h('p', { id: 'attune-transcript', class: 'ci-legend' }, words.transcript),
    copyPhase === 'done'
      ? h('p', { class: 'ci-hint', role: 'status' }, words.copySent)
      : copyPhase
        ? h(
            'form',
            { noValidate: true, onSubmit: submit([copyPhase, setCopyPhase], (email) => client.mail('transcript', { email })) },
            ...field('attune-copy-email', copyPhase, focusOnMount),
            h('div', { class: 'ci-actions' }, h('button', { class: 'ci-next', 'aria-disabled': copyPhase === 'busy' }, words.emailCopy)),
          )
        : null,
    downloadPhase === 'failed' ? h('p', { id: 'attune-download-err', class: 'ci-hint err', role: 'alert' }, words.downloadFailed) : null,
    h(
      'div',
      { class: 'ci-actions' },
      // Busy while the server writes the text: aria-disabled keeps the focus (as the forms' buttons do), and a second tap waits.
      h(
        'button',
        {
          class: 'ci-skip',
          'aria-disabled': downloadPhase === 'busy',
          'aria-describedby': downloadPhase === 'failed' ? 'attune-download-err' : undefined,
          onClick: download,
        },
        words.download,
      ),
      copyPhase ? null : h('button', { class: 'ci-skip', onClick: () => setCopyPhase('form') }, words.emailCopy),
    ),
  )
}

/**
 * The text of the chat whose lines end the timeline, whole, from the server (mail-api.ts): written
 * as the copy by email is, its times in the shopper's time zone. Core's mail call names that chat,
 * the ended one also once the server opened the next, as it does for the copy. The answer is
 * protocol's `TranscriptTextResponse`.
 */
const transcriptTextOf = (client: Pick<WidgetClient, 'mail'>) =>
  client.mail('transcript/text', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }) as Promise<{ text: string }>

/** The transcript as chat.txt. */
function saveTranscript(text: string) {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }))
  link.download = 'chat.txt'
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 1000)
}
