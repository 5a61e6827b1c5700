import { useState } from 'preact/hooks'
import { MAX_GREETINGS, type Greeting, type GreetingRequest } from '@attune/protocol'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { useGreetingMessages } from '../../i18n/greetings-context.ts'
import { summaryOf } from '../../lib/greeting-form.ts'
import { createGreetingsApi, type GreetingsApi } from '../../session/greetings.ts'
import { failureText } from '../accounts/failure.ts'
import { ListEnd, useListEditing } from '../accounts/list-editing.tsx'
import { useLoad } from '../accounts/use-load.ts'
import { GreetingForm } from './GreetingForm.tsx'

interface Props {
  /** The same-origin endpoints when not given. */
  api?: GreetingsApi
}

/** The greeting's text in its main language: how the list names it. */
const nameOf = (greeting: Greeting) => greeting.texts[greeting.language] ?? ''

/**
 * Proactive greetings (issue 15) on the Store page: the list, each turned on or off as it is
 * ticked, and a form to add or edit one. Changes are announced; the focus stays where the person
 * works (the form when it opens, the "Add" button when it closes).
 */
export function Greetings({ api: given }: Props) {
  const all = useAccountMessages()
  const t = useGreetingMessages()
  const [api] = useState(() => given ?? createGreetingsApi())
  const { loaded, replace } = useLoad(api.list)
  const list = useListEditing<Greeting>()
  const { setEditing, edited: editingOne, setNote, closeForm, rowGone } = list
  const [busy, setBusy] = useState(false)
  const greetings = loaded.state === 'loaded' ? loaded.value : []

  async function save(request: GreetingRequest): Promise<string | null> {
    // The list knows the count; the server's 409 says the same when another admin added one meanwhile.
    if (!editingOne && greetings.length >= MAX_GREETINGS) return t.full(MAX_GREETINGS)
    const result = editingOne ? await api.update(editingOne.id, request) : await api.create(request)
    if (!result.ok) return failureText(all, result.error, { conflict: t.full(MAX_GREETINGS) })
    replace(editingOne ? greetings.map((g) => (g.id === result.value.id ? result.value : g)) : [...greetings, result.value])
    setNote({ kind: 'status', text: editingOne ? t.saved : t.added })
    closeForm()
    return null
  }

  /**
   * Makes a change on the server. The list shows it at once (a ticked box stays ticked while it is
   * saved) and goes back, with the reason, if the server refuses it.
   */
  async function change(run: () => Promise<{ ok: boolean; error?: Parameters<typeof failureText>[1] }>, after: Greeting[], done: string) {
    if (busy) return
    const before = greetings
    setBusy(true)
    replace(after)
    const result = await run()
    setBusy(false)
    if (!result.ok) {
      replace(before)
      return setNote({ kind: 'error', text: failureText(all, result.error!) })
    }
    setNote({ kind: 'status', text: done })
  }

  const toggle = (greeting: Greeting, enabled: boolean) => {
    const next = { ...greeting, enabled }
    const { id: _, ...request } = next
    void change(
      () => api.update(greeting.id, request),
      greetings.map((g) => (g.id === greeting.id ? next : g)),
      (enabled ? t.turnedOn : t.turnedOff)(nameOf(greeting)),
    )
  }

  const remove = (greeting: Greeting) => {
    rowGone(greeting.id)
    void change(
      () => api.remove(greeting.id),
      greetings.filter((g) => g.id !== greeting.id),
      t.removed(nameOf(greeting)),
    )
  }

  return (
    <section class="settings-form" aria-labelledby="greetings-title">
      <h3 id="greetings-title">{t.title}</h3>
      <p class="settings-hint">{t.hint}</p>
      {loaded.state === 'failed' && <p class="settings-error">{t.loadFailed}</p>}
      {loaded.state === 'loaded' &&
        (greetings.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul class="greeting-list" aria-labelledby="greetings-title">
            {greetings.map((greeting) => (
              <li key={greeting.id}>
                <div class="greeting-row-text">
                  <span lang={greeting.language}>{nameOf(greeting)}</span>
                  <span class="settings-hint">{summaryOf(greeting.condition, t.summary)}</span>
                </div>
                <label class="greeting-on">
                  <input type="checkbox" checked={greeting.enabled} disabled={busy} onChange={(e) => toggle(greeting, e.currentTarget.checked)} />
                  {t.on}
                  <span class="sr-only">{t.which(nameOf(greeting))}</span>
                </label>
                <button type="button" class="button button-quiet" disabled={busy} onClick={() => setEditing(greeting)}>
                  {t.edit}
                  <span class="sr-only">{t.which(nameOf(greeting))}</span>
                </button>
                <button type="button" class="button button-quiet" disabled={busy} onClick={() => remove(greeting)}>
                  {t.remove}
                  <span class="sr-only">{t.which(nameOf(greeting))}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
      <ListEnd
        list={list}
        canAdd={loaded.state === 'loaded'}
        addLabel={t.add}
        form={(greeting) => <GreetingForm {...(greeting ? { greeting } : {})} save={save} onCancel={closeForm} />}
      />
    </section>
  )
}
