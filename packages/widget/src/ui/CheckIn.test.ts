// @vitest-environment happy-dom
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { act, type Mounted, mountChat } from '../testing/mount.ts'

let chat: Mounted
afterEach(() => chat?.element.remove())

const open = () => act(() => chat.$<HTMLButtonElement>('button.launcher')!.click())
const calls = (action: string) => chat.client.calls.filter((c) => c.action === action).map((c) => c.args)
const radio = (label: string) =>
  chat
    .$$<HTMLLabelElement>('.ci-option')
    .find((l) => l.querySelector('.ci-label')?.firstChild?.textContent === label)
    ?.querySelector('input') ?? null
const key = (target: Element, type: 'keydown' | 'keyup', key: string) =>
  target.dispatchEvent(new KeyboardEvent(type, { key, bubbles: true, cancelable: true, composed: true }))

describe('check-in cards', () => {
  it('tells the server the chat opened, on every open, with the page and locale', async () => {
    chat = await mountChat({ locale: 'th-TH' })
    await open()
    const context = { page: `${location.origin}${location.pathname}`, locale: 'th-TH' }
    expect(calls('openChat')).toEqual([[context]])
    await open()
    await open()
    expect(calls('openChat')).toEqual([[context], [context]])
  })

  it('tells the server once when the panel opens, even before the connection is up (core repeats it after reconnects)', async () => {
    chat = await mountChat()
    await act(() => chat.client.$status.set('connecting'))
    await open()
    expect(calls('openChat')).toHaveLength(1)
    await act(() => chat.client.$status.set('online'))
    expect(calls('openChat')).toHaveLength(1)
  })

  it('draws the before card as a radio group with a legend and a labelled radio per face', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('before'))
    const fieldset = chat.$('fieldset')!
    expect(fieldset.querySelector('legend')?.textContent).toBe('How are you feeling right now?')
    const hint = chat.$(`#${fieldset.getAttribute('aria-describedby')}`)
    expect(hint?.textContent).toBe('So our team can help you better.')
    const radios = chat.$$<HTMLInputElement>('input[type="radio"]')
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual(['Very upset', 'Upset', 'Okay', 'Good', 'Very happy'])
    expect(new Set(radios.map((r) => r.name)).size).toBe(1)
    // Faces are drawn, never emoji, and hidden from assistive tech: the label names them.
    expect(chat.$$('svg.face').every((svg) => svg.getAttribute('aria-hidden') === 'true')).toBe(true)
    expect(chat.$$('svg.face')).toHaveLength(5)
  })

  it('announces a new card politely and leaves focus in the composer', async () => {
    chat = await mountChat()
    await open()
    const textarea = chat.$('textarea')!
    expect(chat.element.shadowRoot!.activeElement).toBe(textarea)
    await act(() => chat.client.ask('before'))
    const region = chat.$$('.checkin [role="status"]')[0]!
    expect(region.textContent).toBe('Quick question: How are you feeling right now?')
    expect(chat.element.shadowRoot!.activeElement).toBe(textarea)
  })

  it('an upset face answers at once with final: false, then asks the reason and the topic', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('before'))
    await act(() => radio('Upset')!.click())
    expect(calls('answerCheckIn')).toEqual([[{ mood: 2 }, { final: false }]])
    expect(chat.$('legend')?.textContent).toBe("What's behind it?")
    // Focus follows the shopper's tap into the next step.
    expect(chat.element.shadowRoot!.activeElement).toBe(radio('How I was treated'))
    await act(() => radio("Couldn't reach anyone")!.click())
    expect(calls('answerCheckIn')[1]).toEqual([{ reason: 'unreachable' }, { final: false }])
    expect(chat.$('legend')?.textContent).toBe('What is it about?')
    await act(() => radio('Order & delivery')!.click())
    expect(calls('answerCheckIn')[2]).toEqual([{ topic: 'order' }, { final: true }])
    expect(chat.$('fieldset')).toBeNull()
    expect(chat.$('.thanks')?.textContent).toBe('Thank you for telling us. How can we help?')
    expect(chat.element.shadowRoot!.activeElement).toBe(chat.$('.thanks'))
    // The next card, asked by the server, takes the thanks' place but not focus: that goes to the
    // message box instead of being lost.
    await act(() => chat.client.ask('during', 9))
    expect(chat.element.shadowRoot!.activeElement).toBe(chat.$('textarea'))
  })

  it('arrow keys only move between faces; Enter answers with the focused one; "Next" commits a checked one', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('before'))
    const okay = radio('Okay')!
    // What a browser does on ArrowRight: keydown, the radio is checked and "clicked", keyup.
    await act(() => {
      key(okay, 'keydown', 'ArrowRight')
      okay.click()
      key(okay, 'keyup', 'ArrowRight')
    })
    expect(calls('answerCheckIn')).toHaveLength(0)
    const next = chat.byText<HTMLButtonElement>('button', 'Next')!
    expect(next).not.toBeNull()
    await act(() => next.click())
    expect(calls('answerCheckIn')).toEqual([[{ mood: 3 }, { final: false }]])

    await act(() => key(radio('Payment')!, 'keydown', 'Enter'))
    expect(calls('answerCheckIn')[1]).toEqual([{ topic: 'payment' }, { final: true }])
  })

  it('Space on a focused face answers too', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('before'))
    await act(() => key(radio('Very happy')!, 'keydown', ' '))
    expect(calls('answerCheckIn')).toEqual([[{ mood: 5 }, { final: false }]])
  })

  it('Skip calls skipCheckIn; "Don\'t ask me again" skips forever', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('before'))
    await act(() => chat.byText<HTMLButtonElement>('button', 'Skip')!.click())
    expect(calls('skipCheckIn')).toEqual([[{}]])
    expect(chat.$('.card')).toBeNull()
    expect(chat.$('.thanks')).toBeNull()
    // Nothing answered, nothing to thank for: focus goes back to the message box.
    expect(chat.element.shadowRoot!.activeElement).toBe(chat.$('textarea'))

    await act(() => chat.client.ask('before', 2))
    // A card the server asks later does not take focus, even after the shopper used the last one.
    expect(chat.element.shadowRoot!.activeElement).toBe(chat.$('textarea'))
    await act(() => chat.byText<HTMLButtonElement>('button', "Don't ask me again")!.click())
    expect(calls('skipCheckIn')[1]).toEqual([{ forever: true }])
  })

  it('sending a message while the before card is open closes it; the composer stays usable', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('before'))
    const textarea = chat.$<HTMLTextAreaElement>('textarea')!
    await act(() => {
      textarea.value = 'Where is my order?'
      textarea.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await act(() => key(textarea, 'keydown', 'Enter'))
    expect(calls('send')).toEqual([['Where is my order?']])
    expect(chat.$('.card')).toBeNull()
  })

  it('the thank-you line goes once the chat moves on', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('during'))
    await act(() => radio('Yes')!.click())
    expect(chat.$('.thanks')?.textContent).toBe("Thank you! We're glad we're on the same page.")
    await act(() => chat.client.send('Thanks!'))
    expect(chat.$('.thanks')).toBeNull()
  })

  it('during: "Not yet" answers understood: false and acknowledges it', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('during'))
    expect(chat.$('legend')?.textContent).toBe('Do you feel we understand what you need?')
    await act(() => radio('Not yet')!.click())
    expect(calls('answerCheckIn')).toEqual([[{ understood: false }, { final: true }]])
    const thanks = chat.$('.thanks')!
    expect(thanks.textContent).toBe("Thanks for telling us — we've let the team know.")
    expect(chat.element.shadowRoot!.activeElement).toBe(thanks)
  })

  it('after: faces, resolved, the effort scale when on, then an optional comment', async () => {
    chat = await mountChat()
    await act(() =>
      chat.client.$site.set({
        ...chat.client.$site.get()!,
        checkIns: { moments: { before: true, during: true, after: true }, topics: ['order'], effortItem: true },
      }),
    )
    await open()
    await act(() => chat.client.ask('after'))
    expect(chat.$('legend')?.textContent).toBe('How are you feeling now?')
    await act(() => radio('Good')!.click())
    await act(() => radio('Partly')!.click())
    expect(chat.$('legend')?.textContent).toBe('Demo Store made it easy for me to handle my issue.')
    const scale = chat.$$<HTMLInputElement>('input[type="radio"]')
    expect(scale.map((r) => r.closest('label')?.textContent)).toEqual([
      '1 — Strongly disagree',
      '2 — Disagree',
      '3 — Somewhat disagree',
      '4 — Neither agree nor disagree',
      '5 — Somewhat agree',
      '6 — Agree',
      '7 — Strongly agree',
    ])
    await act(() => scale[5]!.click())
    expect(calls('answerCheckIn')).toEqual([
      [{ mood: 4 }, { final: false }],
      [{ resolved: 'partly' }, { final: false }],
      [{ effort: 6 }, { final: false }],
    ])
    const comment = chat.$<HTMLTextAreaElement>('.ci-comment')!
    expect(chat.$(`label[for="${comment.id}"]`)?.textContent).toMatch(/optional/)
    await act(() => {
      comment.value = 'Quick and kind, thanks'
      comment.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await act(() => chat.byText<HTMLButtonElement>('.card button', 'Send')!.click())
    expect(calls('answerCheckIn')[3]).toEqual([{ comment: 'Quick and kind, thanks' }, { final: true }])
    expect(chat.$('.thanks')?.textContent).toBe('Thank you for your feedback. Take care!')
  })

  it('after without the effort item: resolved leads to the comment; an empty Send just closes', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.ask('after'))
    await act(() => radio('Very happy')!.click())
    await act(() => radio('Yes')!.click())
    expect(chat.$('.ci-comment')).not.toBeNull()
    await act(() => chat.byText<HTMLButtonElement>('.card button', 'Send')!.click())
    expect(calls('answerCheckIn')).toHaveLength(2)
    expect(calls('skipCheckIn')).toHaveLength(1)
    expect(chat.$('.thanks')?.textContent).toBe('Thank you for your feedback. Take care!')
  })
})

describe('End chat and the wait notice', () => {
  it('"End chat" shows once the conversation has a message and calls endChat', async () => {
    chat = await mountChat()
    await open()
    expect(chat.byText('button', 'End chat')).toBeNull()
    await act(() =>
      chat.client.$timeline.set([{ key: 'c1', kind: 'message', role: 'visitor', text: 'Hi', at: '2025-01-01T10:00:00Z', state: 'sent', seq: 1 }]),
    )
    await act(() => chat.byText<HTMLButtonElement>('button', 'End chat')!.click())
    expect(calls('endChat')).toEqual([[]])
  })

  it('appears only after the shopper has waited more than 20 seconds', async () => {
    const start = Date.parse('2025-01-01T10:00:00.000Z')
    chat = await mountChat({ now: start })
    await open()
    // One timer runs while the shopper waits, to the 20-second mark: its time is the test's.
    // shouldAdvanceTime: the test's act() waits for a frame and a 0 ms timeout, which still come.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
    onTestFinished(() => void vi.useRealTimers())
    const region = chat.$('.wait')!
    expect(region.getAttribute('role')).toBe('status')
    await act(() => chat.client.$awaitingReply.set({ since: '2025-01-01T10:00:00.000Z' }))
    const timers = vi.getTimerCount()
    chat.setNow(start + 19_000)
    await act(() => vi.advanceTimersByTime(19_000))
    expect(region.textContent).toBe('')
    chat.setNow(start + 21_000)
    await act(() => vi.advanceTimersByTime(2_000))
    expect(region.textContent).toBe("Thanks for waiting — someone from our team will reply soon. You can keep browsing; we'll be here.")
    // Once the notice shows, no timer runs for it.
    expect(vi.getTimerCount()).toBe(timers - 1)
    await act(() => chat.client.$awaitingReply.set(null))
    expect(region.textContent).toBe('')
  })
})

describe('languages', () => {
  it('sets dir="rtl" and lang for Arabic and shows the Arabic card', async () => {
    chat = await mountChat({ locale: 'ar' })
    await open()
    await act(() => chat.client.ask('before'))
    const root = chat.$('[role="dialog"]')!.closest('[dir]')!
    expect(root.getAttribute('dir')).toBe('rtl')
    expect(root.getAttribute('lang')).toBe('ar')
    expect(chat.$('legend')?.textContent).toBe('كيف تشعر الآن؟')
  })

  it('is left-to-right in Thai, with Thai labels on the faces', async () => {
    chat = await mountChat({ locale: 'th' })
    await open()
    await act(() => chat.client.ask('before'))
    expect(chat.$('.root')?.getAttribute('dir')).toBe('ltr')
    expect(chat.$$('.ci-option').map((l) => l.textContent)).toEqual(['แย่มาก', 'ไม่ค่อยดี', 'เฉยๆ', 'ดี', 'ดีมาก'])
  })

  it('falls back to <html lang> when boot gives no locale', async () => {
    document.documentElement.lang = 'fil'
    try {
      chat = await mountChat()
      expect(chat.$('button.launcher')?.getAttribute('aria-label')).toBe('Buksan ang chat')
    } finally {
      document.documentElement.lang = ''
    }
  })
})
