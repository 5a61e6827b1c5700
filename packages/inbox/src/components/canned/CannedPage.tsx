import { useState } from 'preact/hooks'
import { MAX_CANNED_REPLIES, type CannedReply, type CannedReplyRequest } from '@attune/protocol'
import { useAccountMessages } from '../../i18n/accounts-context.ts'
import { useCannedMessages } from '../../i18n/canned-context.ts'
import { refusedField, type CannedProblems } from '../../lib/canned-form.ts'
import { createCannedApi, type CannedApi } from '../../session/canned.ts'
import { Confirm } from '../accounts/Confirm.tsx'
import { failureText } from '../accounts/failure.ts'
import { ListEnd, useListEditing } from '../accounts/list-editing.tsx'
import { PageState } from '../accounts/PageState.tsx'
import { useLoad } from '../accounts/use-load.ts'
import { CannedForm } from './CannedForm.tsx'

interface Props {
  /** The same-origin endpoints when not given. */
  api?: CannedApi
}

/**
 * "Canned replies" (issue 14), for managers, admins and owners: the store's saved answers, each
 * added, edited, or deleted after a confirmation. Changes are announced; the focus stays where
 * the person works (the form when it opens; "Add" when it closes or a row goes, or the form if one is open).
 */
export function CannedPage({ api: given }: Props) {
  const all = useAccountMessages()
  const t = useCannedMessages()
  const [api] = useState(() => given ?? createCannedApi())
  const { loaded, retry, replace } = useLoad(api.list)
  const list = useListEditing<CannedReply>()
  const { setEditing, edited: old, setNote, closeForm, rowGone } = list
  const [confirming, setConfirming] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const replies = loaded.state === 'loaded' ? loaded.value : []

  async function save(request: CannedReplyRequest): Promise<CannedProblems | string | null> {
    const full = t.full(MAX_CANNED_REPLIES)
    // The list knows the count; the server refuses the same when another manager added one meanwhile.
    if (!old && replies.length >= MAX_CANNED_REPLIES) return full
    const result = old ? await api.update(old.id, request) : await api.create(request)
    // Besides a taken shortcut (under its field), an add's one 409 is the store's list full (canned.ts).
    if (!result.ok) return refusedField(result.error, request.shortcut, t.problems) ?? failureText(all, result.error, old ? {} : { conflict: full })
    const saved = result.value
    const others = replies.filter((r) => r.id !== saved.id)
    replace([...others, saved].sort((a, b) => (a.shortcut < b.shortcut ? -1 : 1)))
    setNote({ kind: 'status', text: (old ? t.saved : t.added)(saved.shortcut) })
    closeForm()
    return null
  }

  // The question closes and the row stays: the focus goes back to its "Delete".
  const backToRemove = (reply: CannedReply) => setTimeout(() => document.getElementById(`canned-remove-${reply.id}`)?.focus())

  async function remove(reply: CannedReply) {
    setBusy(true)
    const result = await api.remove(reply.id)
    setBusy(false)
    setConfirming(null)
    if (!result.ok) {
      backToRemove(reply)
      return setNote({ kind: 'error', text: failureText(all, result.error) })
    }
    replace(replies.filter((r) => r.id !== reply.id))
    rowGone(reply.id)
    setNote({ kind: 'status', text: t.removed(reply.shortcut) })
  }

  const cancelRemove = (reply: CannedReply) => {
    setConfirming(null)
    backToRemove(reply)
  }

  const row = (reply: CannedReply) => (
    <li key={reply.id}>
      <div class="greeting-row-text">
        <span>
          <code>/{reply.shortcut}</code> {reply.title}
        </span>
        <span class="settings-hint" lang={reply.language}>
          {reply.texts[reply.language]}
        </span>
        <span class="settings-hint">{t.languageCount(Object.keys(reply.texts).length)}</span>
      </div>
      <button type="button" class="button button-quiet" disabled={busy} onClick={() => (setNote(null), setEditing(reply))}>
        {t.edit}
        <span class="sr-only">{t.which(reply.shortcut)}</span>
      </button>
      <button
        id={`canned-remove-${reply.id}`}
        type="button"
        class="button button-quiet"
        disabled={busy}
        onClick={() => (setNote(null), setConfirming(reply.id))}
      >
        {t.remove}
        <span class="sr-only">{t.which(reply.shortcut)}</span>
      </button>
      {confirming === reply.id && (
        <Confirm
          id={`canned-confirm-${reply.id}`}
          question={t.confirm.question(reply.shortcut)}
          yes={t.confirm.yes}
          busy={busy}
          onYes={() => void remove(reply)}
          onCancel={() => cancelRemove(reply)}
        />
      )}
    </li>
  )

  return (
    <main class="settings account-page" aria-labelledby="canned-page-title">
      <h2 id="canned-page-title">{t.title}</h2>
      <section class="settings-form" aria-labelledby="canned-page-title">
        <p class="settings-hint">{t.hint}</p>
        <p class="settings-hint">{t.quickRepliesNote}</p>
        {loaded.state !== 'loaded' ? (
          <PageState loaded={loaded} onRetry={retry} />
        ) : replies.length === 0 ? (
          <p>{t.none}</p>
        ) : (
          <ul class="greeting-list canned-list" aria-labelledby="canned-page-title">
            {replies.map(row)}
          </ul>
        )}
        <ListEnd
          list={list}
          canAdd={loaded.state === 'loaded'}
          addLabel={t.add}
          form={(reply) => <CannedForm {...(reply ? { reply } : {})} save={save} onCancel={closeForm} />}
        />
      </section>
    </main>
  )
}
