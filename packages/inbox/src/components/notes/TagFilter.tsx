import type { ConversationSummary } from '@attune/protocol'
import { useEffect } from 'preact/hooks'
import type { InboxAgent } from '../../agent.ts'
import { useNotesMessages } from '../../i18n/notes-context.ts'
import { tagChoices } from '../../lib/notes-view.ts'
import { keep } from './notes-store.ts'

interface Props {
  /** Its private notes are kept as they arrive, for whichever conversation opens. */
  client: Pick<InboxAgent, 'on'>
  conversations: readonly ConversationSummary[]
  /** The tag shown; null: every conversation. */
  value: string | null
  onChange(tag: string | null): void
}

/**
 * The conversation list's "Tag" filter (issue 14): the tags on the listed conversations (a tag on
 * none of them would show an empty list), and the one chosen while no conversation has it. It
 * stands beside the list for as long as the conversations are shown, so it is also where the
 * store's private notes are heard (one listener, not one per component that shows notes).
 */
export function TagFilter({ client, conversations, value, onChange }: Props) {
  const t = useNotesMessages()
  useEffect(() => client.on('note', (note) => keep(note)), [client])
  const choices = tagChoices([...conversations.map((c) => c.tags), value ? [value] : []])
  return (
    <p class="tag-filter">
      <label for="tag-filter">{t.filter}</label>
      <select id="tag-filter" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{t.allTags}</option>
        {choices.map((tag) => (
          <option key={tag} value={tag}>
            {tag}
          </option>
        ))}
      </select>
    </p>
  )
}
