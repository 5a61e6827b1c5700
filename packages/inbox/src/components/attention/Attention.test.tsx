// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { AgentProfile } from '../../agent.ts'
import { button, cleanup, mount, settle } from '../../testing/dom.ts'
import { fakeAgent, summary, type FakeAgent } from '../../testing/fake-agent.ts'
import { forgetSession } from '../../session/forget.ts'
import { Attention } from './Attention.tsx'

const ME: AgentProfile = { id: 'p1', name: 'Dao', email: 'dao@demo.store', siteKey: 'demo', role: 'agent', stores: [] }
const WAITING = '2026-01-01T10:00:00.000Z'

/** The real Notification API's shape, recording what the inbox shows. */
class RecordedNotification extends EventTarget {
  static permission: NotificationPermission = 'granted'
  static shown: { title: string; options: NotificationOptions | undefined; closed: boolean; notification: RecordedNotification }[] = []
  static requestPermission = vi.fn(async () => RecordedNotification.permission)
  constructor(title: string, options?: NotificationOptions) {
    super()
    RecordedNotification.shown.push({ title, options, closed: false, notification: this })
  }
  close() {
    const entry = RecordedNotification.shown.find((s) => s.notification === this)
    if (entry) entry.closed = true
  }
}

/** The bodies the notification centre shows: a notification replaces an earlier one of its tag, as browsers do. */
const showing = () =>
  RecordedNotification.shown
    .filter((s, index, all) => !s.closed && !all.slice(index + 1).some((later) => later.options?.tag === s.options?.tag))
    .map((s) => s.options?.body)

let visibility: DocumentVisibilityState = 'visible'
beforeEach(() => {
  RecordedNotification.shown = []
  RecordedNotification.permission = 'granted'
  visibility = 'visible'
  vi.stubGlobal('Notification', RecordedNotification)
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility })
  vi.spyOn(document, 'hasFocus').mockImplementation(() => visibility === 'visible')
  document.title = 'Attune Inbox'
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

function hide(state: DocumentVisibilityState) {
  act(() => {
    visibility = state
    document.dispatchEvent(new Event('visibilitychange'))
  })
}

async function start(opened: string[] = [], openId: string | null = null): Promise<FakeAgent> {
  const client = fakeAgent()
  // The welcome's list: old news, never alerted.
  client.$me.set({ id: 'p1', name: 'Dao', siteKey: 'demo', role: 'agent' } as never)
  client.$conversations.set([summary({ id: 'old', lastMessage: { text: 'an old question', role: 'visitor', at: WAITING }, waitingSince: WAITING })])
  mount(<Attention client={client} agent={ME} openId={openId} onOpen={(id) => opened.push(id)} />)
  await settle()
  return client
}

const press = (key: string, code: string, target: EventTarget = document.body, shiftKey = false) =>
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, code, shiftKey, bubbles: true, cancelable: true })))

describe('alerts', () => {
  it('a new conversation while the tab is hidden counts in the title and shows a notification; a click opens it', async () => {
    const opened: string[] = []
    const client = await start(opened)
    expect(document.title).toBe('Attune Inbox')
    hide('hidden')
    act(() =>
      client.$conversations.set([
        ...client.$conversations.get(),
        summary({ id: 'new', visitorId: 'visitor-9c1e', lastMessage: { text: 'Is the blue teapot in stock?', role: 'visitor', at: WAITING } }),
      ]),
    )
    expect(document.title).toBe('(1) Attune Inbox')
    expect(RecordedNotification.shown.map((s) => [s.title, s.options?.body, s.options?.tag])).toEqual([
      ['New conversation: Visitor 9c1e', 'Is the blue teapot in stock?', 'new'],
    ])
    RecordedNotification.shown[0]!.notification.dispatchEvent(new Event('click'))
    expect(opened).toEqual(['new'])
    expect(RecordedNotification.shown[0]!.closed).toBe(true)
    // Back on the tab: the count is seen.
    hide('visible')
    expect(document.title).toBe('Attune Inbox')
  })

  it('the welcome’s list is old news, an agent’s own reply is nothing, and a visible tab gets no notification', async () => {
    const client = await start()
    act(() => {
      client.$me.set({ id: 'p1', name: 'Dao', siteKey: 'demo', role: 'agent' } as never)
      client.$conversations.set([summary({ id: 'while-away', lastMessage: { text: 'hello?', role: 'visitor', at: WAITING } })])
    })
    act(() =>
      client.$conversations.set([summary({ id: 'while-away', lastMessage: { text: 'On it', role: 'agent', at: '2026-01-01T10:01:00.000Z' } })]),
    )
    act(() => client.$conversations.set([summary({ id: 'seen', lastMessage: { text: 'hi', role: 'visitor', at: WAITING } })]))
    expect(RecordedNotification.shown).toEqual([])
    expect(document.title).toBe('Attune Inbox')
  })

  it('a shopper erased takes their words out of the notification centre; another shopper’s stay', async () => {
    const client = await start()
    hide('hidden')
    const wrote = (id: string, text: string, at = WAITING) => summary({ id, lastMessage: { text, role: 'visitor', at } })
    act(() => client.$conversations.set([wrote('gone', 'My address is 12 Soi Ari'), wrote('stays', 'Is the blue teapot in stock?')]))
    act(() =>
      client.$conversations.set([
        wrote('gone', 'and my phone is 081 234 5678', '2026-01-01T10:02:00.000Z'),
        wrote('stays', 'Is the blue teapot in stock?'),
      ]),
    )
    expect(showing()).toEqual(['Is the blue teapot in stock?', 'and my phone is 081 234 5678'])

    act(() => {
      client.$conversations.set([wrote('stays', 'Is the blue teapot in stock?')])
      client.emitErased(summary({ id: 'gone', visitorId: 'visitor-gone', status: 'resolved' }))
    })
    expect(showing()).toEqual(['Is the blue teapot in stock?'])
  })

  it('a shopper erased after a page change is still taken out; a sign-out or a store switch takes them all', async () => {
    let client = await start()
    hide('hidden')
    const wrote = (id: string, text: string) => summary({ id, lastMessage: { text, role: 'visitor', at: WAITING } })
    act(() => client.$conversations.set([wrote('gone', 'My card was charged twice'), wrote('stays', 'Is the teapot in stock?')]))
    expect(showing()).toEqual(['My card was charged twice', 'Is the teapot in stock?'])
    // Another page of the inbox mounts the alerts anew.
    act(() => cleanup())
    client = await start()
    act(() => client.emitErased(summary({ id: 'gone', visitorId: 'visitor-gone', status: 'resolved' })))
    expect(showing()).toEqual(['Is the teapot in stock?'])
    act(() => forgetSession())
    expect(showing()).toEqual([])
  })

  it('no notification without the browser’s permission, and the button asks only when pressed', async () => {
    RecordedNotification.permission = 'default'
    const client = await start()
    expect(RecordedNotification.requestPermission).not.toHaveBeenCalled()
    hide('hidden')
    act(() => client.$conversations.set([summary({ id: 'new', lastMessage: { text: 'hello', role: 'visitor', at: WAITING } })]))
    expect(RecordedNotification.shown).toEqual([])
    expect(document.title).toBe('(1) Attune Inbox')
    RecordedNotification.permission = 'denied'
    act(() => button(document.body, 'Turn on desktop notifications').click())
    await settle()
    expect(RecordedNotification.requestPermission).toHaveBeenCalledTimes(1)
    expect(document.body.textContent).toContain('Your browser blocks notifications from the inbox.')
  })
})

describe('alerts said aloud while the tab is shown', () => {
  const spoken = () => [...document.querySelectorAll('[role="status"]')].map((status) => status.textContent).filter(Boolean)
  const wrote = (id: string, text: string, at: string) => summary({ id, visitorId: `visitor-${id}`, lastMessage: { text, role: 'visitor', at } })

  it('says a new conversation in the words of its notification, with the sound off too', async () => {
    const client = fakeAgent()
    mount(
      <Attention
        client={client}
        agent={{ ...ME, preferences: { thaiVoice: 'female', language: null, sound: false } }}
        openId={null}
        onOpen={() => {}}
      />,
    )
    await settle()
    act(() => client.$conversations.set([wrote('9c1e', 'Is the blue teapot in stock?', WAITING)]))
    await settle()
    expect(spoken()).toEqual(['New conversation: Visitor 9c1e'])
  })

  it('says a shopper’s message in a conversation not on screen, of several at once only the newest, and nothing for the open one', async () => {
    const client = fakeAgent()
    client.$conversations.set([wrote('b0a7', 'where is my order?', WAITING), wrote('c0de', 'hi', WAITING)])
    mount(<Attention client={client} agent={ME} openId="c0de" onOpen={() => {}} />)
    await settle()
    act(() => client.$conversations.set([wrote('b0a7', 'where is my order?', WAITING), wrote('c0de', 'hello again', '2026-01-01T10:07:00.000Z')]))
    await settle()
    expect(spoken()).toEqual([])
    act(() =>
      client.$conversations.set([
        wrote('b0a7', 'still there?', '2026-01-01T10:05:00.000Z'),
        wrote('c0de', 'hello again', '2026-01-01T10:07:00.000Z'),
        wrote('a7f3', 'my parcel is late', '2026-01-01T10:06:00.000Z'),
      ]),
    )
    await settle()
    expect(spoken()).toEqual(['New conversation: Visitor a7f3'])
    act(() => client.$conversations.set([wrote('b0a7', 'hello?', '2026-01-01T10:08:00.000Z'), ...client.$conversations.get().slice(1)]))
    await settle()
    expect(spoken()).toEqual(['Visitor b0a7 wrote'])
  })

  it('a shopper erased leaves no line naming them in the live region', async () => {
    const client = fakeAgent()
    client.$conversations.set([wrote('9c1e', 'where is my order?', WAITING)])
    mount(<Attention client={client} agent={ME} openId={null} onOpen={() => {}} />)
    await settle()
    act(() => client.$conversations.set([wrote('9c1e', 'my phone is 081 234 5678', '2026-01-01T10:02:00.000Z')]))
    await settle()
    expect(spoken()).toEqual(['Visitor 9c1e wrote'])

    act(() => {
      client.$conversations.set([])
      client.emitErased(summary({ id: '9c1e', visitorId: 'visitor-9c1e', status: 'resolved' }))
    })
    await settle()
    expect(document.body.textContent).not.toMatch(/9c1e|081 234 5678/)
  })

  it('a line about another shopper is not taken back by an erasure', async () => {
    const client = fakeAgent()
    mount(<Attention client={client} agent={ME} openId={null} onOpen={() => {}} />)
    await settle()
    act(() => client.$conversations.set([wrote('b0a7', 'where is my order?', WAITING)]))
    await settle()
    act(() => client.emitErased(summary({ id: '9c1e', visitorId: 'visitor-9c1e', status: 'resolved' })))
    await settle()
    expect(spoken()).toEqual(['New conversation: Visitor b0a7'])
  })
})

describe('the alert’s tone', () => {
  /** Web Audio's shape, counting the tones the inbox starts. */
  class CountedAudio {
    static tones = 0
    state: AudioContextState = 'running'
    currentTime = 0
    destination = {}
    resume = async () => undefined
    close = async () => undefined
    createOscillator() {
      CountedAudio.tones++
      return { frequency: { value: 0 }, connect: (next: unknown) => next, start() {}, stop() {} }
    }
    createGain() {
      return { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next }
    }
  }

  it.each([
    [true, 2],
    [false, 0],
  ])('follows the person’s choice (sound %s: %i notes)', async (sound, notes) => {
    CountedAudio.tones = 0
    vi.stubGlobal('AudioContext', CountedAudio)
    const client = fakeAgent()
    mount(
      <Attention client={client} agent={{ ...ME, preferences: { thaiVoice: 'female', language: null, sound } }} openId={null} onOpen={() => {}} />,
    )
    await settle()
    act(() => client.$conversations.set([summary({ id: 'new', lastMessage: { text: 'hello', role: 'visitor', at: WAITING } })]))
    expect(CountedAudio.tones).toBe(notes)
  })
})

describe('keyboard shortcuts', () => {
  it('j opens the next waiting conversation of mine; in a text box it is only a letter', async () => {
    const opened: string[] = []
    const client = await start(opened, 'old')
    act(() =>
      client.$conversations.set([
        ...client.$conversations.get(),
        summary({ id: 'theirs', waitingSince: WAITING, assignee: { id: 'p2', name: 'Ploy' } }),
        summary({ id: 'mine', waitingSince: WAITING, assignee: { id: 'p1', name: 'Dao' } }),
      ]),
    )
    press('j', 'KeyJ')
    expect(opened).toEqual(['mine'])
    const box = document.createElement('textarea')
    document.body.append(box)
    press('j', 'KeyJ', box)
    expect(opened).toEqual(['mine'])
  })

  it('? opens the list of shortcuts as a modal dialog; Close closes it and the focus goes back', async () => {
    await start()
    const trigger = button(document.body, 'Keyboard shortcuts')
    trigger.focus()
    press('?', 'Slash', trigger, true)
    const dialog = document.querySelector('dialog')!
    expect(dialog.open).toBe(true)
    expect(dialog.getAttribute('aria-labelledby')).toBe('shortcuts-title')
    expect([...dialog.querySelectorAll('tbody tr')].map((row) => row.textContent)).toContain('jOpen the next waiting conversation')
    expect(document.activeElement?.textContent).toBe('Close')
    act(() => button(dialog, 'Close').click())
    expect(dialog.open).toBe(false)
    expect(document.activeElement).toBe(trigger)
  })
})
