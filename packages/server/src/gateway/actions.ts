import type {
  Author,
  ContextFrame,
  ConversationEvent,
  HistoryFrame,
  ReadFrame,
  ResolveFrame,
  ResumeFrame,
  SendFrame,
  TypingFrame,
} from '@attune/protocol'
import { ErrorCode } from '@attune/protocol'
import { topics } from '../bus.ts'
import type { ConversationRecord, Marks } from '../conversation-rows.ts'
import { ConversationClosedError } from '../log.ts'
import { FrameError, type Session } from './context.ts'
import { nextTurn } from './outgoing.ts'
import { log } from '../logger.ts'

/**
 * Replays a conversation after `afterSeq`, then `synced`, then how far the other side has
 * received and read (so ticks survive a reload), then live events.
 */
export async function resume(s: Session, frame: ResumeFrame): Promise<void> {
  const conversationId = frame.conversationId
  // One read, after subscribing: the access check, the other side's marks, and how far the log
  // goes — what is stored after it is heard live, so a client that has everything (a restart's
  // crowd coming back) costs no read of the log. Nothing is sent before the check.
  const following = s.follow(conversationId, frame.afterSeq)
  let stored: number
  let marks: Marks
  try {
    const found = await s.deps.conversations.withMarks(conversationId)
    stored = s.mine(found?.record).lastSeq
    marks = found!.marks
  } catch (error) {
    // Not theirs, or not read: nothing was sent, and nothing stays subscribed.
    s.unfollow(conversationId)
    throw error
  }
  await following.replay((lastSeq) => s.send({ type: 'synced', conversationId, lastSeq }), stored)
  const peer = s.role === 'visitor' ? 'agent' : 'visitor'
  if (marks[peer].delivered > 0) s.send({ type: 'read', conversationId, role: peer, seq: marks[peer].delivered, mark: 'delivered' })
  if (marks[peer].read > 0) s.send({ type: 'read', conversationId, role: peer, seq: marks[peer].read, mark: 'read' })
}

/** One page of older events: the timeline loads the latest page first, then these on demand. */
export async function history(s: Session, frame: HistoryFrame): Promise<void> {
  await s.access(frame.conversationId)
  const events = await s.deps.log.readBefore(frame.conversationId, frame.beforeSeq, frame.limit ?? 50)
  s.send({ type: 'history', conversationId: frame.conversationId, events, hasMore: (events[0]?.seq ?? 1) > 1 })
}

/** Stores a message at most once, acks it, fans it out and updates the inbox. */
export async function send(s: Session, frame: SendFrame): Promise<void> {
  if (s.role === 'agent') return agentSend(s, frame)
  const visitorId = s.visitorId!
  let target: ConversationRecord | null = null
  if (frame.conversationId) {
    const named = await s.access(frame.conversationId)
    if (named.status === 'open') target = named
  }
  // A retry may come after its conversation was resolved: look everywhere before opening a new
  // one. Into an open conversation the append itself looks in all the shopper's conversations.
  if (!target) {
    const earlier = await s.deps.log.findVisitorItem(visitorId, frame.clientId)
    if (earlier) return acked(s, frame.clientId, earlier.conversationId, earlier.event, true)
  }
  const body = await messageBody(s, frame)
  // A shopper's message is never refused for being late: a resolved conversation means a new one.
  for (let attempt = 0; ; attempt++) {
    target ??= await s.openConversation()
    try {
      const { event, duplicate, elsewhere } = await s.deps.log.append(
        target.id,
        { kind: 'message', author: { role: 'visitor', id: visitorId }, clientId: frame.clientId, body },
        { requireOpen: true, waiting: 'start', anyConversationOf: visitorId },
      )
      await acked(s, frame.clientId, elsewhere ?? target.id, event, duplicate)
      // A retry acked with the original seq was counted when first stored.
      if (duplicate) return
      s.deps.metrics.messages.inc({ role: s.role })
      // After the ack: the message is stored whatever happens to the assignment (it waits unassigned then).
      await s.deps.assignment.afterShopperMessage(s.siteId, target.id).catch((e: unknown) => log.error({ err: e }, 'assignment failed'))
      return
    } catch (error) {
      // Resolved between our read and the append: open a fresh one, once.
      if (!(error instanceof ConversationClosedError) || attempt > 0) throw error
      target = null
    }
  }
}

async function agentSend(s: Session, frame: SendFrame): Promise<void> {
  if (!frame.conversationId) throw new FrameError(ErrorCode.BadFrame, 'An agent must name the conversationId.')
  const conversation = await s.access(frame.conversationId)
  const author = authorOf(s)
  const body = await messageBody(s, frame)
  const { event, duplicate } = await appendOrClosed(() =>
    s.deps.log.append(conversation.id, { kind: 'message', author, clientId: frame.clientId, body }, { requireOpen: true, waiting: 'stop' }),
  )
  await acked(s, frame.clientId, conversation.id, event, duplicate)
  if (duplicate) return
  s.deps.metrics.messages.inc({ role: s.role })
  // Acked means stored: a failure here must not refuse the reply (a refusal of an acked message
  // held back the agent's next replies for 30 s). Not retried: the next reply's notice gathers
  // this one too, as its email holds every reply after what the shopper read or was mailed.
  await s.deps.replyMail
    .agentReplied(conversation.id)
    .catch((error: unknown) => log.error({ err: error, conversation: conversation.id }, 'starting the reply mail wait failed'))
}

/** A message's stored fields: its text, the files it references (this store's only), quick replies. */
async function messageBody(s: Session, frame: SendFrame): Promise<Record<string, unknown>> {
  const body: Record<string, unknown> = { text: frame.text }
  if (frame.attachments?.length) {
    const attachments = await s.deps.uploads.resolve(s.siteId, frame.attachments)
    if (!attachments) throw new FrameError(ErrorCode.NotFound, 'An attached file was not found; upload it again.')
    body.attachments = attachments
  }
  if (frame.quickReplies?.length) {
    if (s.role !== 'agent') throw new FrameError(ErrorCode.Forbidden, 'Only agents offer quick replies.')
    body.quickReplies = frame.quickReplies
  }
  return body
}

/** The store's page says where the shopper is and what it knows of them; agents see it. */
export async function context(s: Session, frame: ContextFrame): Promise<void> {
  if (s.role !== 'visitor' || !s.visitorId) throw new FrameError(ErrorCode.Forbidden, 'Only a shopper’s page sends context.')
  await s.deps.conversations.setContext(s.visitorId, {
    ...(frame.page ? { page: frame.page } : {}),
    ...(frame.attributes ? { attributes: frame.attributes } : {}),
  })
  const latest = await s.deps.conversations.latestForVisitor(s.visitorId)
  if (latest?.status === 'open') {
    const summary = await s.deps.conversations.summary(latest.id)
    if (summary) s.deps.bus.publish(topics.site(s.siteId), { type: 'conversation', conversation: summary })
  }
}

/** An agent closes a conversation; a repeated clientId is acked like a send. */
export async function resolve(s: Session, frame: ResolveFrame): Promise<void> {
  if (s.role !== 'agent') throw new FrameError(ErrorCode.Forbidden, 'Only an agent can resolve a conversation.')
  return close(s, frame)
}

/**
 * Appends `conversation.resolved` and marks the conversation resolved, in one transaction. Used
 * by an agent's resolve and a shopper's "End chat" alike; the author tells them apart.
 */
export async function close(s: Session, frame: { conversationId: string; clientId: string }): Promise<void> {
  const conversation = await s.access(frame.conversationId)
  const { event, duplicate } = await appendOrClosed(() =>
    s.deps.log.append(
      conversation.id,
      { kind: 'conversation.resolved', author: authorOf(s), clientId: frame.clientId, body: {} },
      {
        requireOpen: true,
        effects: (tx) =>
          tx.query(`UPDATE conversations SET status = 'resolved', waiting_since = NULL WHERE id = $1`, [conversation.id]).then(() => undefined),
      },
    ),
  )
  return acked(s, frame.clientId, conversation.id, event, duplicate)
}

/** How this connection's side signs what it appends. */
export function authorOf(s: Session): Author {
  if (s.role === 'visitor') return { role: 'visitor', id: s.visitorId ?? '' }
  return { role: 'agent', id: agentId(s), ...(s.authorName ? { name: s.authorName } : {}) }
}

/** Typing is relayed to the other side and never stored. */
export async function typing(s: Session, frame: TypingFrame): Promise<void> {
  await s.access(frame.conversationId)
  s.typing(frame.conversationId, frame.typing)
}

/** Stores this side's read mark and tells the other side. */
export async function read(s: Session, frame: ReadFrame): Promise<void> {
  await s.access(frame.conversationId)
  const mark = frame.mark ?? 'read'
  await s.deps.conversations.markRead(frame.conversationId, s.role, frame.seq, mark)
  s.deps.bus.publish(topics.conversation(frame.conversationId), {
    type: 'read',
    conversationId: frame.conversationId,
    role: s.role,
    seq: frame.seq,
    mark,
  })
}

function agentId(s: Session): string {
  return s.principal.role === 'agent' ? s.principal.agent.id : ''
}

async function appendOrClosed<T>(append: () => Promise<T>): Promise<T> {
  try {
    return await append()
  } catch (error) {
    if (error instanceof ConversationClosedError) {
      throw new FrameError(ErrorCode.Closed, 'This conversation is resolved.')
    }
    throw error
  }
}

/**
 * Acks the sender, makes sure its connection follows the conversation, and — only for a new
 * event — fans it out and refreshes every agent's list. A duplicate is acked, never re-broadcast.
 */
export async function acked(s: Session, clientId: string, conversationId: string, event: ConversationEvent, duplicate: boolean) {
  s.send({ type: 'ack', clientId, conversationId, seq: event.seq })
  if (!s.subscriptions.has(conversationId)) await s.follow(conversationId, event.seq - 1).replay()
  if (duplicate) return
  s.deps.bus.publish(topics.conversation(conversationId), { type: 'event', conversationId, event })
  // The rest waits for the next turn (issue 12): a batch's appends are answered in one turn, and
  // its frames leave when the turn ends, so the batch's last ack waited for the rules of all its
  // messages.
  await nextTurn()
  // Acked means stored: what follows must not answer an error for it (the database going away
  // meanwhile refused an acked message "for now", and held back the connection's next one).
  try {
    // Before the rules refresh the list, so a flagged message is flagged there at once.
    await s.deps.care.afterEvent(s.siteId, conversationId, event)
    // The check-in rules run on every new event and refresh every agent's list when done.
    await s.deps.empathy.afterEvent(conversationId, event)
    await s.deps.complaints.afterEvent(s.siteId, conversationId, event)
  } catch (error) {
    log.error({ err: error, conversation: conversationId }, 'the work after an ack failed')
  }
}
