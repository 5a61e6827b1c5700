// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { agentMessage } from '../testing/fake-client.ts'
import { act, type Mounted, mountChat } from '../testing/mount.ts'

let chat: Mounted
afterEach(() => chat?.element.remove())

const open = () => act(() => chat.$<HTMLButtonElement>('button.launcher')!.click())
const sends = () => chat.client.calls.filter((c) => c.action === 'send').map((c) => c.args)

async function choose(files: { name: string; type: string; size: number }[]) {
  const input = chat.$<HTMLInputElement>('input[type="file"]')!
  Object.defineProperty(input, 'files', { configurable: true, value: files })
  await act(() => input.dispatchEvent(new Event('change', { bubbles: true })))
}

describe('panel', () => {
  it("shows agents' Markdown as elements: bold, and links that open safely in a new tab", async () => {
    chat = await mountChat()
    await act(() =>
      chat.client.$timeline.set([agentMessage('Your **order** ships today: [track it](https://track.example/1) or [x](javascript:alert(1))')]),
    )
    await open()
    const bubble = chat.$('.message.theirs .bubble')!
    expect(bubble.querySelector('strong')?.textContent).toBe('order')
    const links = [...bubble.querySelectorAll('a')]
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')])).toEqual([
      ['track it', 'https://track.example/1', 'noopener noreferrer', '_blank'],
    ])
    expect(bubble.textContent).toContain('[x](javascript:alert(1))')
  })

  it("offers the latest agent message's quick replies as buttons; tapping one sends its text, and focus moves to the message box", async () => {
    chat = await mountChat()
    await act(() => chat.client.$timeline.set([agentMessage('Which one?', { quickReplies: ['Track my order', 'Returns'] })]))
    await open()
    const group = chat.$('[role="group"]')!
    expect(group.getAttribute('aria-label')).toBe('Suggested replies')
    const returns = chat.byText<HTMLButtonElement>('.quick button', 'Returns')!
    returns.focus()
    await act(() => returns.click())
    expect(sends()).toEqual([['Returns']])
    expect(chat.$('.quick')).toBeNull()
    // The buttons went with the message sent: focus did not fall to the store page's <body>.
    expect(chat.element.shadowRoot!.activeElement?.id).toBe('attune-message')
  })

  it("speaks Thai in the store's voice, which may arrive after the texts (issue 16)", async () => {
    chat = await mountChat({ locale: 'th' })
    await open()
    const greeting = () => chat.$('.greeting')?.textContent
    expect(greeting()).toBe('สวัสดีค่ะ มีอะไรให้ช่วยไหมคะ')
    await act(() => chat.client.$site.set({ ...chat.client.$site.get()!, thaiVoice: 'male' }))
    expect(greeting()).toBe('สวัสดีครับ มีอะไรให้ช่วยไหมครับ')
    expect(chat.$('.hide')?.getAttribute('aria-label')).toBe('ซ่อนแชท')
    await act(() => chat.client.$site.set({ ...chat.client.$site.get()!, thaiVoice: 'neutral' }))
    expect(greeting()).toBe('สวัสดี มีอะไรให้ช่วยไหม')
  })

  it("leaves English as it is whatever the store's Thai voice", async () => {
    chat = await mountChat()
    await act(() => chat.client.$site.set({ ...chat.client.$site.get()!, thaiVoice: 'male' }))
    await open()
    expect(chat.$('.greeting')?.textContent).toBe('Hi! How can we help you today?')
  })

  it('keeps focus in the panel when End chat or Retry goes away after use: it moves to the message box', async () => {
    chat = await mountChat()
    await open()
    const sent = { key: 'c1', kind: 'message', role: 'visitor', text: 'Hi', at: '2026-12-06T10:00:00Z', state: 'sent', seq: 1 } as const
    await act(() => chat.client.$timeline.set([sent]))
    const shadow = chat.element.shadowRoot!
    const end = chat.byText<HTMLButtonElement>('button', 'End chat')!
    end.focus()
    await act(() => end.click())
    await act(() => chat.client.$timeline.set([sent, { key: 'r2', kind: 'resolved', at: '2026-12-06T10:01:00Z', seq: 2 }]))
    expect(end.isConnected).toBe(false)
    expect(shadow.activeElement?.id).toBe('attune-message')

    await act(() => chat.client.$timeline.set([{ ...sent, key: 'c9', state: 'failed', seq: undefined }]))
    const retry = chat.$<HTMLButtonElement>('button.retry')!
    retry.focus()
    await act(() => retry.click())
    await act(() => chat.client.$timeline.set([{ ...sent, key: 'c9', state: 'sending', seq: undefined }]))
    expect(retry.isConnected).toBe(false)
    expect(shadow.activeElement?.id).toBe('attune-message')
  })

  it('separates days, shows who is online, and loads earlier messages on request', async () => {
    chat = await mountChat({ now: Date.parse('2025-01-01T12:00:00.000Z') })
    await act(() => {
      chat.client.$timeline.set([agentMessage('Hello')])
      chat.client.$agentsOnline.set(1)
      chat.client.$hasOlder.set(true)
    })
    await open()
    expect(chat.$('.day')?.textContent).toBe('Today')
    expect(chat.$('.presence')?.textContent).toBe("We're online")
    const earlier = chat.byText<HTMLButtonElement>('button', 'Load earlier messages')!
    earlier.focus()
    await act(() => earlier.click())
    expect(chat.client.calls.map((c) => c.action)).toContain('loadOlder')
    // The last page arrives: the button goes, and focus stays in the conversation.
    await act(() => {
      chat.client.$hasOlder.set(false)
      chat.client.$timeline.set([agentMessage('Welcome back', { key: 'a0', seq: 1 }), ...chat.client.$timeline.get()])
    })
    expect(earlier.isConnected).toBe(false)
    expect(chat.element.shadowRoot!.activeElement?.getAttribute('role')).toBe('log')
  })

  it('attaches a file: checks it first, shows progress, then sends it', async () => {
    chat = await mountChat()
    await open()
    const attach = chat.$<HTMLButtonElement>('button.attach')!
    expect(attach.getAttribute('aria-label')).toBe('Attach a file')
    const picker = chat.$<HTMLInputElement>('input[type="file"]')!
    expect(picker.getAttribute('accept')).toBe('image/png,image/jpeg,application/pdf')
    // The picker is out of the tab order and the accessibility tree; the button opens it.
    expect(picker.hidden).toBe(true)
    const opened = vi.fn()
    picker.addEventListener('click', opened)
    attach.click()
    expect(opened).toHaveBeenCalledOnce()

    await choose([{ name: 'movie.png', type: 'image/png', size: 50_000_000 }])
    expect(chat.$('[role="alert"]')?.textContent).toBe('movie.png is too big to send. Files can be up to 10 MB.')
    expect(chat.client.uploads).toHaveLength(0)

    await choose([{ name: 'photo.png', type: 'image/png', size: 2_000 }])
    expect(chat.$('[role="alert"]')).toBeNull()
    await act(() => chat.client.uploads[0]!.progress(500, 2_000))
    const bar = chat.$<HTMLProgressElement>('progress')!
    expect(bar.getAttribute('value')).toBe('25')
    expect(chat.$(`#${bar.getAttribute('aria-labelledby')}`)?.textContent).toBe('Sending photo.png…')
    const attachment = { id: 'f1', name: 'photo.png', type: 'image/png', size: 2_000, url: '/api/uploads/f1' }
    await act(() => chat.client.uploads[0]!.resolve(attachment))
    expect(sends()).toEqual([['', { attachments: [attachment] }]])
    expect(chat.$('progress')).toBeNull()
  })

  it('says so when an upload fails', async () => {
    chat = await mountChat()
    await open()
    await choose([{ name: 'invoice.pdf', type: 'application/pdf', size: 2_000 }])
    await act(() => chat.client.uploads[0]!.reject(new Error('network')))
    expect(chat.$('[role="alert"]')?.textContent).toBe("invoice.pdf couldn't be sent. Please try again.")
  })

  it('marks messages read in a shown tab only: not while it is hidden, and as soon as it is shown', async () => {
    chat = await mountChat()
    await open()
    const reads = () => chat.client.calls.filter((c) => c.action === 'markRead').length
    const show = (shown: boolean) =>
      act(() => {
        Object.defineProperty(document, 'hidden', { configurable: true, value: !shown })
        Object.defineProperty(document, 'visibilityState', { configurable: true, value: shown ? 'visible' : 'hidden' })
        document.dispatchEvent(new Event('visibilitychange'))
      })
    await show(false)
    try {
      await act(() => chat.client.$unread.set(1))
      expect(reads()).toBe(0)
      expect(chat.client.$unread.get()).toBe(1)

      await show(true)
      expect(reads()).toBe(1)
      expect(chat.client.$unread.get()).toBe(0)
    } finally {
      await show(true)
    }
  })

  it('previews images and links other files with name and size, from the Attune server', async () => {
    chat = await mountChat()
    await act(() =>
      chat.client.$timeline.set([
        agentMessage('', {
          attachments: [
            { id: 'i', name: 'size-chart.png', type: 'image/png', size: 30_000, url: '/api/uploads/i' },
            { id: 'p', name: 'returns.pdf', type: 'application/pdf', size: 1_500_000, url: '/api/uploads/p' },
          ],
        }),
      ]),
    )
    await open()
    const img = chat.$<HTMLImageElement>('img.thumb')!
    expect(img.getAttribute('alt')).toBe('size-chart.png')
    expect(img.getAttribute('src')).toBe(`${location.origin}/api/uploads/i`)
    expect(chat.$('a.file')?.textContent).toBe('returns.pdf 1.5 MB')
    expect(chat.$('.message.theirs .bubble')).toBeNull()
  })
})

describe('launcher', () => {
  it('takes the boot theme as custom properties through the CSSOM, never a style attribute on the page', async () => {
    chat = await mountChat()
    await act(() => {
      chat.element.theme = { color: '#0f766e', position: 'left', mode: 'dark', launcherLabel: 'Questions?' }
    })
    const root = chat.$('.root')!
    expect(root.style.getPropertyValue('--attune-accent')).toBe('#0f766e')
    expect(root.className).toBe('root dark left')
    expect(chat.element.hasAttribute('style')).toBe(false)
    expect(chat.$('button.launcher')?.getAttribute('aria-label')).toBe('Questions?, Open chat')
    expect(chat.$('.launcher-label')?.textContent).toBe('Questions?')
  })

  it('flashes the tab title for a new message while the tab is hidden, and restores it when visible', async () => {
    chat = await mountChat()
    // The flash comes with the panel chunk, as every client does outside tests (decision 010).
    await open()
    await act(() => chat.element.close())
    const before = document.title
    document.title = 'Demo Store'
    Object.defineProperty(document, 'hidden', { configurable: true, value: true })
    try {
      await act(() => chat.client.$unread.set(1))
      // The flash is a chunk of its own, fetched now: the first agent message in a hidden tab.
      await vi.waitFor(() => expect(document.title).toBe('(1) New message — Demo Store'))
      expect(chat.$('.root > [role="status"]')?.textContent).toBe('1 unread message')
      Object.defineProperty(document, 'hidden', { configurable: true, value: false })
      await act(() => document.dispatchEvent(new Event('visibilitychange')))
      expect(document.title).toBe('Demo Store')
    } finally {
      Object.defineProperty(document, 'hidden', { configurable: true, value: false })
      document.title = before
    }
  })

  it("beeps for a new message in a hidden tab when the store turned the sound on, after the shopper's first click", async () => {
    const tones: number[] = []
    class FakeAudioContext {
      currentTime = 0
      destination = {}
      resume = () => Promise.resolve()
      createGain = () => ({ gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (next: unknown) => next })
      createOscillator = () => ({ frequency: { value: 0 }, connect: (gain: unknown) => gain, start: (at: number) => tones.push(at), stop() {} })
    }
    Object.assign(window, { AudioContext: FakeAudioContext })
    chat = await mountChat()
    chat.element.sound = true
    await act()
    await open()
    Object.defineProperty(document, 'hidden', { configurable: true, value: true })
    try {
      await act(() => chat.client.$unread.set(1))
      expect(tones).toHaveLength(1)
      chat.element.sound = false
      await act(() => chat.client.$unread.set(2))
      expect(tones).toHaveLength(1)
    } finally {
      Object.defineProperty(document, 'hidden', { configurable: true, value: false })
      Reflect.deleteProperty(window, 'AudioContext')
    }
  })

  it('tells the page when it opens, closes and counts unread messages', async () => {
    chat = await mountChat()
    const seen: string[] = []
    for (const name of ['open', 'close', 'unread']) {
      chat.element.addEventListener(`attune:${name}`, (e) =>
        seen.push(`${name}${name === 'unread' ? JSON.stringify((e as CustomEvent).detail) : ''}`),
      )
    }
    await act(() => chat.element.open())
    await act(() => chat.element.close())
    await act(() => chat.client.$unread.set(3))
    expect(seen).toEqual(['open', 'close', 'unread{"count":3}'])
  })

  it('reports single-page-app route changes to the agent without the query string', async () => {
    chat = await mountChat()
    // Route changes are watched from the panel's arrival (at idle with a client given, as here).
    await new Promise((resolve) => setTimeout(resolve, 300))
    history.pushState({}, '', '/products/mug?ref=newsletter')
    document.title = 'Ceramic Mug'
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(chat.client.calls.filter((c) => c.action === 'setPage').map((c) => c.args[0])).toEqual([
      { url: `${location.origin}/products/mug`, title: 'Ceramic Mug' },
    ])
  })

  it('passes identify and update to the client', async () => {
    chat = await mountChat()
    chat.element.identify({ id: 'user-42', userHash: 'a'.repeat(64) })
    chat.element.update({ cartTotal: 42 })
    expect(chat.client.calls.filter((c) => ['identify', 'update'].includes(c.action))).toEqual([
      { action: 'identify', args: [{ id: 'user-42', userHash: 'a'.repeat(64) }] },
      { action: 'update', args: [{ cartTotal: 42 }] },
    ])
  })
})
