// @vitest-environment happy-dom
// The transcript a shopper takes away is of the chat that just ended, against @attune/mock (the
// real protocol over msw) and core's real client: a second chat in the same page view keeps the
// first one on screen above it, and neither the file nor the copy by email may hold it.
import { createAttuneMock } from '@attune/mock'
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { boot, open, shutdown } from '../index.ts'
// The panel and the mail cards are lazy chunks: loaded here first, their imports resolve at once.
import '../panel.ts'
import './mail-cards.ts'

const server = 'http://attune.test'
const mock = createAttuneMock({ server, siteName: 'Demo Store', agentName: 'Maya' })
const network = setupServer(
  ...mock.handlers,
  http.get(`${server}/api/sites/demo/visitor/email`, () => HttpResponse.json({ email: null, known: null })),
)

/** The chats saved as files. */
const saved: Blob[] = []
beforeAll(() => network.listen({ onUnhandledRequest: 'error' }))
afterAll(() => network.close())
beforeEach(() => {
  localStorage.clear() // a first-time shopper each time
  saved.length = 0
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (saved.push(blob as Blob), 'blob:chat'))
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
})
afterEach(() => {
  shutdown()
  mock.dropConnections()
  vi.restoreAllMocks()
})

const root = () => document.querySelector('attune-chat')?.shadowRoot ?? null
const $ = <E extends Element = HTMLElement>(selector: string) => root()?.querySelector<E>(selector) ?? null
const button = (text: string) => [...(root()?.querySelectorAll<HTMLButtonElement>('.mail-card button') ?? [])].find((b) => b.textContent === text)
const lines = () => [...(root()?.querySelectorAll('.message .bubble') ?? [])].map((bubble) => bubble.textContent)

async function say(text: string) {
  const textarea = $<HTMLTextAreaElement>('textarea')!
  textarea.value = text
  textarea.dispatchEvent(new Event('input', { bubbles: true }))
  await vi.waitFor(() => expect(textarea.value).toBe(text))
  textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
  await vi.waitFor(() => expect(lines()).toContain(text))
}

/** One chat from the shopper's question to its end (the agent's resolve, or "End chat"); the transcript card then shows. */
async function chatUntilResolved(question: string, answer: string, end: () => unknown = () => mock.resolve()) {
  await say(question)
  await vi.waitFor(() => expect($('.message.mine:last-child .delivery')?.textContent).toBe('Sent'))
  mock.agentSays(answer)
  await vi.waitFor(() => expect(lines().at(-1)).toBe(answer))
  end()
  await vi.waitFor(() => expect(button('Download (.txt)')).toBeDefined())
}

/** What the last download saved, as its lines without their times. */
async function downloaded() {
  button('Download (.txt)')!.click()
  await vi.waitFor(() => expect(saved).toHaveLength(1))
  return (await saved[0]!.text()).split('\n').map((line) => line.replace(/^\[[^\]]*\] /, ''))
}

async function emailCopy() {
  button('Email me a copy')!.click()
  await vi.waitFor(() => expect($('#attune-copy-email')).not.toBeNull())
  const field = $<HTMLInputElement>('#attune-copy-email')!
  field.value = 'ann@example.com'
  field.dispatchEvent(new Event('input'))
  await vi.waitFor(() => expect($<HTMLInputElement>('#attune-copy-email')?.value).toBe('ann@example.com'))
  $<HTMLFormElement>('section.mail-card form')!.requestSubmit()
  await vi.waitFor(() => expect($('section.mail-card [role="status"]')?.textContent).toBe('A copy is on its way to your inbox.'))
}

describe('the transcript of a second chat in the same page view', () => {
  it('is that chat alone, in order: the first chat, still on screen above it, is not in chat.txt', async () => {
    boot({ siteKey: 'demo', server, locale: 'en' })
    open()
    await vi.waitFor(() => expect($('textarea')).not.toBeNull())
    await chatUntilResolved('Do you gift-wrap?', 'Yes, for free.')
    await chatUntilResolved('Where is order 1042?', 'It ships today.')
    expect(lines()).toEqual(['Do you gift-wrap?', 'Yes, for free.', 'Where is order 1042?', 'It ships today.'])

    expect(await downloaded()).toEqual(['You: Where is order 1042?', 'Maya: It ships today.'])
  })

  it('is emailed as that chat, and offered again though the first chat’s copy was sent', async () => {
    boot({ siteKey: 'demo', server, locale: 'en' })
    open()
    await vi.waitFor(() => expect($('textarea')).not.toBeNull())
    await chatUntilResolved('Do you gift-wrap?', 'Yes, for free.')
    await emailCopy()
    await chatUntilResolved('Where is order 1042?', 'It ships today.')

    // The second chat's card is its own: its copy not yet asked for.
    expect($('section.mail-card [role="status"]')).toBeNull()
    await emailCopy()
    const [first, second] = mock.conversations().slice(-2)
    // Each the copy of the chat that ended then (the server picks it: the shopper's newest with a line).
    expect(mock.copies()).toEqual([
      { conversationId: first!.id, email: 'ann@example.com' },
      { conversationId: second!.id, email: 'ann@example.com' },
    ])
  })

  it('is that chat alone when the shopper ended the first one and the page was loaded again in between', async () => {
    boot({ siteKey: 'demo', server, locale: 'en' })
    open()
    await vi.waitFor(() => expect($('textarea')).not.toBeNull())
    await chatUntilResolved('Do you gift-wrap?', 'Yes, for free.', () => $<HTMLButtonElement>('button.end')!.click())
    shutdown()

    boot({ siteKey: 'demo', server, locale: 'en' })
    open()
    // The first chat comes back on screen with its card, and the panel follows the new conversation.
    await vi.waitFor(() => expect(button('Download (.txt)')).toBeDefined())
    await vi.waitFor(() => expect(mock.conversations().filter((c) => c.status === 'open')).toHaveLength(1))
    await chatUntilResolved('Where is order 1042?', 'It ships today.')
    expect(lines()).toEqual(['Do you gift-wrap?', 'Yes, for free.', 'Where is order 1042?', 'It ships today.'])

    expect(await downloaded()).toEqual(['You: Where is order 1042?', 'Maya: It ships today.'])
  })
})

describe('the transcript of a long chat after a reload', () => {
  it('is the whole chat, not only the page shown again', async () => {
    boot({ siteKey: 'demo', server, locale: 'en' })
    open()
    await vi.waitFor(() => expect($('textarea')).not.toBeNull())
    // More than a page (50 events) of lines: after a reload, only the last page is on screen.
    const answers = Array.from({ length: 60 }, (_, i) => `Line ${i + 1}.`)
    await say('Tell me everything.')
    for (const answer of answers) mock.agentSays(answer)
    mock.resolve()
    await vi.waitFor(() => expect(button('Download (.txt)')).toBeDefined())
    shutdown()

    boot({ siteKey: 'demo', server, locale: 'en' })
    open()
    await vi.waitFor(() => expect(button('Download (.txt)')).toBeDefined())
    // The server opened the next conversation, and the panel follows it.
    await vi.waitFor(() => expect(mock.conversations().filter((c) => c.status === 'open')).toHaveLength(1))
    expect(lines()).not.toContain('Tell me everything.')

    expect(await downloaded()).toEqual(['You: Tell me everything.', ...answers.map((answer) => `Maya: ${answer}`)])
  })
})
