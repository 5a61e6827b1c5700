import { createHmac, timingSafeEqual } from 'node:crypto'
import { ErrorCode, type IdentifyFrame } from '@attune/protocol'
import { createVisitorToken } from '../auth/visitor-token.ts'
import { topics } from '../bus.ts'
import { visitorChanged } from '../conversations.ts'
import { identifyVisitor } from '../identity.ts'
import { FrameError, type Session } from './context.ts'
import { visitorWelcome } from './visitor-welcome.ts'

/** The hash a store's server computes for its user id: HMAC-SHA256 with the store's identity secret. */
export function identityHash(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(userId).digest('hex')
}

function hashMatches(secret: string, userId: string, given: string): boolean {
  const expected = Buffer.from(identityHash(secret, userId), 'hex')
  const actual = Buffer.from(given, 'hex')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

/**
 * The store's page says who the shopper is. The hash proves it (a page alone could claim any
 * id); then the anonymous visitor is merged into the known one — or, when this device was signed
 * in as someone else, the session simply switches, so one person never sees another's chats.
 * Answers with a fresh welcome (new token, the conversation to resume).
 */
export async function identify(s: Session, frame: IdentifyFrame): Promise<void> {
  if (s.role !== 'visitor' || !s.visitorId) throw new FrameError(ErrorCode.Forbidden, 'Only a shopper can identify.')
  const secret = await s.deps.directory.identitySecret(s.siteId)
  if (!secret || !hashMatches(secret, frame.id, frame.userHash)) {
    throw new FrameError(ErrorCode.Unauthorized, 'userHash does not match the id for this store.')
  }
  const profile = { ...(frame.name ? { name: frame.name } : {}), ...(frame.email ? { email: frame.email } : {}) }
  const { visitorId, closed } = await identifyVisitor(s.deps.db, s.deps.log, s.siteId, s.visitorId, frame.id, profile)
  // Their name, or whose conversations these are, changed: every process drops what it keeps of them.
  visitorChanged(s.deps.bus, s.visitorId)
  if (visitorId !== s.visitorId) visitorChanged(s.deps.bus, visitorId)
  if (closed) {
    s.deps.bus.publish(topics.conversation(closed.conversationId), { type: 'event', ...closed })
    await s.deps.empathy.afterEvent(closed.conversationId, closed.event)
  }
  for (const { unsubscribe } of s.subscriptions.values()) unsubscribe()
  s.subscriptions.clear()
  s.visitorId = visitorId
  s.send(await visitorWelcome(s.deps, visitorId, createVisitorToken(s.deps.secret, visitorId, s.siteId)))
}
