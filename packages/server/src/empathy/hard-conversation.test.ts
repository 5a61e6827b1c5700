import type { ConversationEvent } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { detectAbuse, handlersOf, wasHard } from './hard-conversation.ts'

const at = '2026-12-01T09:00:00.000Z'
const visitor = { role: 'visitor', id: 'v1' } as const
const agent = (id: string) => ({ role: 'agent', id, name: id }) as const
const message = (seq: number, author: ConversationEvent['author'], text = 'hi'): ConversationEvent => ({
  kind: 'message',
  seq,
  at,
  author,
  clientId: `m${seq}`,
  text,
})
const afterMood = (seq: number, mood: number): ConversationEvent => ({
  kind: 'checkin.answered',
  seq,
  at,
  author: visitor,
  clientId: `a${seq}`,
  answer: { phase: 'after', mood },
})

describe('a hard conversation', () => {
  it('ended very upset: the after-chat mood is 1, its last answer counting', () => {
    expect(wasHard([message(1, visitor), afterMood(2, 1)], [])).toBe(true)
    expect(wasHard([message(1, visitor), afterMood(2, 2)], [])).toBe(false)
    expect(wasHard([afterMood(1, 1), afterMood(2, 3)], [])).toBe(false)
  })

  it('reached the frustrated level, not only concerned', () => {
    const raised = (level: 'concerned' | 'frustrated'): ConversationEvent => ({
      kind: 'signal.raised',
      seq: 2,
      at,
      author: { role: 'system', id: 'attune' },
      level,
      score: 0.8,
      cues: [],
    })
    expect(wasHard([message(1, visitor), raised('frustrated')], [])).toBe(true)
    expect(wasHard([message(1, visitor), raised('concerned')], [])).toBe(false)
  })

  it('carried abuse: any flagged message', () => {
    expect(wasHard([message(1, visitor)], [1])).toBe(true)
  })
})

describe('who handled it', () => {
  it('every agent who wrote or resolved, once each; never the shopper or Attune', () => {
    const events: ConversationEvent[] = [
      message(1, visitor),
      message(2, agent('dao')),
      message(3, agent('kai')),
      message(4, agent('dao')),
      { kind: 'conversation.resolved', seq: 5, at, author: agent('mali') },
    ]
    expect(handlersOf(events)).toEqual(['dao', 'kai', 'mali'])
  })
})

describe("the detector's abuse cue", () => {
  it('names insults at the agent in the languages it reads, and leaves a plain complaint alone', () => {
    expect(detectAbuse('you are an idiot')).toBe(true)
    expect(detectAbuse('shut up and refund me')).toBe(true)
    expect(detectAbuse('my parcel is late and I am upset')).toBe(false)
  })
})
