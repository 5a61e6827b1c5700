import type { ConversationSummary } from '@attune/protocol'
import { describe, expect, it } from 'vitest'
import { enAlerts } from '../i18n/en-alerts.ts'
import { alertKind, chatAlerts, notificationText, spokenAlert, titleWithCount, unseenAfter, worthTelling } from './notify.ts'

type Summary = Pick<ConversationSummary, 'id' | 'lastMessage' | 'empathy' | 'assignee'>
const ME = 'agent-me'

const said = (text: string, role: 'visitor' | 'agent' = 'visitor', at = `2026-12-01T10:00:0${text.length % 10}Z`) => ({ text, role, at })
const conversation = (id: string, change: Partial<Summary> = {}): Summary => ({ id, lastMessage: null, ...change })
const understood = (value: boolean | null) => ({ understood: value }) as ConversationSummary['empathy']

describe('what is worth an alert', () => {
  it('a shopper’s first message is a new conversation, whether the row is new or was there without words', () => {
    expect(alertKind(undefined, conversation('a', { lastMessage: said('hello') }))).toBe('new_conversation')
    expect(alertKind(conversation('a'), conversation('a', { lastMessage: said('hello') }))).toBe('new_conversation')
  })

  it('a shopper writing again is a message; the agent’s own reply or the same message sent again is nothing', () => {
    const before = conversation('a', { lastMessage: said('hello') })
    expect(alertKind(before, conversation('a', { lastMessage: said('are you there?', 'visitor', '2026-12-01T10:05:00Z') }))).toBe('message')
    expect(alertKind(before, conversation('a', { lastMessage: said('on my way', 'agent') }))).toBeNull()
    expect(alertKind(before, conversation('a', { lastMessage: said('hello') }))).toBeNull()
    // A row that appears without words (a mood answered before writing) waits for them.
    expect(alertKind(undefined, conversation('a'))).toBeNull()
  })

  it('"Not yet" is news once, when the answer turns to it, and outranks the message sent with it', () => {
    const before = conversation('a', { lastMessage: said('hello'), empathy: understood(null) })
    const notYet = conversation('a', { lastMessage: said('still wrong size', 'visitor', '2026-12-01T10:09:00Z'), empathy: understood(false) })
    expect(alertKind(before, notYet)).toBe('not_yet')
    expect(alertKind(notYet, { ...notYet, empathy: understood(false) })).toBeNull()
    expect(alertKind(before, { ...before, empathy: understood(true) })).toBeNull()
  })

  it('alerts only for conversations of mine: assigned to me, or to nobody yet', () => {
    const before = [conversation('mine', { lastMessage: said('a') }), conversation('theirs', { lastMessage: said('b') })]
    const after = [
      conversation('mine', { lastMessage: said('again', 'visitor', '2026-12-01T11:00:00Z'), assignee: { id: ME, name: 'Me' } }),
      conversation('theirs', { lastMessage: said('again', 'visitor', '2026-12-01T11:00:00Z'), assignee: { id: 'other', name: 'Dao' } }),
      conversation('nobodys', { lastMessage: said('hi there') }),
    ]
    expect(chatAlerts(before, after, ME)).toEqual([
      { kind: 'message', conversationId: 'mine' },
      { kind: 'new_conversation', conversationId: 'nobodys' },
    ])
  })
})

describe('what the agent is told, and the count in the title', () => {
  const alerts = [
    { kind: 'message', conversationId: 'open' },
    { kind: 'new_conversation', conversationId: 'other' },
  ] as const

  it('the conversation open in a watched tab tells itself; in a tab looked away from, it alerts too', () => {
    expect(worthTelling(alerts, { attending: true, openId: 'open' })).toEqual([alerts[1]])
    expect(worthTelling(alerts, { attending: false, openId: 'open' })).toEqual(alerts)
  })

  it('counts each conversation once while the agent looks away, forgets resolved ones, and clears when they look', () => {
    const list = [{ id: 'open' }, { id: 'other' }]
    const one = unseenAfter(new Set(), alerts.slice(0, 1), false, list)
    const two = unseenAfter(one, alerts, false, list)
    expect([...two].sort()).toEqual(['open', 'other'])
    expect(unseenAfter(two, [], false, [{ id: 'other' }])).toEqual(new Set(['other']))
    expect(unseenAfter(two, [], true, list).size).toBe(0)
    // Alerts while the agent watches add nothing to the count.
    expect(unseenAfter(new Set(), alerts, true, list).size).toBe(0)
  })

  it('puts the count in front of the title, and nothing at zero', () => {
    expect(titleWithCount('Attune Inbox', 3)).toBe('(3) Attune Inbox')
    expect(titleWithCount('Attune Inbox', 0)).toBe('Attune Inbox')
  })
})

describe('a desktop notification’s words', () => {
  const words = enAlerts.notification
  it('names who and what in the title and gives the shopper’s words, on one line, as the body', () => {
    const summary = { lastMessage: said('Where is\n my parcel?') }
    expect(notificationText({ kind: 'new_conversation', conversationId: 'a' }, summary, 'Visitor 3f2a', words)).toEqual({
      title: 'New conversation: Visitor 3f2a',
      body: 'Where is my parcel?',
    })
    expect(notificationText({ kind: 'message', conversationId: 'a' }, summary, 'Visitor 3f2a', words).title).toBe('Visitor 3f2a wrote')
  })

  it('says what "Not yet" means, and names a file sent without words', () => {
    const notYet = notificationText({ kind: 'not_yet', conversationId: 'a' }, undefined, 'Visitor 3f2a', words)
    expect(notYet).toEqual({ title: 'Visitor 3f2a doesn’t feel understood yet', body: words.notYetBody })
    const photo = { lastMessage: { ...said(''), file: 'parcel.jpg' } }
    expect(notificationText({ kind: 'message', conversationId: 'a' }, photo, 'Visitor 3f2a', words).body).toBe('Sent a file: parcel.jpg')
  })
})

describe('the alert said aloud', () => {
  it('is the newest new conversation or message, never the open conversation’s nor a "Not yet" the list says itself', () => {
    const list = [
      conversation('a', { lastMessage: said('late', 'visitor', '2026-12-01T10:09:00Z') }),
      conversation('b', { lastMessage: said('hello', 'visitor', '2026-12-01T10:05:00Z') }),
      conversation('c', { lastMessage: said('again', 'visitor', '2026-12-01T10:07:00Z') }),
    ]
    const alerts = [
      { kind: 'not_yet', conversationId: 'a' },
      { kind: 'new_conversation', conversationId: 'b' },
      { kind: 'message', conversationId: 'c' },
    ] as const
    expect(spokenAlert(alerts, list, null)).toEqual({ kind: 'message', conversationId: 'c' })
    expect(spokenAlert(alerts, list, 'c')).toEqual({ kind: 'new_conversation', conversationId: 'b' })
    expect(spokenAlert(alerts.slice(0, 1), list, null)).toBeNull()
  })
})
