import { useEffect, useRef, useState } from 'preact/hooks'
import type { CannedReply } from '@attune/protocol'
import { useCannedMessages } from '../../i18n/canned-context.ts'
import { cannedContextOf, cannedText, insertCanned, matchCanned, shortcutAt, type CannedSource, type ShortcutQuery } from '../../lib/canned.ts'
import { createCannedApi, type CannedApi } from '../../session/canned.ts'
import { forgetWithSession } from '../../session/forget.ts'

interface Props {
  /** The reply box: the picker reads its caret and steers its keys while open. */
  box: { current: HTMLTextAreaElement | null }
  draft: string
  source: CannedSource
  /** Puts the new draft in the box, the caret at `caret`: inserted for editing, never sent. */
  onInsert(draft: string, caret: number): void
  /** The same-origin endpoint when not given. */
  api?: CannedApi
}

const LIST_ID = 'canned-listbox'
const optionId = (i: number) => `canned-option-${i}`

// The store's replies, kept between conversations and read again each time the list opens.
let known: CannedReply[] | null = null
forgetWithSession(() => (known = null))

/**
 * The `/shortcut` list of the reply box (issue 14), after the listbox of the WAI-ARIA combobox
 * pattern: the box keeps focus and its textbox role (a textarea may not be a combobox, and
 * aria-expanded is not a textbox's), names the list with aria-controls and the option in hand
 * with aria-activedescendant, and a polite status says how many match and which keys to use.
 * Up and Down move, Enter or Tab inserts, Escape closes until the next `/`.
 */
export function CannedPicker({ box, draft, source, onInsert, api: given }: Props) {
  const context = cannedContextOf(source)
  const t = useCannedMessages().picker
  const [api] = useState(() => given ?? createCannedApi())
  const [replies, setReplies] = useState<CannedReply[] | 'failed' | null>(known)
  const [at, setAt] = useState<ShortcutQuery | null>(null)
  const [active, setActive] = useState(0)
  const [dismissed, setDismissed] = useState<number | null>(null)
  const [said, setSaid] = useState('')
  const matches = at && Array.isArray(replies) ? matchCanned(replies, at.query) : []
  const open = at !== null && dismissed !== at.start
  const state = useRef({ open, matches, active, at })
  state.current = { open, matches, active, at }

  // Where the caret is decides the query: after typing, and after moving it with keys or a click.
  const follow = () => {
    const textarea = box.current
    const next = textarea ? shortcutAt(textarea.value, textarea.selectionStart ?? textarea.value.length) : null
    setAt((before) => (before?.start === next?.start && before?.query === next?.query ? before : next))
    if (next?.start !== state.current.at?.start || next?.query !== state.current.at?.query) setActive(0)
    if (next === null) setDismissed(null)
  }
  useEffect(follow, [draft])

  // Read again on each fresh `/`: a reply a manager just added is there.
  const start = at?.start ?? null
  useEffect(() => {
    if (start === null) return
    let live = true
    void api.list().then((result) => {
      if (!live) return
      if (result.ok) known = result.value
      setReplies(result.ok ? result.value : (known ?? 'failed'))
    })
    return () => {
      live = false
    }
  }, [start])

  function insert(reply: CannedReply) {
    const textarea = box.current
    const where = state.current.at
    if (!textarea || !where) return
    const { text } = cannedText(reply, context.language, context.values, context.voice)
    const next = insertCanned(textarea.value, where, text)
    onInsert(next.draft, next.caret)
    setSaid(t.inserted(reply.title))
  }

  // On the form, in the capture phase: a key the list takes never reaches the box (where Enter sends).
  useEffect(() => {
    const textarea = box.current
    const form = textarea?.form
    if (!textarea || !form) return
    const onKey = (e: KeyboardEvent) => {
      if (e.target !== textarea || e.isComposing) return
      const { open: isOpen, matches: list, active: current, at: where } = state.current
      if (!isOpen) return
      const take = () => (e.preventDefault(), e.stopPropagation())
      if (e.key === 'Escape') return (take(), setDismissed(where!.start))
      if (list.length === 0) return
      if (e.key === 'ArrowDown') return (take(), setActive((current + 1) % list.length))
      if (e.key === 'ArrowUp') return (take(), setActive((current - 1 + list.length) % list.length))
      if ((e.key === 'Enter' && !e.shiftKey) || (e.key === 'Tab' && !e.shiftKey)) return (take(), insert(list[current]!))
    }
    const onMove = (e: Event) => e.target === textarea && follow()
    const close = (e: Event) => e.target === textarea && setAt(null)
    form.addEventListener('keydown', onKey, true)
    form.addEventListener('keyup', onMove)
    form.addEventListener('click', onMove)
    form.addEventListener('focusout', close)
    return () => {
      form.removeEventListener('keydown', onKey, true)
      form.removeEventListener('keyup', onMove)
      form.removeEventListener('click', onMove)
      form.removeEventListener('focusout', close)
    }
  }, [box.current])

  // The box names the list and the option in hand while the list is open.
  const showing = open && matches.length > 0
  useEffect(() => {
    const textarea = box.current
    if (!textarea) return
    textarea.setAttribute('aria-autocomplete', 'list')
    if (showing) {
      textarea.setAttribute('aria-controls', LIST_ID)
      textarea.setAttribute('aria-activedescendant', optionId(Math.min(active, matches.length - 1)))
    } else {
      textarea.removeAttribute('aria-controls')
      textarea.removeAttribute('aria-activedescendant')
    }
  }, [showing, active, matches.length])
  useEffect(() => document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' }), [active, showing])

  const status = !open ? said : replies === null ? t.loading : replies === 'failed' ? t.failed : t.count(matches.length)
  return (
    <div class="canned-picker">
      {showing && (
        <ul id={LIST_ID} role="listbox" aria-label={t.label} class="canned-list-box">
          {matches.map((reply, i) => {
            const preview = cannedText(reply, context.language, context.values, context.voice)
            return (
              <li
                key={reply.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                class={i === active ? 'canned-option is-active' : 'canned-option'}
                // Pressed, not clicked: the box keeps its focus and caret.
                onMouseDown={(e) => (e.preventDefault(), insert(reply))}
              >
                <span class="canned-option-head">
                  <code>/{reply.shortcut}</code> {reply.title}
                </span>
                <span class="canned-option-text" lang={preview.language} dir="auto">
                  {preview.text}
                </span>
              </li>
            )
          })}
        </ul>
      )}
      <p class="sr-only" role="status">
        {status}
      </p>
    </div>
  )
}
