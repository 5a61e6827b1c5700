import { answerableCheckIn } from '@attune/empathy'
import { ErrorCode, type AnswerFrame, type AskFrame, type EndFrame, type OpenFrame, type SkipFrame } from '@attune/protocol'
import { acked, authorOf, close } from './actions.ts'
import { FrameError, type Session } from './context.ts'

/** The longest tail of the log read to find the card an answer is for. */
const ANSWER_WINDOW = 2000

/*
 * The check-in frames, stored in the same log as messages (architecture promise 1). *When* to
 * ask is decided by the engine (../empathy/engine.ts) running @attune/empathy's rules.
 */

function visitorOnly(s: Session, what: string): void {
  if (s.role !== 'visitor') throw new FrameError(ErrorCode.Forbidden, `Only the shopper can ${what}.`)
}

/**
 * The shopper opened the panel: make sure there is an open conversation and follow it, then say
 * `synced` so the client learns the conversation id before its first message.
 */
export async function open(s: Session, frame: OpenFrame): Promise<void> {
  visitorOnly(s, 'open the chat')
  const conversation = await s.openConversation()
  await s.deps.conversations.noteOpen(conversation.id, {
    ...(frame.page !== undefined ? { page: frame.page } : {}),
    ...(frame.locale !== undefined ? { locale: frame.locale } : {}),
    ...(frame.checkIns !== undefined ? { checkIns: frame.checkIns } : {}),
  })
  if (!s.subscriptions.has(conversation.id)) {
    await s.follow(conversation.id, 0).replay((lastSeq) => s.send({ type: 'synced', conversationId: conversation.id, lastSeq }))
  }
  // The before-chat moment; asked once per conversation however often the panel opens.
  await s.deps.empathy.opened(conversation.id)
}

/**
 * Stores the shopper's answer once; allowed after a resolve too (the after-chat check-in). Only
 * the card the server asked is answerable: an unsolicited answer would count in the store's
 * insights (issue 11, finding 7).
 */
export async function answer(s: Session, frame: AnswerFrame): Promise<void> {
  visitorOnly(s, 'answer a check-in')
  const conversation = await s.access(frame.conversationId)
  // The log as stored, not up to the record's last seq: that record may be a copy kept in memory,
  // and the card may have been asked since by an agent on another process (decision 033).
  const events = await s.deps.log.readLatest(conversation.id, ANSWER_WINDOW)
  // A retry of an answer already stored is acked below as a duplicate, whatever happened since.
  const retry = events.some((e) => e.kind === 'checkin.answered' && e.clientId === frame.clientId)
  if (!retry && answerableCheckIn(events)?.phase !== frame.answer.phase) {
    throw new FrameError(ErrorCode.NotAllowed, `No ${frame.answer.phase} check-in is waiting for an answer.`)
  }
  const { event, duplicate } = await s.deps.log.append(conversation.id, {
    kind: 'checkin.answered',
    author: authorOf(s),
    clientId: frame.clientId,
    body: { answer: frame.answer },
  })
  return acked(s, frame.clientId, conversation.id, event, duplicate)
}

export async function skip(s: Session, frame: SkipFrame): Promise<void> {
  visitorOnly(s, 'skip a check-in')
  const conversation = await s.access(frame.conversationId)
  // "Don't ask me again" belongs to the shopper and outlives this conversation.
  if (frame.forever) await s.deps.conversations.optOut(s.visitorId!)
  const { event, duplicate } = await s.deps.log.append(conversation.id, {
    kind: 'checkin.skipped',
    author: authorOf(s),
    clientId: frame.clientId,
    body: { phase: frame.phase },
  })
  return acked(s, frame.clientId, conversation.id, event, duplicate)
}

/** The agent's "Check in" button: ask the during-chat question now (open conversations only). */
export async function ask(s: Session, frame: AskFrame): Promise<void> {
  if (s.role !== 'agent') throw new FrameError(ErrorCode.Forbidden, 'Only an agent can ask a check-in.')
  const conversation = await s.access(frame.conversationId)
  const verdict = await s.deps.empathy.agentAsk(conversation.id)
  if (!verdict.allowed) throw new FrameError(ErrorCode.NotAllowed, refusals[verdict.reason] ?? 'A check-in cannot be asked now.')
  s.send({ type: 'ack', clientId: frame.clientId, conversationId: conversation.id, seq: verdict.event.seq })
}

const refusals: Record<string, string> = {
  pending: 'A check-in is already waiting for the shopper’s answer.',
  resolved: 'This conversation is resolved.',
  opted_out: 'The shopper asked not to be asked again.',
  off: 'During-chat check-ins are switched off for this store.',
}

/** The shopper's "End chat": resolves their own conversation. */
export async function end(s: Session, frame: EndFrame): Promise<void> {
  visitorOnly(s, 'end the chat')
  return close(s, frame)
}
