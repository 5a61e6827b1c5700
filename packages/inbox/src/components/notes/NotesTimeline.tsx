import { useStore } from '@nanostores/preact'
import { useEffect, useState } from 'preact/hooks'
import type { TimelineItem } from '../../agent.ts'
import { useNotesMessages } from '../../i18n/notes-context.ts'
import { noteEntries, withNotes } from '../../lib/notes-view.ts'
import type { NotesApi } from '../../session/notes.ts'
import { CareTimeline } from '../care/CareTimeline.tsx'
import type { CareMarks } from '../care/marks.ts'
import type { TimelineProps } from '../Timeline.tsx'
import { withWhyNotSent } from './not-sent.ts'
import { apiOr, keep, notesOf } from './notes-store.ts'

interface Props extends TimelineProps {
  conversationId: string
  items: readonly TimelineItem[]
  marks: CareMarks
  clock: (iso: string) => string
  api?: NotesApi | undefined
}

/**
 * The conversation's timeline with its private notes among the messages by time (issue 14), agent
 * care's marks, and why a reply was not sent. Notes written before are loaded; new ones arrive
 * through TagFilter's ear.
 */
export function NotesTimeline({ conversationId, api, ...timeline }: Props) {
  const t = useNotesMessages()
  const notes = useStore(notesOf(conversationId))
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let live = true
    void apiOr(api)
      .list(conversationId)
      .then((result) => {
        if (!live) return
        if (result.ok) keep(...result.value)
        else setFailed(true)
      })
    return () => {
      live = false
    }
  }, [conversationId])

  const entries = noteEntries(notes, t.noteBy, timeline.clock)
  return (
    <>
      <CareTimeline
        {...timeline}
        entries={withWhyNotSent(timeline.entries, timeline.items, t.notSent)}
        withNotes={(logged) => withNotes(logged, entries)}
      />
      {failed && (
        <p class="notes-failed" role="alert">
          {t.loadFailed}
        </p>
      )}
    </>
  )
}
