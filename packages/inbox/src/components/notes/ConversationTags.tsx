import { useStore } from '@nanostores/preact'
import { MAX_TAG_LENGTH, MAX_TAGS } from '@attune/protocol'
import { useEffect, useRef, useState } from 'preact/hooks'
import { useNotesMessages } from '../../i18n/notes-context.ts'
import { addTag, type TagProblem } from '../../lib/notes-view.ts'
import type { NotesApi } from '../../session/notes.ts'
import { $storeTags, apiOr, learnTags, loadStoreTags } from './notes-store.ts'

const NONE: readonly string[] = []

interface Props {
  conversationId: string
  /** The tags the list knows (kept live by the server's updates); none when absent. */
  tags?: readonly string[] | undefined
  api?: NotesApi | undefined
}

/**
 * The conversation's tags in its header (issue 14): each removable by its own labelled button,
 * and a box that adds one on Enter, suggesting the store's tags. Changes are announced.
 */
export function ConversationTags({ conversationId, tags = NONE, api }: Props) {
  const t = useNotesMessages()
  const calls = apiOr(api)
  const storeTags = useStore($storeTags)
  const [shown, setShown] = useState<readonly string[]>(tags)
  const [typed, setTyped] = useState('')
  const [status, setStatus] = useState('')
  const input = useRef<HTMLInputElement>(null)
  const problems: Record<TagProblem, string> = { empty: '', too_long: t.tooLong(MAX_TAG_LENGTH), too_many: t.tooMany(MAX_TAGS) }

  // Another agent's change arrives with the list's summary.
  useEffect(() => setShown(tags), [tags.join('\n')])
  useEffect(() => loadStoreTags(calls), [])

  async function save(next: string[], done: string) {
    const before = shown
    setShown(next)
    const result = await calls.setTags(conversationId, next)
    if (!result.ok) {
      setShown(before)
      return setStatus(t.tagsNotSaved)
    }
    setShown(result.value)
    learnTags(result.value)
    setStatus(done)
  }

  function add() {
    const result = addTag(shown, typed)
    if ('problem' in result) return setStatus(problems[result.problem])
    setTyped('')
    if (result.tags.length !== shown.length) void save(result.tags, t.tagAdded(result.tags.at(-1)!))
  }

  function remove(tag: string) {
    void save(
      shown.filter((s) => s !== tag),
      t.tagRemoved(tag),
    )
    // The pressed button goes away: keep the keyboard in the group.
    input.current?.focus()
  }

  return (
    <div class="conv-tags" role="group" aria-labelledby="conv-tags-title">
      <span id="conv-tags-title" class="conv-tags-title">
        {t.tags}
      </span>
      {shown.length > 0 && (
        <ul class="chips conv-tags-list">
          {shown.map((tag) => (
            <li key={tag} class="chip chip-tag">
              {tag}
              <button type="button" class="chip-remove" aria-label={t.removeTag(tag)} onClick={() => remove(tag)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="tag-add"
        onSubmit={(e) => {
          e.preventDefault()
          add()
        }}
      >
        <label for="tag-input" class="sr-only">
          {t.addTag}
        </label>
        <input
          id="tag-input"
          ref={input}
          class="tag-input"
          list="store-tags"
          value={typed}
          maxLength={MAX_TAG_LENGTH}
          placeholder={t.addTag}
          aria-describedby="tag-hint"
          autoComplete="off"
          onInput={(e) => setTyped(e.currentTarget.value)}
        />
        <datalist id="store-tags">
          {storeTags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
        <button type="submit" class="button button-quiet">
          {t.add}
        </button>
        <span id="tag-hint" class="sr-only">
          {t.addTagHint}
        </span>
      </form>
      <p class="tag-status" role="status">
        {status}
      </p>
    </div>
  )
}
