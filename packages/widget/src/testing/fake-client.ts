// A ChatClient stand-in over real nanostores atoms: tests drive the stores and watch the actions.
import type { TimelineItem } from '@attune/core'
import { atom } from 'nanostores'
import type { WidgetClient } from '../ui/types.ts'

type Status = 'idle' | 'connecting' | 'online' | 'offline'

export interface FakeClient extends WidgetClient {
  $status: ReturnType<typeof atom<Status>>
  $timeline: ReturnType<typeof atom<TimelineItem[]>>
  $unread: ReturnType<typeof atom<number>>
  $agentTyping: ReturnType<typeof atom<boolean>>
  $site: ReturnType<typeof atom<{ name: string } | null>>
  calls: { action: string; args: unknown[] }[]
}

export function fakeClient(): FakeClient {
  const calls: FakeClient['calls'] = []
  let next = 0
  const client: FakeClient = {
    $status: atom<Status>('online'),
    $timeline: atom<TimelineItem[]>([]),
    $unread: atom(0),
    $agentTyping: atom(false),
    $site: atom<{ name: string } | null>({ name: 'Demo Store' }),
    calls,
    connect: () => void calls.push({ action: 'connect', args: [] }),
    send(text) {
      if (text.length > 4000) throw Object.assign(new Error('[Attune] too long'), { code: 'invalid_input' })
      calls.push({ action: 'send', args: [text] })
      const key = `c${++next}`
      client.$timeline.set([
        ...client.$timeline.get(),
        { key, kind: 'message', role: 'visitor', text, at: '2025-01-01T10:00:00.000Z', state: 'sending' },
      ])
      return key
    },
    retry: (key) => void calls.push({ action: 'retry', args: [key] }),
    markRead() {
      calls.push({ action: 'markRead', args: [] })
      client.$unread.set(0)
    },
    setTyping: (typing) => void calls.push({ action: 'setTyping', args: [typing] }),
    destroy: () => void calls.push({ action: 'destroy', args: [] }),
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
