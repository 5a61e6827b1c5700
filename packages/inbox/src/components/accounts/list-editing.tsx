import { Fragment, type ComponentChildren } from 'preact'
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

type ListEndProps<T> = {
  list: ReturnType<typeof useListEditing<T>>
  /** Whether "Add" may show: the list is loaded. */
  canAdd: boolean
  addLabel: string
  /** The form, for the item it changes (null: a new one). */
  form(item: T | null): ComponentChildren
}

/**
 * A list page's end: the open form (a fresh one for each item), or else the "Add" button; then
 * its live regions.
 */
export function ListEnd<T extends { id: string }>({ list, canAdd, addLabel, form }: ListEndProps<T>) {
  const { editing, note } = list
  return (
    <>
      {editing ? (
        <Fragment key={editing === 'new' ? 'new' : editing.id}>{form(list.edited)}</Fragment>
      ) : (
        canAdd && (
          <div>
            <button ref={list.addButton} type="button" class="button" onClick={() => (list.setNote(null), list.setEditing('new'))}>
              {addLabel}
            </button>
          </div>
        )
      )}
      <PageNotes note={note} />
    </>
  )
}

/** A page's two live regions, always in it so that what lands in them is announced. */
export function PageNotes({ note }: { note: ListNote }) {
  return (
    <>
      <p class="settings-error" role="alert">
        {note?.kind === 'error' ? note.text : ''}
      </p>
      <p class="settings-status" role="status">
        {note?.kind === 'status' ? note.text : ''}
      </p>
    </>
  )
}
