import { suggestsBreak, type ConversationSummary, type Notice } from '@attune/protocol'
import { useStore } from '@nanostores/preact'
import { useEffect, useState } from 'preact/hooks'
import { useMessages } from '../../i18n/context.ts'
import { useCareMessages } from '../../i18n/care-context.ts'
import { conversationLabel } from '../../lib/conversation-rows.ts'
import { visitorShortId } from '../../lib/labels.ts'
import { hrefFor } from '../../lib/route.ts'
import { createCareApi, type CareApi } from '../../session/care.ts'
import { forgetWithConversation } from '../../session/forget.ts'
import { navigate } from '../use-location.ts'
import { CareCheckIn } from './CareCheckIn.tsx'
import { $notices } from './notices.ts'

interface Props {
  conversations: readonly ConversationSummary[]
  /** The care endpoints; the same-origin ones when not given. */
  api?: CareApi
}

// A shopper erased (their right to erasure): the notices about their conversation go. Each sends
// the person to a conversation that is gone; a hand-off names the shopper, and an offer went with
// the conversation on the server (care_offers), so it could no longer be answered. Registered with
// this chunk, not the first screen's notices.ts: the first screen's bytes are nearly all spent.
forgetWithConversation((id) => $notices.set($notices.get().filter((notice) => notice.conversationId !== id)))

type HandoffNotice = Extract<Notice, { kind: 'handoff' }>
type HandedOnNotice = Extract<Notice, { kind: 'handed_on' }>

/**
 * The notices for this person, in a corner that never takes the focus (issue 16: offered, never
 * forced). It loads right after the first screen, for every role. The newest is read out
 * politely: the live region is drawn empty first and filled after, so screen readers hear it.
 */
export function CareNotices({ conversations, api: given }: Props) {
  const notices = useStore($notices)
  const t = useCareMessages()
  const inbox = useMessages()
  const [api] = useState(() => given ?? createCareApi())
  const [said, setSaid] = useState('')
  const onDismiss = (notice: Notice) => $notices.set($notices.get().filter((n) => n !== notice))
  const onOpen = (notice: HandoffNotice | HandedOnNotice) => {
    onDismiss(notice)
    navigate(hrefFor({ page: 'conversations', conversation: notice.conversationId }))
  }
  // One card at a time: a newer offer replaces an older one, never a queue of them.
  const offer = [...notices].reverse().find((n) => n.kind === 'care.offer')
  const handoffs = notices.filter((n): n is HandoffNotice => n.kind === 'handoff')
  const handedOn = notices.filter((n): n is HandedOnNotice => n.kind === 'handed_on')
  const label = (id: string) => {
    const known = conversations.find((c) => c.id === id)
    return known ? conversationLabel(known, inbox) : inbox.conversation.linked(visitorShortId(id))
  }
  // The list has already dropped a chat handed on: the notice carries the shopper for its label.
  const handedOnText = ({ why, to, visitorId }: HandedOnNotice) => {
    const shopper = conversationLabel({ visitorId }, inbox)
    return to === null ? t.handedOn[why].unassigned(shopper) : t.handedOn[why].to(shopper, to)
  }
  const announce = (notice: Notice) =>
    notice.kind === 'care.offer'
      ? t.offer.announce
      : notice.kind === 'handoff'
        ? t.handoff.alert(notice.by, label(notice.conversationId))
        : handedOnText(notice)
  const newest = notices.at(-1)
  const text = newest ? announce(newest) : ''
  useEffect(() => setSaid(text), [text])

  return (
    <aside class="care-notices" aria-label={t.region}>
      <p class="sr-only" role="status">
        {said}
      </p>
      {offer && (
        <CareCheckIn
          key={offer.offerId}
          answer={(mood) => api.answer(offer.offerId, mood).then((r) => r.ok)}
          suggestsBreak={suggestsBreak}
          onClose={() => onDismiss(offer)}
        />
      )}
      {handoffs.map((notice) => (
        <NoticeCard
          key={notice.conversationId}
          title={t.handoff.title}
          text={t.handoff.alert(notice.by, label(notice.conversationId))}
          onOpen={() => onOpen(notice)}
          onDismiss={() => onDismiss(notice)}
        />
      ))}
      {handedOn.map((notice) => (
        <NoticeCard
          key={notice.conversationId}
          text={handedOnText(notice)}
          // An agent sees only theirs and the unassigned: a colleague's chat would open as not found.
          onOpen={notice.to === null ? () => onOpen(notice) : null}
          onDismiss={() => onDismiss(notice)}
        />
      ))}
    </aside>
  )
}

/** A notice about a conversation: what happened, "Open conversation" where the agent may open it, and "Dismiss". */
function NoticeCard({ title, text, onOpen, onDismiss }: { title?: string; text: string; onOpen: (() => void) | null; onDismiss: () => void }) {
  const t = useCareMessages()
  return (
    <div class="care-card care-alert">
      {title && <p class="care-title">{title}</p>}
      <p>{text}</p>
      <p class="care-actions">
        {onOpen && (
          <button type="button" class="button button-primary" onClick={onOpen}>
            {t.handoff.open}
          </button>
        )}
        <button type="button" class="button button-quiet" onClick={onDismiss}>
          {t.handoff.dismiss}
        </button>
      </p>
    </div>
  )
}
