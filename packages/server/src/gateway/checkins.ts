import { ErrorCode, type AnswerFrame, type AskFrame, type EndFrame, type OpenFrame, type SkipFrame } from '@attune/protocol'
import { topics } from '../bus.ts'
import { acked, appendOrClosed, authorOf, close } from './actions.ts'
import { FrameError, type Session } from './context.ts'

/*
 * The check-in frames, stored in the same log as messages (architecture promise 1). Deciding
 * *when* to ask (the before/during/after rules) belongs to @attune/empathy and is not wired in
 * yet; this module only records what the shopper and the agent do.
 */

function visitorOnly(s: Session, what: string): void {
  if (s.role !== 'visitor') throw new FrameError(ErrorCode.Forbidden, `Only the shopper can ${what}.`)
}

/**
 * The shopper opened the panel: make sure there is an open conversation and follow it, then say
 * `synced` so the client learns the conversation id before its first message.
 */
export async function open(s: Session, _frame: OpenFrame): Promise<void> {
  visitorOnly(s, 'open the chat')
  const { conversation, created } = await s.deps.conversations.openFor(s.siteId, s.visitorId!)
  if (s.subscriptions.has(conversation.id)) return
  await s.follow(conversation.id, 0, (lastSeq) => s.send({ type: 'synced', conversationId: conversation.id, lastSeq }))
  if (!created) return
  const summary = await s.deps.conversations.summary(conversation.id)
  if (summary) s.deps.bus.publish(topics.site(s.siteId), { type: 'conversation', conversation: summary })
}

/** Stores the shopper's answer once; allowed after a resolve too (the after-chat check-in). */
export async function answer(s: Session, frame: AnswerFrame): Promise<void> {
  visitorOnly(s, 'answer a check-in')
  const conversation = await s.access(frame.conversationId)
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
  const { event, duplicate } = await appendOrClosed(() =>
    s.deps.log.append(
      conversation.id,
      { kind: 'checkin.asked', author: authorOf(s), clientId: frame.clientId, body: { phase: 'during', trigger: 'agent' } },
      { requireOpen: true },
    ),
  )
  return acked(s, frame.clientId, conversation.id, event, duplicate)
}

/** The shopper's "End chat": resolves their own conversation. */
export async function end(s: Session, frame: EndFrame): Promise<void> {
  visitorOnly(s, 'end the chat')
  return close(s, frame)
}
