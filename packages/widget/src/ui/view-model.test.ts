import type { TimelineItem } from '@attune/core'
import { beforeEach, describe, expect, it } from 'vitest'
import { en } from '../i18n/en.ts'
import { en as later } from '../i18n/later/en.ts'
import { lo } from '../i18n/lo.ts'
import { inLao, withoutLaoInIntl } from '../testing/chrome-intl.ts'
import { createTranslator } from '../i18n/t.ts'
import type { Away } from './types.ts'
import {
  canEndChat,
  dayLabel,
  itemView,
  nobodyThere,
  panelTitle,
  presenceText,
  firstRichRow,
  statusNotice,
  timeFormatter,
  typingText,
  waitLeft,
  withDays,
} from './view-model.ts'

// The panel's English once the later words are in (ui/later-words.ts), as the wait notice reads it.
const t = createTranslator({ ...en, ...later }, { locale: 'en', dir: 'ltr' })
const ctx = { t, formatTime: () => '10:00 AM', storeName: 'Demo Store' }

type Message = Extract<TimelineItem, { kind: 'message' }>

const mine = (state: 'sending' | 'sent' | 'failed'): Message => ({
  key: 'c1',
  kind: 'message',
  role: 'visitor',
  text: 'Where is my order?',
  at: '2025-01-01T10:00:00.000Z',
  state,
})

describe('itemView', () => {
  it("shows the delivery state of the shopper's own messages", () => {
    expect(itemView(mine('sending'), ctx)).toMatchObject({ mine: true, author: 'You', delivery: 'Sending…' })
    expect(itemView(mine('sent'), ctx)).toMatchObject({ state: 'sent', delivery: 'Sent' })
    expect(itemView(mine('failed'), ctx)).toMatchObject({ state: 'failed', delivery: 'Not sent' })
  })

  it('names agents, falling back to "Support", and shows no delivery line for them', () => {
    const agent: Message = { ...mine('sent'), key: 'a', role: 'agent', authorName: 'Maya' }
    expect(itemView(agent, ctx)).toMatchObject({ mine: false, author: 'Maya', delivery: null })
    expect(itemView({ ...agent, authorName: undefined }, ctx)).toMatchObject({ author: 'Support' })
  })

  it('turns a resolved event into a notice', () => {
    const resolved: TimelineItem = { key: 'r', kind: 'resolved', at: '2025-01-01T10:05:00.000Z', seq: 9 }
    expect(itemView(resolved, ctx)).toMatchObject({ kind: 'notice', text: 'This conversation was marked as resolved.' })
  })
})

describe('typingText', () => {
  it('is null while nobody types', () => {
    expect(typingText(null, t)).toBeNull()
  })

  it('names the agent who types, or "Support" for one without a name', () => {
    expect(typingText({ name: 'Maya' }, t)).toBe('Maya is typing…')
    expect(typingText({}, t)).toBe('Support is typing…')
  })
})

describe('statusNotice and panelTitle', () => {
  it('tells the shopper when they are offline, and nothing otherwise', () => {
    expect(statusNotice('offline', t)).toMatch(/offline/)
    expect(statusNotice('online', t)).toBeNull()
    expect(statusNotice('connecting', t)).toBeNull()
  })

  it('titles the panel with the store name once known', () => {
    expect(panelTitle({ name: 'Demo Store' }, t)).toBe('Chat with Demo Store')
    expect(panelTitle(null, t)).toBe('Chat with us')
  })
})

describe('waitLeft', () => {
  const since = '2025-01-01T10:00:00.000Z'
  const at = (seconds: number) => Date.parse(since) + seconds * 1000

  it('is not below 0 for the first 20 seconds, nor ever for a time it cannot read', () => {
    expect(waitLeft(since, at(5))).toBe(15_000)
    expect(waitLeft(since, at(20))).toBe(0)
    expect(waitLeft('not a time', at(60)) < 0).toBe(false)
    expect(waitLeft('not a time', at(60)) >= 0).toBe(false)
  })

  it('is below 0 once the shopper has waited over 20 seconds (the wait notice shows: CheckIn.test.ts)', () => {
    expect(waitLeft(since, at(21))).toBeLessThan(0)
  })
})

describe('canEndChat', () => {
  it('offers "End chat" while a conversation goes on, not after it ended or before it started', () => {
    expect(canEndChat([], null)).toBe(false)
    expect(canEndChat([mine('sent')], null)).toBe(true)
    expect(canEndChat([mine('sent')], 'after')).toBe(false)
    expect(canEndChat([mine('sent'), { key: 'r', kind: 'resolved', at: '2025-01-01T10:05:00.000Z', seq: 3 }], null)).toBe(false)
  })
})

describe('day separators', () => {
  const now = new Date(2025, 2, 12, 15, 0).getTime() // Wednesday 12 March 2025, local time
  const at = (d: number, h = 10) => new Date(2025, 2, d, h).toISOString()
  const msg = (key: string, iso: string): Message => ({ ...mine('sent'), key, at: iso })

  const day = (d: number) => new Date(at(d))

  it('says "Today" and "Yesterday" from the catalog (Intl lacks them for Lao in browsers), then the weekday and date with Intl', () => {
    expect(dayLabel(day(12), now, { locale: 'lo', t })).toBe('Today')
    expect(dayLabel(day(11), now, { locale: 'lo', t })).toBe('Yesterday')
    expect(dayLabel(day(3), now, { locale: 'en', t })).toBe('Monday, March 3')
    expect(dayLabel(new Date(2024, 11, 31), now, { locale: 'en', t })).toBe('Tuesday, December 31, 2024')
    expect(dayLabel(day(3), now, { locale: 'es', t })).toBe('Lunes, 3 de marzo')
    expect(dayLabel(day(3), now, { locale: 'th', t })).toBe('วันจันทร์ที่ 3 มีนาคม')
  })

  it('puts one separator before the first message of each day', () => {
    const rows = withDays([msg('a', at(11, 9)), msg('b', at(11, 18)), msg('c', at(12, 8))], now, { locale: 'en', t })
    expect(rows.map((r) => (r.kind === 'day' ? r.label : r.key))).toEqual(['Yesterday', 'a', 'b', 'Today', 'c'])
  })

  describe('in Lao', () => {
    const lao = { locale: 'lo', t: createTranslator(lo, { locale: 'lo', dir: 'ltr' }), dates: lo.dates }

    it("uses Intl's names where the browser has Lao (Firefox, Safari)", () => {
      expect(dayLabel(day(3), now, lao)).toBe('ວັນຈັນ 3 ມີນາ')
      expect(timeFormatter(lao)(new Date(2025, 2, 3, 15, 5).toISOString())).toBe('15:05')
    })

    describe('where the browser has no Lao (Chrome)', () => {
      withoutLaoInIntl()
      beforeEach(() => {
        expect(new Intl.DateTimeFormat('lo', { weekday: 'long' }).format(day(3))).toBe('Monday')
      })

      it('writes a day in Lao\'s figures, not Intl\'s English ("Monday, March 3")', () => {
        expect(dayLabel(day(3), now, lao)).toBe(inLao(day(3), { day: 'numeric', month: 'numeric' }))
        expect(dayLabel(day(3), now, lao)).toBe('3/3')
        expect(dayLabel(new Date(2024, 11, 31), now, lao)).toBe(inLao(new Date(2024, 11, 31), { day: 'numeric', month: 'numeric', year: 'numeric' }))
        expect(dayLabel(day(11), now, lao)).toBe('ມື້ວານ')
      })

      it('writes a time on the 24-hour clock, as Lao does ("15:05", not "3:05 PM")', () => {
        const afternoon = new Date(2025, 2, 3, 15, 5)
        expect(timeFormatter(lao)(afternoon.toISOString())).toBe(inLao(afternoon, { hour: 'numeric', minute: '2-digit' }))
        expect(timeFormatter(lao)(afternoon.toISOString())).toBe('15:05')
        expect(timeFormatter(lao)(new Date(2025, 2, 3, 7, 50).toISOString())).toBe('7:50')
      })
    })
  })
})

describe('quick replies', () => {
  const agent = (key: string, quickReplies?: string[]): Message => ({ ...mine('sent'), key, role: 'agent', quickReplies })
  /** Each item's buttons, as the log draws them. */
  const buttons = (...timeline: TimelineItem[]) =>
    timeline.map((item) => {
      const view = itemView(item, { ...ctx, lastKey: timeline.at(-1)?.key })
      return view.kind === 'message' ? view.quickReplies : []
    })

  it("shows the latest agent message's replies only, on that message", () => {
    expect(buttons(agent('a1', ['Yes', 'No']), agent('a2', ['Track order']))).toEqual([[], ['Track order']])
    expect(buttons(agent('a1', ['Yes', 'No']), agent('a2'))).toEqual([[], []])
  })

  it('hides them once the shopper has said something after, or the chat was resolved', () => {
    expect(buttons(agent('a1', ['Yes']), mine('sent'))).toEqual([[], []])
    expect(buttons(agent('a1', ['Yes']), { key: 'r', kind: 'resolved', at: '2025-01-01T10:02:00.000Z', seq: 3 })).toEqual([[], []])
  })
})

describe('attachments and presence', () => {
  it('finds the first row that needs the rich chunk, the one the log waits at while it is on its way (MessageList.test.ts)', () => {
    const agentSays = (key: string, text: string): Message => ({ ...mine('sent'), key, role: 'agent', text })
    const views = [agentSays('a', 'Hello'), agentSays('b', 'It ships **today**'), agentSays('c', 'Anything else?')].map((item) => itemView(item, ctx))
    expect(firstRichRow(views)).toBe(1)
    expect(firstRichRow([views[0]!, views[2]!])).toBe(-1)
  })

  it('asks for the rich chunk only for Markdown from an agent, an attached file, or quick replies', () => {
    const file = { id: 'f1', name: 'photo.jpg', type: 'image/jpeg', size: 48_000, url: '/api/uploads/f1' }
    const agentSays = (text: string, extra: Partial<Message> = {}): Message => ({ ...mine('sent'), role: 'agent', text, ...extra })
    const needs = (...items: Message[]) => firstRichRow(items.map((item) => itemView(item, { ...ctx, lastKey: 'q' }))) !== -1
    expect(needs(mine('sent'), agentSays('Your order ships today.'), agentSays('Line one\nline two'))).toBe(false)
    expect(needs({ ...mine('sent'), text: "**not formatted**: the shopper's own text shows as typed" })).toBe(false)
    expect(needs(agentSays('It ships **today**'))).toBe(true)
    expect(needs(agentSays('Track it at https://shop.example/track'))).toBe(true)
    expect(needs(agentSays('', { attachments: [file] }))).toBe(true)
    expect(needs(agentSays('Which one?', { key: 'q', quickReplies: ['Track', 'Return'] }))).toBe(true)
  })

  // As the panel composes them: whether nobody is there, then the line that says so.
  const presence = (agentsOnline: number | null, away?: Away) => presenceText(nobodyThere(agentsOnline, away?.open ?? null), agentsOnline, t, away)

  it('says whether someone is online, and nothing before the server has said', () => {
    expect(presence(null)).toBeNull()
    expect(presence(2)).toBe("We're online")
    expect(presence(0)).toBe("We'll reply as soon as we can")
  })

  it("says the store's away notice when nobody is there: outside its hours even with agents online, or none online", () => {
    const away = { open: false, line: 'Away, back soon', notice: 'Away' }
    expect(presence(null, away)).toBe('Away')
    expect(presence(2, away)).toBe('Away')
    const openNobody = { ...away, open: true }
    expect(presence(0, openNobody)).toBe('Away')
    expect(presence(1, openNobody)).toBe("We're online")
  })
})

describe('nobodyThere', () => {
  it('is true outside the hours or with no agent online, and false while either is unknown and the other fine', () => {
    expect(nobodyThere(0, null)).toBe(true)
    expect(nobodyThere(3, false)).toBe(true)
    expect(nobodyThere(null, false)).toBe(true)
    expect(nobodyThere(1, true)).toBe(false)
    expect(nobodyThere(null, null)).toBe(false)
    expect(nobodyThere(2, null)).toBe(false)
  })
})
