import { can, maySee, type ConversationSummary, type HelloFrame } from '@attune/protocol'
import type { SessionAgent } from '../auth/sessions.ts'
import { topics } from '../bus.ts'
import { log } from '../logger.ts'
import { reopen } from '../mail/reopen.ts'
import { siteDetails } from '../site-details.ts'
import type { Site } from '../sites.ts'
import type { Session } from './context.ts'
import { inboxNotices } from '../team/kept-notices.ts'
import { narrowedTo } from '../team/visible.ts'
import { createCatchUpBucket, type TokenBucket } from './rate-limit.ts'
import type { Welcomes } from './visitor-welcome.ts'

/** What a greeting needs of its connection: the session it fills in, and where its listeners' ends go. */
type Greeting = { session: Session; welcomes: Welcomes; cleanups: (() => void)[] }

/**
 * A shopper's hello: their welcome (one read, visitor-welcome.ts) with the store's public details,
 * then how many agents are online, as it changes. A hello from a reply email's reopen link is
 * welcomed as that conversation's shopper; one whose link expired, as its token says.
 */
export async function greetVisitor({ session, welcomes, cleanups }: Greeting, site: Site, hello: HelloFrame): Promise<void> {
  const reopened = hello.reopen ? await reopen(session.deps, site.id, hello.reopen) : null
  const welcome = await welcomes.hello(site.id, reopened?.visitorToken ?? hello.token)
  session.visitorId = welcome.visitorId
  session.send({ ...welcome, site: siteDetails(site) })
  cleanups.push(session.deps.bus.subscribe(topics.presence(site.id), (f) => f.type === 'presence' && session.send(f)))
  session.send({ type: 'presence', agentsOnline: await session.deps.presence.count(site.id) })
}

/**
 * An agent's hello: their presence, notices, the store's conversations they may see, its team,
 * notes and (for those who step in) alerts, then the welcome with their open conversations, and
 * the notices kept for them while none of their inboxes was open.
 * Answers the budget their catching up on those conversations spends (rate-limit.ts), and the
 * telling of the kept notices, under way (it never fails).
 */
export async function greetAgent({ session, cleanups }: Greeting, agent: SessionAgent): Promise<{ catchUp: TokenBucket; kept: Promise<void> }> {
  const { deps } = session
  cleanups.push(deps.presence.join(agent.siteId, agent.id))
  // Listening before the welcome's kept notices are claimed (below), so one in between is not lost.
  const notices = inboxNotices(deps, agent.siteId, agent.id, session.send)
  cleanups.push(deps.bus.subscribe(topics.member(agent.siteId, agent.id), (f) => f.type === 'notice' && notices.live(f.notice)))
  // Listen before reading the list, so a change in between is not lost (at worst seen twice).
  const list = listedFor(agent)
  cleanups.push(
    deps.bus.subscribe(topics.site(agent.siteId), (f) => {
      if (f.type === 'team') return session.send(f)
      if (f.type !== 'conversation') return
      if (list.hears(f.conversation)) session.send(f)
      // Every change of assignee is published here (team/assignment.ts): one out of their sight
      // now is left too, so its live events stop with it (decision 024).
      if (!sees(agent, f.conversation)) session.leave(f.conversation.id)
    }),
  )
  // A note is heard where its conversation may be opened: not on a colleague's, for an agent.
  cleanups.push(
    deps.bus.subscribe(topics.notes(agent.siteId), (f) => {
      if (f.type === 'note')
        void session.access(f.note.conversationId).then(
          () => session.send(f),
          () => {},
        )
    }),
  )
  // Alerts are for those the store relies on to step in (issue 16); an agent sees the cue on the card.
  if (can(agent.role, 'receive_alerts')) {
    cleanups.push(deps.bus.subscribe(topics.alerts(agent.siteId), (f) => f.type === 'alert' && session.send(f)))
  }
  const openSummaries = () => deps.conversations.openSummaries(agent.siteId, undefined, narrowedTo(agent) ?? undefined)
  // The list's updates published while this process was off Redis are lost: the open
  // conversations are read again, as at hello, and sent as updates (one read per inbox), and so
  // is each listed one that is no longer among them (resolved or handed to a colleague meanwhile),
  // so the inbox drops it.
  const catchUpList = async () => {
    const fresh = await openSummaries()
    const open = new Set(fresh.map((conversation) => conversation.id))
    const gone = [...list.shown].filter((id) => !open.has(id))
    const left = gone.length > 0 ? (await deps.conversations.summariesOf(gone)).values() : []
    for (const conversation of [...fresh, ...left]) if (list.hears(conversation)) session.send({ type: 'conversation', conversation })
    for (const id of gone) list.shown.delete(id)
  }
  cleanups.push(
    deps.bus.subscribe(topics.reconnected, () => {
      catchUpList().catch((error: unknown) => log.error({ err: error, site: agent.siteId }, 'refreshing the list after a reconnection failed'))
    }),
  )
  const conversations = await openSummaries()
  for (const c of conversations) list.hears(c)
  const catchUp = createCatchUpBucket(conversations.length)
  session.send({
    type: 'welcome',
    role: 'agent',
    agent: { id: agent.id, name: agent.name, email: agent.email, siteKey: agent.siteKey, role: agent.role },
    conversations,
  })
  // What was handed on while no inbox of theirs was open: told once, to this inbox or another.
  return { catchUp, kept: notices.atConnect() }
}

type Viewer = { id: string; role: Parameters<typeof maySee>[0] }

/** Whether the person may see the conversation as this summary has it (its assignee now). */
function sees(viewer: Viewer, summary: ConversationSummary): boolean {
  return maySee(viewer.role, viewer.id, summary.assignee?.id ?? null)
}

/**
 * Which of the store's conversation updates an inbox hears (issue 14): the ones its person may
 * see, and — once — the update that took one out of their sight (a transfer to a colleague), so
 * their list drops it; nothing of it after that. `shown`: the ones its list may hold.
 */
function listedFor(agent: Viewer): { hears(summary: ConversationSummary): boolean; shown: Set<string> } {
  const shown = new Set<string>()
  return {
    shown,
    hears(summary) {
      if (sees(agent, summary)) {
        shown.add(summary.id)
        return true
      }
      return shown.delete(summary.id)
    },
  }
}
