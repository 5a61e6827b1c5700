import type { EmpathySnapshot } from '@attune/protocol'
/**
 * An InboxAgent for tests, built from real nanostores atoms: tests set the atoms the way core
 * would and read back which actions the views called.
 */
import { atom } from 'nanostores'
import type { ConversationSummary, MemberPresence, Note, Notice } from '@attune/protocol'
import type { AgentProfile, ConnectionStatus, InboxAgent, InboxAlert, InboxConversation, ReplyOptions, TimelineItem, WelcomeAgent } from '../agent.ts'

export interface FakeConversation extends InboxConversation {
  $timeline: ReturnType<typeof atom<TimelineItem[]>>
  $visitorTyping: ReturnType<typeof atom<boolean>>
  $hasOlder: ReturnType<typeof atom<boolean>>
  replies: string[]
  /** The options of each reply, in order (undefined when a reply had none). */
  replyOptions: (ReplyOptions | undefined)[]
  /** The keys of the failed replies sent again, in order. */
  retries: string[]
  olderLoads: number
  resolved: number
  checkIns: number
  typing: boolean[]
  reads: number
}

export interface FakeAgent extends InboxAgent {
  $status: ReturnType<typeof atom<ConnectionStatus>>
  $me: ReturnType<typeof atom<WelcomeAgent | null>>
  $conversations: ReturnType<typeof atom<ConversationSummary[]>>
  conversations: Map<string, FakeConversation>
  connected: number
  destroyed: number
  conversation(id: string): FakeConversation
  emitError(code: string): void
  emitNotice(notice: Notice): void
  /** What the server sends a manager's connection when a shopper threatens a public complaint. */
  emitAlert(alert: InboxAlert): void
  /** What the server sends every member's connection when a teammate writes a private note. */
  emitNote(note: Note): void
  /** What the server pushes when someone on the team comes online, goes away or offline. */
  emitTeam(people: MemberPresence[]): void
  /** What core tells when the server erased a shopper: the update that dropped their open conversation. */
  emitErased(conversation: ConversationSummary): void
}

export function fakeConversation(items: TimelineItem[] = [], id = 'c1'): FakeConversation {
  const conv: FakeConversation = {
    id,
    $timeline: atom(items),
    $visitorTyping: atom(false),
    $hasOlder: atom(false),
    replies: [],
    replyOptions: [],
    retries: [],
    olderLoads: 0,
    resolved: 0,
    checkIns: 0,
    typing: [],
    reads: 0,
    loadOlder() {
      conv.olderLoads++
    },
    reply(text, options) {
      conv.replies.push(text)
      conv.replyOptions.push(options)
      return `client-${conv.replies.length}`
    },
    retry(key) {
      conv.retries.push(key)
    },
    resolve() {
      conv.resolved++
    },
    checkIn() {
      conv.checkIns++
      return `ask-${conv.checkIns}`
    },
    setTyping(typing) {
      conv.typing.push(typing)
    },
    markRead() {
      conv.reads++
    },
  }
  return conv
}

export function fakeAgent(): FakeAgent {
  const errorListeners = new Set<(error: { code: string }) => void>()
  const noticeListeners = new Set<(notice: Notice) => void>()
  const alertListeners = new Set<(alert: InboxAlert) => void>()
  const noteListeners = new Set<(note: Note) => void>()
  const teamListeners = new Set<(people: MemberPresence[]) => void>()
  const erasedListeners = new Set<(conversation: ConversationSummary) => void>()
  const agent: FakeAgent = {
    $status: atom<ConnectionStatus>('idle'),
    $me: atom<WelcomeAgent | null>(null),
    $conversations: atom<ConversationSummary[]>([]),
    conversations: new Map(),
    connected: 0,
    destroyed: 0,
    connect() {
      agent.connected++
      agent.$status.set('online')
    },
    destroy() {
      agent.destroyed++
    },
    conversation(id) {
      let conv = agent.conversations.get(id)
      if (!conv) agent.conversations.set(id, (conv = fakeConversation([], id)))
      return conv
    },
    on(
      event: 'error' | 'notice' | 'alert' | 'note' | 'team' | 'erased',
      listener:
        | ((error: { code: string }) => void)
        | ((notice: Notice) => void)
        | ((alert: InboxAlert) => void)
        | ((note: Note) => void)
        | ((people: MemberPresence[]) => void)
        | ((conversation: ConversationSummary) => void),
    ) {
      const sets = {
        notice: noticeListeners,
        alert: alertListeners,
        note: noteListeners,
        team: teamListeners,
        error: errorListeners,
        erased: erasedListeners,
      }
      const set = sets[event] as Set<typeof listener>
      set.add(listener)
      return () => void set.delete(listener)
    },
    emitError(code) {
      for (const listener of errorListeners) listener({ code })
    },
    emitNotice(notice) {
      for (const listener of noticeListeners) listener(notice)
    },
    emitAlert(alert) {
      for (const listener of alertListeners) listener(alert)
    },
    emitNote(note) {
      for (const listener of noteListeners) listener(note)
    },
    emitTeam(people) {
      for (const listener of teamListeners) listener(people)
    },
    emitErased(conversation) {
      for (const listener of erasedListeners) listener(conversation)
    },
  }
  return agent
}

export function summary(overrides: Partial<ConversationSummary> & { id: string }): ConversationSummary {
  return {
    visitorId: `visitor-${overrides.id}`,
    status: 'open',
    lastSeq: 1,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    lastMessage: null,
    waitingSince: null,
    ...overrides,
  }
}

/** A calm, unanswered empathy snapshot with the given fields changed. */
export function empathy(overrides: Partial<EmpathySnapshot> = {}): EmpathySnapshot {
  return {
    moodBefore: null,
    moodNow: null,
    moodAfter: null,
    skipped: [],
    reason: null,
    topic: null,
    understood: null,
    signal: { level: 'calm', score: 0, cues: [] },
    language: 'en',
    pending: null,
    ...overrides,
  }
}

/** Dao, signed in to the demo store with this role: the person most inbox tests sign in as. */
export const demoPerson = (role: AgentProfile['role']): AgentProfile => ({
  id: 'p1',
  name: 'Dao',
  email: 'dao@demo.store',
  siteKey: 'demo',
  role,
  stores: [{ siteKey: 'demo', name: 'Demo Store', role }],
})
