import type { ComponentChildren } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'

/** What a list page last said: a change made (a status), one refused (an alert), or nothing yet. */
export type ListNote = { kind: 'status' | 'error'; text: string } | null

/**
 * A list page's editing (canned replies, greetings): the item its form edits (`'new'` to add
 * one), what the page last said, and the "Add" button the focus goes back to when the form closes.
 */
export function useListEditing<T extends { id: string }>() {
  const [editing, setEditing] = useState<'new' | T | null>(null)
  const [note, setNote] = useState<ListNote>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  const formArea = useRef<HTMLDivElement>(null)
  // Asked for by a change that takes the focused control away; done once the page shows the change.
  const [landing, setLanding] = useState<object | null>(null)
  useEffect(() => {
    if (landing) (addButton.current ?? formArea.current?.querySelector<HTMLElement>('input, select, textarea'))?.focus()
  }, [landing])
  const closeForm = () => {
    setEditing(null)
    setLanding({})
  }
  /**
   * A row went, and its buttons with it: the focus goes to "Add", or to the form open in its place
   * (WCAG 2.4.3), never to <body>. The form of the item that went closes: nothing is left to save.
   */
  const rowGone = (id: string) => {
    setEditing((current) => (current !== 'new' && current?.id === id ? null : current))
    setLanding({})
  }
  /** The item the open form changes; null when it adds one, or is closed. */
  const edited = editing !== 'new' && editing !== null ? editing : null
  return { editing, setEditing, edited, note, setNote, addButton, formArea, closeForm, rowGone }
}

type ListEndProps<T extends { id: string }> = {
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
        <div key={editing === 'new' ? 'new' : editing.id} ref={list.formArea} class="list-form">
          {form(list.edited)}
        </div>
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
