import { useStore } from '@nanostores/preact'
import { atom, type WritableAtom } from 'nanostores'
import type { ComponentChildren } from 'preact'
import type { ConversationSummary } from '@attune/protocol'
import { useEffect, useState } from 'preact/hooks'
import type { InboxAgent, WelcomeAgent } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { toConversationRows, type ConversationRow } from '../lib/conversation-rows.ts'
import { useLazyCare } from './care/lazy.ts'
import { MoodFace } from './MoodFace.tsx'
import { useNow } from './use-now.ts'

interface Props {
  client: InboxAgent
  selectedId: string | null
  onSelect(id: string, label: string): void
  /** Shoppers whose data was just deleted: their rows leave at once, before the server says so. */
  hiddenVisitors?: ReadonlySet<string>
  /** Only the conversations with this tag (issue 14); null or absent: all. */
  tag?: string | null
  /** The view's rule (issue 14's Mine, Unassigned, All): rows it leaves out are not listed. */
  visible?: (conversation: ConversationSummary) => boolean
  /** Beside each row (by its conversation's id): who holds it, or "Take". */
  aside?: (id: string, label: string) => ComponentChildren
}

/**
 * Rows keep core's need order, so a conversation raised by "Not yet" moves up live. Moving is
 * silent to a screen reader, hence the polite announcement of each newly raised row (ListAnnouncement).
 */
export function ConversationList({ client, selectedId, onSelect, hiddenVisitors, tag, visible, aside }: Props) {
  const t = useMessages()
  const all = useStore(client.$conversations)
  const care = useLazyCare(true)
  const conversations = all.filter((c) => !hiddenVisitors?.has(c.visitorId) && (!tag || c.tags?.includes(tag)) && (visible?.(c) ?? true))
  const now = useNow()
  const rows = toConversationRows(conversations, selectedId, now, t)
  // Every row of the store, those this view or tag leaves out too: a row they show later is not news.
  useNotYetAnnouncement(client, toConversationRows(all, selectedId, now, t), rows, t.list.notYetRaised)

  return (
    <>
      {rows.length === 0 ? (
        <div class="empty">
          <p class="empty-title">{t.list.empty}</p>
          <p class="empty-hint">{t.list.emptyHint}</p>
        </div>
      ) : (
        <ul class="conv-list">
          {rows.map((row) => (
            <li key={row.id}>
              <button
                type="button"
                class={`conv-row${row.waiting ? ' is-waiting' : ''}${row.notYet ? ' is-not-yet' : ''}`}
                data-conversation-id={row.id}
                aria-current={row.current ? 'true' : undefined}
                onClick={() => onSelect(row.id, row.label)}
              >
                <span class="conv-row-top">
                  <span class="conv-row-label" dir="auto">
                    {row.label}
                  </span>
                  <span class="conv-row-wait">{row.waitingText}</span>
                </span>
                <span class="conv-row-feeling">
                  {row.mood !== null ? <MoodFace mood={row.mood} size={18} /> : <span class={`signal-dot signal-${row.signal}`} aria-hidden="true" />}
                  <span class="conv-row-mood">{row.feeling}</span>
                  {row.notYet && <span class="badge badge-not-yet">{t.list.notYet}</span>}
                  {row.handedOff && <span class="badge badge-handoff">{t.list.handedOff}</span>}
                </span>
                <span class="conv-row-preview" dir="auto">
                  {row.preview}
                </span>
                {care && <care.RowTags tags={row.tags} />}
              </button>
              {aside?.(row.id, row.label)}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/**
 * What the list last said aloud, the store's conversations it last knew "Not yet" (none until a
 * list has shown its first rows), and the welcome that list came with. Kept per connection rather
 * than in the list: the team's list and the search box arrive in chunks of their own, and each
 * makes a new list (a remount), which carries on from the old one's memory, so a row raised as a
 * chunk arrives is said once, neither lost nor repeated. The inbox draws the live region
 * (ListAnnouncement) where no chunk replaces it, since a region inserted with its words is often
 * not read (WCAG 4.1.3).
 */
type ListVoice = WritableAtom<string> & { notYet?: readonly string[]; welcome?: WelcomeAgent | null }

const voices = new WeakMap<InboxAgent, ListVoice>()

function voiceOf(client: InboxAgent): ListVoice {
  let voice = voices.get(client)
  if (!voice) voices.set(client, (voice = atom('')))
  return voice
}

/** The conversation list's live region: drawn by the inbox beside the list, so it outlives every list. */
export function ListAnnouncement({ client }: { client: InboxAgent }) {
  const $said = voiceOf(client)
  const [said, setSaid] = useState($said.get())
  // Not useStore, which draws a timer later: the words come in the same update as the list's.
  useEffect(() => $said.subscribe(setSaid), [$said])
  return (
    <p class="sr-only" role="status">
      {said}
    </p>
  )
}

/**
 * "Visitor 3f2a doesn't feel understood yet", once per conversation as the agent sees it turn "Not
 * yet". What a welcome brings (at sign-in, in the store switched to, after a reconnect) is the
 * state found, not news, and so is a row another view or tag shows: the memory spans every row of
 * the store, and only a listed row is said.
 */
function useNotYetAnnouncement(client: InboxAgent, everyRow: ConversationRow[], listed: ConversationRow[], say: (label: string) => string): void {
  // Read with the rows, not subscribed to: a welcome sets it just before the list it brings.
  const welcome = client.$me.get()
  // After each render, not on a change of "Not yet" alone: a welcome may bring the same ones.
  useEffect(() => {
    const voice = voiceOf(client)
    // A connection's first rows, and each welcome's, only teach what is there: old news is not said.
    const seen = voice.welcome === welcome && voice.notYet
    if (seen) {
      const raised = listed.filter((r) => r.notYet && !seen.includes(r.id))
      if (raised.length > 0) voice.set(raised.map((r) => say(r.label)).join('. '))
    }
    voice.notYet = everyRow.filter((r) => r.notYet).map((r) => r.id)
    voice.welcome = welcome
  })
}
