// A ChatClient stand-in over real nanostores atoms: tests drive the stores and watch the actions.
// The check-in actions behave like core's (answers accumulate, `final: false` keeps the card).
import type { ActiveCheckIn, Attachment, AwaitingReply, FileLike, SiteInfo, TimelineItem, Typist } from '@attune/core'
import { atom } from 'nanostores'
import type { WidgetClient } from '../ui/types.ts'

type Status = 'idle' | 'connecting' | 'online' | 'offline'
type Site = SiteInfo

export interface FakeClient extends WidgetClient {
  $status: ReturnType<typeof atom<Status>>
  $timeline: ReturnType<typeof atom<TimelineItem[]>>
  $unread: ReturnType<typeof atom<number>>
  $agentTyping: ReturnType<typeof atom<Typist | null>>
  $site: ReturnType<typeof atom<Site | null>>
  $checkIn: ReturnType<typeof atom<ActiveCheckIn | null>>
  $awaitingReply: ReturnType<typeof atom<AwaitingReply | null>>
  $hasOlder: ReturnType<typeof atom<boolean>>
  $agentsOnline: ReturnType<typeof atom<number | null>>
  $toldUs: ReturnType<typeof atom<{ comment: string; note: string } | null>>
  /** Resolves or rejects the upload in flight; `progress` reports bytes sent. */
  uploads: { file: FileLike; progress: (sent: number, total: number) => void; resolve: (a: Attachment) => void; reject: (e: Error) => void }[]
  calls: { action: string; args: unknown[] }[]
  /** What `mail('visitor/email', {})` answers as `known` (an identified shopper's address). */
  knownEmail: string | null
  /** The server asks a check-in (what `checkin.asked` does through core). */
  ask(phase: ActiveCheckIn['phase'], seq?: number): void
}

export function fakeClient(): FakeClient {
  const calls: FakeClient['calls'] = []
  let next = 0
  const record = (action: string, ...args: unknown[]) => void calls.push({ action, args })
  const client: FakeClient = {
    $status: atom<Status>('online'),
    $timeline: atom<TimelineItem[]>([]),
    $unread: atom(0),
    $agentTyping: atom<Typist | null>(null),
    $site: atom<Site | null>({
      name: 'Demo Store',
      checkIns: {
        moments: { before: true, during: true, after: true },
        topics: ['order', 'product', 'returns', 'payment', 'other'],
        effortItem: false,
      },
      uploads: { maxBytes: 10_000_000, types: ['image/png', 'image/jpeg', 'application/pdf'] },
      thaiVoice: 'female',
    }),
    $hasOlder: atom(false),
    $agentsOnline: atom<number | null>(null),
    $toldUs: atom<{ comment: string; note: string } | null>(null),
    dismissToldUs() {
      record('dismissToldUs')
      client.$toldUs.set(null)
    },
    uploads: [],
    $checkIn: atom<ActiveCheckIn | null>(null),
    $awaitingReply: atom<AwaitingReply | null>(null),
    calls,
    knownEmail: null,
    ask(phase, seq = 1) {
      const trigger = phase === 'before' ? 'open' : phase === 'during' ? 'agent' : phase === 'follow_up' ? 'follow_up' : 'end_chat'
      client.$checkIn.set({ seq, phase, trigger, answer: {} })
    },
    connect: () => record('connect'),
    openChat: (context) => record('openChat', context),
    answerCheckIn(fields, options) {
      record('answerCheckIn', fields, options)
      const active = client.$checkIn.get()
      if (!active) return
      client.$checkIn.set(options?.final === false ? { ...active, answer: { ...active.answer, ...fields } } : null)
    },
    skipCheckIn(options) {
      record('skipCheckIn', options)
      client.$checkIn.set(null)
    },
    endChat: () => record('endChat'),
    mail: (path, body) => (record('mail', path, body), Promise.resolve('email' in body ? null : { email: null, known: client.knownEmail })),
    send(text, options) {
      if (text.length > 4000) throw Object.assign(new Error('[Attune] too long'), { code: 'invalid_input' })
      if (options) record('send', text, options)
      else record('send', text)
      const key = `c${++next}`
      client.$timeline.set([
        ...client.$timeline.get(),
        { key, kind: 'message', role: 'visitor', text, at: '2025-01-01T10:00:00.000Z', state: 'sending' },
      ])
      const active = client.$checkIn.get()
      if (active && active.phase !== 'during') client.$checkIn.set(null)
      return key
    },
    retry: (key) => record('retry', key),
    upload(file, options) {
      record('upload', file.name)
      return new Promise<Attachment>((resolve, reject) => {
        client.uploads.push({ file, progress: (sent, total) => options?.onProgress?.(sent, total), resolve, reject })
      })
    },
    loadOlder: () => record('loadOlder'),
    setPage: (page) => record('setPage', page),
    update: (attributes) => record('update', attributes),
    identify: (identity) => record('identify', identity),
    markRead() {
      record('markRead')
      client.$unread.set(0)
    },
    setTyping: (typing) => record('setTyping', typing),
    destroy: () => record('destroy'),
  }
  return client
}

export function agentMessage(text: string, extra: Partial<TimelineItem & { kind: 'message' }> = {}): TimelineItem {
  return {
    key: `a-${text}`,
    kind: 'message',
    role: 'agent',
    text,
    at: '2025-01-01T10:01:00.000Z',
    state: 'sent',
    seq: 2,
    authorName: 'Maya',
    ...extra,
  }
}
