import { useNotesMessages } from '../../i18n/notes-context.ts'

/** A list row's tags: chips to see, and "Tags: …" to hear, so they are not taken for the preview. */
export function RowTags({ tags }: { tags: readonly string[] }) {
  const t = useNotesMessages()
  if (tags.length === 0) return null
  return (
    <span class="conv-row-tags">
      <span class="sr-only">{t.rowTags(tags.join(', '))}</span>
      {tags.map((tag) => (
        <span key={tag} class="chip chip-tag" aria-hidden="true">
          {tag}
        </span>
      ))}
    </span>
  )
}
