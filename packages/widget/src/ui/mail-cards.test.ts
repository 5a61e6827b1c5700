// @vitest-environment happy-dom
import { AttuneError, type TimelineItem } from '@attune/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { act, type Mounted, mountChat } from '../testing/mount.ts'
import { looksLikeEmail } from './mail-cards.ts'
import { nobodyThere } from './view-model.ts'

// Issue 15: the email ask when nobody is there, and the transcript at the end of a chat.

let chat: Mounted
beforeEach(() => localStorage.clear())
afterEach(() => chat?.element.remove())

const open = () => act(() => chat.$<HTMLButtonElement>('button.launcher')!.click())
const calls = (action: string) => chat.client.calls.filter((c) => c.action === action).map((c) => c.args)
const typeEmail = (text: string) =>
  act(() => {
    const input = chat.$<HTMLInputElement>('.mail-card input[type="email"]')!
    input.value = text
    input.dispatchEvent(new Event('input'))
  })
const submit = () => act(() => chat.$<HTMLFormElement>('form.mail-card')!.requestSubmit())
const focused = () => chat.element.shadowRoot!.activeElement
const askShown = async (locale?: string) => {
  chat = await mountChat(locale ? { locale } : {})
  await open()
  await act(() => chat.client.$agentsOnline.set(0))
  await act(() => chat.client.send('Anyone there?'))
  await vi.waitFor(() => expect(chat.$('form.mail-card')).not.toBeNull())
}
const resolved = { key: 'r', kind: 'resolved', at: '2026-12-01T22:05:00.000Z' } as TimelineItem

const message = (key: string, role: 'visitor' | 'agent', text: string, authorName?: string): TimelineItem =>
  ({ key, kind: 'message', role, text, at: '2026-12-01T22:00:00.000Z', state: 'sent', ...(authorName ? { authorName } : {}) }) as TimelineItem

describe('nobodyThere', () => {
  it('is true once the server said no agent is online, or the store is outside its hours', () => {
    expect(nobodyThere(0, null)).toBe(true)
    expect(nobodyThere(2, null)).toBe(false)
    expect(nobodyThere(null, null)).toBe(false)
    expect(nobodyThere(2, false)).toBe(true)
    expect(nobodyThere(null, true)).toBe(false)
  })
})

describe('the email ask', () => {
  it('asks once nobody is there and the shopper wrote; a bad address is explained, a good one saved', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.$agentsOnline.set(0))
    expect(chat.$('form.mail-card')).toBeNull() // not before the shopper says anything
    await act(() => chat.client.send('Anyone there?'))
    await vi.waitFor(() => expect(chat.$('form.mail-card')).not.toBeNull())
    const heading = chat.$(`#${chat.$('form.mail-card')!.getAttribute('aria-labelledby')}`)
    expect(heading?.textContent).toBe('Leave your email and we’ll let you know when we reply.')
    expect(chat.$('label[for="attune-email"]')?.textContent).toBe('Email')

    await typeEmail('not an address')
    await submit()
    expect(chat.$('[role="alert"]')?.textContent).toBe('Please enter a valid email address.')
    expect(chat.$('#attune-email')?.getAttribute('aria-invalid')).toBe('true')
    expect(calls('mail')).toEqual([['visitor/email', {}]]) // what to offer; nothing sent

    await typeEmail(' ann@example.com ')
    await submit()
    await vi.waitFor(() => expect(chat.$('[role="status"].card')?.textContent).toBe('Thanks! We’ll email ann@example.com when we reply.'))
    expect(calls('mail')).toEqual([
      ['visitor/email', {}],
      ['visitor/email', { email: 'ann@example.com' }],
    ])
  })

  it('says the address as typed, and keeps it whole inside the Arabic sentence', async () => {
    chat = await mountChat({ locale: 'ar' })
    await open()
    await act(() => chat.client.$agentsOnline.set(0))
    await act(() => chat.client.send('هل من أحد؟'))
    await vi.waitFor(() => expect(chat.$('form.mail-card')).not.toBeNull())
    // `$&` and `$'` are allowed in an address; a string replacement would have read them as patterns.
    await typeEmail("a$&b$'c@example.com")
    await submit()
    await vi.waitFor(() => expect(chat.$('[role="status"].card')?.textContent).toContain("\u2068a$&b$'c@example.com\u2069"))
  })

  it('is skippable, and once skipped never asks again on this device', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.$agentsOnline.set(0))
    await act(() => chat.client.send('Hello?'))
    await vi.waitFor(() => expect(chat.$('form.mail-card')).not.toBeNull())
    await act(() => chat.byText<HTMLButtonElement>('.mail-card button', 'No thanks')!.click())
    expect(chat.$('form.mail-card')).toBeNull()
    chat.element.remove()

    chat = await mountChat()
    await open()
    await act(() => chat.client.$agentsOnline.set(0))
    await act(() => chat.client.send('Still there?'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(chat.$('form.mail-card')).toBeNull()
  })

  it('says an address the server refused is not valid, not that something failed', async () => {
    await askShown()
    chat.client.mail = (_path, body) =>
      'email' in body ? Promise.reject(new AttuneError('invalid_input', 'Not an address.')) : Promise.resolve(null)
    await typeEmail('ann.@example.com') // passes looksLikeEmail; the server knows better
    await submit()
    await vi.waitFor(() => expect(chat.$('[role="alert"]')?.textContent).toBe('Please enter a valid email address.'))
    expect(chat.$('#attune-email')?.getAttribute('aria-invalid')).toBe('true')
  })

  it('keeps focus in the panel when "No thanks" or the sent address takes the form away', async () => {
    await askShown()
    const skip = chat.byText<HTMLButtonElement>('.mail-card button', 'No thanks')!
    skip.focus()
    await act(() => skip.click())
    expect(skip.isConnected).toBe(false)
    expect(focused()?.id).toBe('attune-message')
    chat.element.remove()
    localStorage.clear()

    await askShown()
    await typeEmail('ann@example.com')
    const send = chat.byText<HTMLButtonElement>('.mail-card button', 'Notify me')!
    send.focus()
    await act(() => send.click())
    await vi.waitFor(() => expect(send.isConnected).toBe(false))
    expect(focused()?.id).toBe('attune-message')
  })

  it('speaks in the store’s Thai voice', async () => {
    await askShown('th-TH')
    await act(() => chat.client.$site.set({ ...chat.client.$site.get()!, thaiVoice: 'male' }))
    await act(() => chat.client.$timeline.set([...chat.client.$timeline.get(), resolved]))
    await vi.waitFor(() => expect(chat.$('section.mail-card')).not.toBeNull())
    await act(() => chat.byText<HTMLButtonElement>('.mail-card button', 'ส่งสำเนาทางอีเมล')!.click())
    await typeEmail('ann@example.com')
    await act(() => chat.$<HTMLFormElement>('section.mail-card form')!.requestSubmit())
    await vi.waitFor(() => expect(chat.$('section.mail-card [role="status"]')?.textContent).toBe('ส่งสำเนาไปที่อีเมลของคุณแล้วครับ'))
    await act(() => chat.client.$timeline.set(chat.client.$timeline.get().slice(0, -1)))
    expect(chat.$('.mail-card')?.textContent).toContain('ฝากอีเมลไว้ได้นะครับ')
    expect(chat.$('.mail-card')?.textContent).not.toMatch(/ค่ะ|คะ/)
  })

  it('never asks while an agent is online', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.$agentsOnline.set(1))
    await act(() => chat.client.send('Hi'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(chat.$('form.mail-card')).toBeNull()
  })

  it('offers the address the store identified the shopper with, to send as it is', async () => {
    chat = await mountChat()
    chat.client.knownEmail = 'known@example.com'
    await open()
    await act(() => chat.client.$agentsOnline.set(0))
    await act(() => chat.client.send('Hello'))
    await vi.waitFor(() => expect(chat.$<HTMLInputElement>('#attune-email')?.value).toBe('known@example.com'))
    await submit()
    await vi.waitFor(() => expect(calls('mail')).toContainEqual(['visitor/email', { email: 'known@example.com' }]))
  })

  it('asks in the shopper’s language', async () => {
    chat = await mountChat({ locale: 'th-TH' })
    await open()
    await act(() => chat.client.$agentsOnline.set(0))
    await act(() => chat.client.send('สวัสดีค่ะ'))
    await vi.waitFor(() => expect(chat.$('form.mail-card p')?.textContent).toBe('ฝากอีเมลไว้ได้นะคะ พอเราตอบกลับแล้วจะแจ้งให้ทราบทางอีเมลค่ะ'))
  })
})

describe('the transcript at the end of a chat', () => {
  it('offers a download and a copy by email once the chat ended', async () => {
    chat = await mountChat()
    await open()
    await act(() =>
      chat.client.$timeline.set([
        message('m1', 'visitor', 'Where is my order?'),
        message('m2', 'agent', 'On its way.', 'Maya'),
        { key: 'r', kind: 'resolved', at: '2026-12-01T22:05:00.000Z' } as TimelineItem,
      ]),
    )
    await vi.waitFor(() => expect(chat.$('section.mail-card')).not.toBeNull())
    expect(chat.byText('.mail-card button', 'Download (.txt)')).not.toBeNull()
    await act(() => chat.byText<HTMLButtonElement>('.mail-card button', 'Email me a copy')!.click())
    await typeEmail('ann@example.com')
    await act(() => chat.$<HTMLFormElement>('section.mail-card form')!.requestSubmit())
    await vi.waitFor(() => expect(chat.$('section.mail-card [role="status"]')?.textContent).toBe('A copy is on its way to your inbox.'))
    expect(calls('mail')).toEqual([
      ['visitor/email', {}],
      ['transcript', { email: 'ann@example.com' }],
    ])
  })

  it('opens with its own button, not with the ask’s answer, after an address was left', async () => {
    await askShown()
    await typeEmail('ann@example.com')
    await submit()
    await vi.waitFor(() => expect(chat.$('[role="status"].card')?.textContent).toBe('Thanks! We’ll email ann@example.com when we reply.'))
    await act(() => chat.client.$timeline.set([...chat.client.$timeline.get(), resolved]))
    await vi.waitFor(() => expect(chat.$('section.mail-card')).not.toBeNull())
    expect(chat.$('section.mail-card [role="status"]')).toBeNull()
    const copy = chat.byText<HTMLButtonElement>('.mail-card button', 'Email me a copy')!
    copy.focus()
    await act(() => copy.click())
    // The button gives way to the field it opens, and the focus goes there, not to the page's <body>.
    expect(focused()?.id).toBe('attune-copy-email')
  })

  it('keeps focus in the panel when the sent copy takes the form away', async () => {
    chat = await mountChat()
    await open()
    await act(() => chat.client.$timeline.set([message('m1', 'visitor', 'Thanks'), resolved]))
    await vi.waitFor(() => expect(chat.$('section.mail-card')).not.toBeNull())
    await act(() => chat.byText<HTMLButtonElement>('.mail-card button', 'Email me a copy')!.click())
    await typeEmail('ann@example.com')
    const send = chat.byText<HTMLButtonElement>('section.mail-card form button', 'Email me a copy')!
    send.focus()
    await act(() => send.click())
    await vi.waitFor(() => expect(send.isConnected).toBe(false))
    expect(focused()?.id).toBe('attune-message')
  })

  it('checks an address the way the form does', () => {
    expect(looksLikeEmail('ann@example.com')).toBe(true)
    expect(looksLikeEmail('ann@example')).toBe(false)
    expect(looksLikeEmail('ann example.com')).toBe(false)
  })
})

describe('the download holds the whole conversation (no data lost)', () => {
  /** The chats saved as files, as text. */
  const saved: Blob[] = []
  const texts = () => Promise.all(saved.map((blob) => blob.text()))
  beforeEach(() => {
    saved.length = 0
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:chat'))
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
  })
  afterEach(() => vi.restoreAllMocks())

  /** The card of a chat that ended, its last lines on screen; the server answers the text with `answer`. */
  const ended = async (answer: () => Promise<unknown>) => {
    chat = await mountChat()
    await open()
    const ask = chat.client.mail
    chat.client.mail = (path, body) => (path === 'visitor/email' ? ask(path, body) : (void ask(path, body), answer()))
    await act(() => chat.client.$timeline.set([message('m71', 'visitor', 'line 71'), message('m72', 'agent', 'line 72', 'Maya'), resolved]))
    await vi.waitFor(() => expect(chat.$('section.mail-card')).not.toBeNull())
    return chat.byText<HTMLButtonElement>('.mail-card button', 'Download (.txt)')!
  }
  const whole = Array.from(
    { length: 72 },
    (_, i) => `[2026-12-07 05:${String(i % 60).padStart(2, '0')}] ${i % 2 ? 'Maya' : 'You'}: line ${i + 1}`,
  ).join('\n')

  it('saves the server’s text of the whole chat, not the lines on screen, its times in the shopper’s time zone', async () => {
    const button = await ended(() => Promise.resolve({ text: whole }))
    await act(() => button.click())
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    expect(await texts()).toEqual([whole])
    expect(calls('mail').at(-1)).toEqual(['transcript/text', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }])
  })

  it('saves nothing when the server did not answer, says so in the shopper’s language, and can try again', async () => {
    let answer = (): Promise<unknown> => Promise.reject(new AttuneError('network', 'Failed.'))
    const button = await ended(() => answer())
    button.focus()
    await act(() => button.click())
    await vi.waitFor(() => expect(chat.$('.mail-card [role="alert"]')?.textContent).toBe('The download didn’t work. Please try again.'))
    expect(saved).toEqual([])
    expect(button.getAttribute('aria-disabled')).toBe('false')
    expect(button.getAttribute('aria-describedby')).toBe(chat.$('.mail-card [role="alert"]')!.id)
    expect(focused()).toBe(button)

    answer = () => Promise.resolve({ text: whole })
    await act(() => button.click())
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    expect(chat.$('.mail-card [role="alert"]')).toBeNull()
  })

  it('is busy while the server writes the text: a second tap asks no second time', async () => {
    let answer = (_: unknown) => {}
    const button = await ended(() => new Promise((resolve) => (answer = resolve)))
    button.focus()
    await act(() => button.click())
    expect(button.getAttribute('aria-disabled')).toBe('true')
    await act(() => button.click())
    expect(calls('mail').filter(([path]) => path === 'transcript/text')).toHaveLength(1)
    await act(() => answer({ text: whole }))
    await vi.waitFor(() => expect(saved).toHaveLength(1))
    await act()
    expect(saved).toHaveLength(1)
    expect(button.getAttribute('aria-disabled')).toBe('false')
    expect(focused()).toBe(button)
  })
})
