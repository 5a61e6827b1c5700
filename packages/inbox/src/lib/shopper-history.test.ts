import { historyDigest } from '@attune/empathy'
import type { EarlierChat, Mood } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { enHistory } from '../i18n/en-history.ts'
import { historySummary, plural, toHistoryView } from './shopper-history.ts'

const chat = (moodBefore: Mood | null, moodAfter: Mood | null, topic: string | null = null, reason: string | null = null) => ({
  moodBefore,
  moodAfter,
  topic,
  reason,
})
const summary = (chats: ReturnType<typeof chat>[], scope: 'shopper' | 'device' = 'shopper') =>
  historySummary(historyDigest(chats), scope, enHistory.history)

describe('the one-line summary of a shopper’s earlier chats', () => {
  it('a first chat says so, for the store or for this device', () => {
    expect(summary([])).toBe('First chat with the store')
    expect(summary([], 'device')).toBe('First chat on this device')
  })

  it('three chats, upset twice about delivery, left happy each time', () => {
    expect(summary([chat(2, 4, 'order'), chat(4, 5, 'product'), chat(1, 5, 'order')])).toBe(
      '3 chats, upset twice about delivery, left happy each time',
    )
  })

  it('mixed outcomes count the happy endings of the chats answered after', () => {
    expect(summary([chat(2, 2, null, 'treatment'), chat(1, 4, null, 'treatment'), chat(3, null), chat(3, 5)])).toBe(
      '4 chats, upset twice about how they were treated, left happy 2 of 3 times',
    )
  })

  it('one chat: singular words, and no "about" when nothing is shared', () => {
    expect(summary([chat(1, 2)])).toBe("1 chat, upset once, didn't leave happy")
    expect(summary([chat(2, null, 'order'), chat(2, 1, 'payment'), chat(1, 2, null)])).toBe('3 chats, upset 3 times, never left happy')
    expect(summary([chat(4, null)])).toBe('1 chat')
  })

  it('plural forms follow the language’s rules (Arabic has a "two" category)', () => {
    const forms = { one: 'one {n}', two: 'two {n}', few: 'few {n}', other: 'other {n}' }
    const arabic = new Intl.PluralRules('ar')
    expect([1, 2, 3, 11].map((n) => plural(forms, n, arabic))).toEqual(['one 1', 'two 2', 'few 3', 'other 11'])
  })
})

describe('the earlier chats as the card lists them', () => {
  const chats: EarlierChat[] = [
    { id: 'c2', startedAt: '2026-11-12T09:00:00.000Z', moodBefore: 2, moodAfter: 4, reason: 'unreachable', topic: 'order', resolved: 'yes' },
    { id: 'c1', startedAt: '2026-10-01T09:00:00.000Z', moodBefore: null, moodAfter: null, reason: null, topic: null, resolved: null },
  ]

  it('dates, moods before → after in words, and the reasons', () => {
    const view = toHistoryView({ scope: 'shopper', chats, total: 2 }, en, enHistory.history)
    expect(view.title).toBe('Earlier chats')
    expect(view.more).toBeNull()
    expect(view.chats[0]).toMatchObject({
      href: '/?conversation=c2',
      date: 'Nov 12, 2026',
      spoken: 'Nov 12, 2026: from upset to good',
      facts: ['Order & delivery', "Couldn't reach anyone", 'Resolved'],
    })
    expect(view.chats[1]).toMatchObject({ from: 'no answer', to: 'no answer', facts: [] })
  })

  it('says when the list is cut short, and names the device when the shopper is anonymous', () => {
    const view = toHistoryView({ scope: 'device', chats, total: 12 }, en, enHistory.history)
    expect(view.title).toBe('Earlier chats on this device')
    expect(view.more).toBe('Latest 2 of 12')
  })
})
