import type { ComponentChildren, RefObject } from 'preact'
import { useRef, useState } from 'preact/hooks'

/** What a list page last said: a change made (a status), one refused (an alert), or nothing yet. */
export type ListNote = { kind: 'status' | 'error'; text: string } | null

/**
 * A list page's editing (canned replies, greetings): the item its form edits (`'new'` to add
 * one), what the page last said, and the "Add" button the focus goes back to when the form closes.
 */
export function useListEditing<T>() {
  const [editing, setEditing] = useState<'new' | T | null>(null)
  const [note, setNote] = useState<ListNote>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const closeForm = () => {
    setEditing(null)
    setTimeout(() => addButton.current?.focus())
  }
  /** The item the open form changes; null when it adds one, or is closed. */
  const edited = editing !== 'new' && editing !== null ? editing : null
  return { editing, setEditing, edited, note, setNote, addButton, closeForm }
}

type ListEndProps = {
  /** The open form, if one is. */
  form: ComponentChildren
  /** Whether "Add" may show: the list is loaded. */
  canAdd: boolean
  addButton: RefObject<HTMLButtonElement>
  addLabel: string
  onAdd(): void
  note: ListNote
}

/**
 * A list page's end: the open form, or else the "Add" button; then its two live regions, always
 * in the page so that what lands in them is announced.
 */
export function ListEnd({ form, canAdd, addButton, addLabel, onAdd, note }: ListEndProps) {
  return (
    <>
      {form ||
        (canAdd && (
          <div>
            <button ref={addButton} type="button" class="button" onClick={onAdd}>
              {addLabel}
            </button>
          </div>
        ))}
      <p class="settings-error" role="alert">
        {note?.kind === 'error' ? note.text : ''}
      </p>
      <p class="settings-status" role="status">
        {note?.kind === 'status' ? note.text : ''}
      </p>
    </>
  )
}
