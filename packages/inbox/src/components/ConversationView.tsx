import { useStore } from '@nanostores/preact'
import { handoffStands, type ConversationSummary, type ThaiVoice } from '@attune/protocol'
import type { ComponentChildren } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import type { AgentProfile, InboxConversation, ReplyOptions } from '../agent.ts'
import { useMessages } from '../i18n/context.ts'
import { checkInHint, CheckInState } from '../lib/check-in.ts'
import { toEmpathyCard } from '../lib/empathy-card.ts'
import { formatClock } from '../lib/relative-time.ts'
import { showWhole } from '../lib/show-whole.ts'
import { toShopperContext } from '../lib/shopper-context.ts'
import { isResolved, toTimelineEntries } from '../lib/timeline-view.ts'
import type { HistoryApi } from '../session/history.ts'
import type { DeleteVisitorResult } from '../session/visitors.ts'
import type { UploadFile } from '../session/uploads.ts'
import { useLazyCare, type HandOff } from './care/lazy.ts'
import { Composer } from './Composer.tsx'
import { useSuggestions } from './use-suggestions.ts'
import { EmpathyCard } from './EmpathyCard.tsx'
import { useLazyHistory } from './history-lazy.ts'
import { Timeline } from './Timeline.tsx'
import { useCheckIn, type ErrorSource } from './use-check-in.ts'
import { useNow } from './use-now.ts'
import { useOlder } from './use-older.ts'

interface Props {
  conversation: InboxConversation
  label: string
  /** The list's summary (with the empathy snapshot); absent once the conversation left the list. */
  summary?: ConversationSummary | undefined
  /** The client's refusals, so a refused "Check in" is explained. */
  errors?: ErrorSource
  onBack?(): void
  /** Formats message times; injected so tests do not depend on the machine's time zone. */
  clock?: (iso: string) => string
  /** Uploads the agent's files; absent when the site key is unknown (no "Attach a file"). */
  upload?: UploadFile | undefined
  /** Erases the shopper (`DELETE /api/visitors/:id`); without it there is no "Delete shopper's data". */
  deleteVisitor?: ((visitorId: string) => Promise<DeleteVisitorResult>) | undefined
  /** The shopper's data is gone; the inbox leaves the conversation. */
  onDeleted?(visitorId: string): void
  /** "Hand to a manager"; the same-origin endpoint when not given. */
  handOff?: HandOff
  /**
   * Show the shopper's earlier chats on the card, from `api` (the same-origin endpoint when left
   * out); without it the card shows this chat only.
   */
  history?: { api?: HistoryApi } | undefined
  /** The agent's own Thai voice, for the suggested replies (their preferences). */
  thaiVoice?: ThaiVoice | undefined
  /** The person replying: their name, voice and store fill canned replies (issue 14); none without it. */
  agent?: AgentProfile | undefined
  /** Who holds the conversation, with Take, Assign and Transfer (issue 14), when their chunk has arrived. */
  assignment?: ComponentChildren
}

export function ConversationView(props: Props) {
  const { conversation, label, summary, errors, onBack, clock: givenClock, upload, deleteVisitor, onDeleted, thaiVoice, handOff } = props
  const messages = useMessages()
  const clock = givenClock ?? ((iso: string) => formatClock(iso, messages))
  const ShopperHistory = useLazyHistory(props.history !== undefined)
  const t = messages.conversation
  const items = useStore(conversation.$timeline)
  const visitorTyping = useStore(conversation.$visitorTyping)
  const heading = useRef<HTMLHeadingElement>(null)
  const now = useNow(15_000)
  const resolved = isResolved(items)
  const older = useOlder(conversation, items[0]?.key ?? null)
  const care = useLazyCare(true)

  // A resolved conversation leaves the list: keep showing what we last knew of the shopper.
  const lastSummary = useRef(summary)
  if (summary) lastSummary.current = summary
  const known = lastSummary.current
  const empathy = known?.empathy

  const checkIn = useCheckIn(conversation, { resolved, pending: Boolean(empathy?.pending) }, errors)
  const checkInNote = checkIn.refusal ?? checkInHint(checkIn.state, messages.checkIn)
  // A waiting check-in is also the card's line; a phone draws only that one (styles.css).
  const noteKind = checkIn.refusal ? ' is-refused' : checkIn.state === CheckInState.Pending ? ' is-pending' : ''

  // Land on the conversation when it opens, so keyboard and screen-reader users follow along.
  useEffect(() => heading.current?.focus(), [conversation])

  // Everything on screen has been seen; tell the shopper's side.
  useEffect(() => {
    if (items.length > 0) conversation.markRead()
  }, [conversation, items.length])

  function reply(text: string, options: ReplyOptions) {
    try {
      // Options left out are left out of the frame too (core), so a plain reply passes `{}`.
      conversation.reply(text, options)
    } catch {
      // Only a reply with neither text nor files throws (invalid_input); the composer never sends one.
    }
  }

  const suggestions = useSuggestions(empathy, thaiVoice)

  const timeline = {
    entries: toTimelineEntries(items, t, clock, messages.files),
    label: t.logLabel(label),
    emptyText: t.empty,
    older: older.hasOlder ? { label: older.loading ? t.loadingOlder : t.loadOlder, onLoad: older.load } : undefined,
    onRetry: (key: string) => conversation.retry(key),
  }
  const draftKey = props.agent ? `${props.agent.id}/${conversation.id}` : conversation.id
  const composer = (
    <Composer
      draftKey={draftKey}
      onSend={reply}
      onTyping={(typing) => conversation.setTyping(typing)}
      disabled={resolved}
      upload={upload}
      canned={care && props.agent ? { Picker: care.CannedPicker, source: { summary: known, agent: props.agent } } : undefined}
      suggestions={{
        texts: suggestions.texts,
        lang: suggestions.language,
        languageName: messages.suggestions.language[suggestions.language],
      }}
    />
  )
  // Care's marks (issue 16), private notes and tags (issue 14) come with the chunk that follows the first screen.
  return (
    <section class="conversation" aria-labelledby="conversation-title" onFocusIn={(e) => showWhole(e.target as Element)}>
      <div class="conversation-head">
        {onBack && (
          <button type="button" class="button button-quiet back-button" onClick={onBack}>
            ← {t.back}
          </button>
        )}
        <h2 id="conversation-title" tabIndex={-1} ref={heading}>
          {label}
        </h2>
        {/* One row that scrolls sideways on a phone (styles.css); on a wider screen its buttons flow with the title. */}
        <div class="conversation-actions">
          <button type="button" class="button" onClick={checkIn.ask} disabled={checkIn.state !== CheckInState.Ready} aria-describedby="check-in-note">
            {messages.checkIn.button}
          </button>
          <button type="button" class="button" onClick={() => conversation.resolve()} disabled={resolved} data-shortcut-target="resolve">
            {t.resolve}
          </button>
          {care && (
            <care.HandOffButton conversationId={conversation.id} handedOff={handoffStands(known?.handoff)} disabled={resolved} handOff={handOff} />
          )}
          {care && deleteVisitor && known && (
            <care.DeleteShopper visitorId={known.visitorId} deleteVisitor={deleteVisitor} {...(onDeleted ? { onDeleted } : {})} />
          )}
          {care && <care.ConversationTags conversationId={conversation.id} tags={known?.tags} />}
          {props.assignment}
        </div>
        <p id="check-in-note" class={`check-in-note${noteKind}`} role="status">
          {checkInNote ?? ''}
        </p>
      </div>
      <div class="conversation-body">
        {known && (
          <EmpathyCard
            view={toEmpathyCard(known, now, messages)}
            context={toShopperContext(known.context, messages.card)}
            history={ShopperHistory && <ShopperHistory conversationId={known.id} {...props.history} />}
          />
        )}
        <div class="conversation-main">
          {care ? (
            <care.NotesTimeline {...timeline} conversationId={conversation.id} items={items} marks={known ?? {}} clock={clock} />
          ) : (
            <Timeline {...timeline} />
          )}
          <p class="typing" role="status">
            {visitorTyping ? t.typing : ''}
          </p>
          {resolved && <p class="resolved-hint">{t.resolvedHint}</p>}
          {care ? (
            <care.NotesComposer conversationId={conversation.id} draftKey={draftKey} disabled={resolved}>
              {composer}
            </care.NotesComposer>
          ) : (
            composer
          )}
        </div>
      </div>
    </section>
  )
}
