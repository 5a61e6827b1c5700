// @vitest-environment happy-dom
import { h, render } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { en } from '../i18n/en.ts'
import { createTranslator } from '../i18n/t.ts'
import { agentMessage, fakeClient } from '../testing/fake-client.ts'
import { act } from '../testing/mount.ts'
import { MessageList } from './MessageList.tsx'

// The rich chunk (Markdown, files, quick replies) arrives only when the test lets it.
const gate = vi.hoisted(() => {
  let open!: () => void
  const opened = new Promise<void>((resolve) => (open = resolve))
  return { opened, open }
})
vi.mock('./chunk.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./chunk.ts')>()
  const { onDemand } = await import('../launcher/chunk.ts')
  return { ...actual, richChunk: onDemand(() => gate.opened.then(() => import('./rich.tsx'))) }
})

const root = document.createElement('div')
afterEach(() => render(null, root))

const i18n = { t: createTranslator(en, { locale: 'en', dir: 'ltr' }), locale: 'en', dir: 'ltr' as const }
const platform = { now: () => Date.parse('2025-01-01T10:05:00.000Z'), page: () => '', server: 'https://chat.example' }
const bubbles = () => [...root.querySelectorAll('.message .bubble')].map((bubble) => bubble.textContent)

describe('message list', () => {
  it('while the rich chunk is on its way, draws only the messages before the first that needs it, then all of them in order', async () => {
    const client = fakeClient()
    client.$timeline.set([
      agentMessage('Hello', { key: 'a', seq: 1 }),
      agentMessage('It ships **today**', { key: 'b', seq: 2 }),
      agentMessage('Anything else?', { key: 'c', seq: 3 }),
    ])
    await act(() => render(h(MessageList, { client, i18n, platform, storeName: 'Demo Store' }), root))
    expect(bubbles()).toEqual(['Hello'])

    gate.open()
    await vi.waitFor(() => expect(bubbles()).toEqual(['Hello', 'It ships today', 'Anything else?']))
    expect(root.querySelector('.message .bubble strong')?.textContent).toBe('today')
  })

  it('keeps the newest message in view when an image arrives, unless the shopper scrolled up to read', async () => {
    gate.open()
    const client = fakeClient()
    const photo = { id: 'i', name: 'size-chart.png', type: 'image/png', size: 30_000, url: '/api/uploads/i' }
    client.$timeline.set([agentMessage('', { key: 'a', attachments: [photo] })])
    await act(() => render(h(MessageList, { client, i18n, platform, storeName: null }), root))
    await vi.waitFor(() => expect(root.querySelector('img.thumb')).not.toBeNull())
    const log = root.querySelector<HTMLElement>('[role="log"]')!
    // The image has loaded and made the log 1000 px high; 400 px show.
    Object.defineProperty(log, 'scrollHeight', { configurable: true, value: 1000 })
    Object.defineProperty(log, 'clientHeight', { configurable: true, value: 400 })
    const load = () => root.querySelector('img.thumb')!.dispatchEvent(new Event('load'))

    log.scrollTop = 500
    load()
    expect(log.scrollTop).toBe(1000)

    log.scrollTop = 0
    load()
    expect(log.scrollTop).toBe(0)
  })
})
