// @vitest-environment happy-dom
import type { Feedback } from '@attune/protocol'
import { act } from 'preact/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAfterChatApi } from '../../session/after-chat.ts'
import { forgetConversation } from '../../session/forget.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { FeedbackList } from './FeedbackList.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const item: Feedback = {
  conversationId: '6f1c2d3e-0000-4000-8000-00000000aaaa',
  visitorId: 'v-0000-3f2a',
  startedAt: '2026-11-30T10:00:00.000Z',
  language: 'th',
  topic: 'order',
  reason: 'unreachable',
  moodBefore: 2,
  moodAfter: 3,
  moodFollowUp: 5,
  comment: 'Delivery took <b>ten</b> days',
  identified: true,
  actedOn: null,
}

function stubFetch() {
  const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
    if (init?.method === 'POST') {
      const { note } = JSON.parse(init.body as string) as { note: string }
      return new Response(JSON.stringify({ feedback: { ...item, actedOn: { note, at: '2026-12-01T09:00:00.000Z', by: 'Mia' } } }), { status: 200 })
    }
    return new Response(JSON.stringify({ feedback: [item] }), { status: 200 })
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('FeedbackList', () => {
  it('shows each comment as text with the moods before, after and on follow-up', async () => {
    stubFetch()
    const { root } = mount(<FeedbackList query="from=2026-11-01&to=2026-11-30&tz=UTC" api={createAfterChatApi()} />)
    await settle()
    const entry = root.querySelector('.feedback-item')!
    expect(entry.querySelector('blockquote')!.textContent).toBe('Delivery took <b>ten</b> days')
    expect(entry.querySelector('b')).toBeNull()
    expect(entry.querySelector('.feedback-moods')!.textContent!.replace(/\s+/g, ' ')).toBe('Before → after → follow-up: upset → okay → very happy')
    expect(entry.textContent).toContain('Signed-in shopper: will be told once')
  })

  it('asks again with acted=no or yes when the filter changes, keeping the page’s filters', async () => {
    const fetch = stubFetch()
    const { root } = mount(<FeedbackList query="from=2026-11-01&to=2026-11-30&tz=UTC" api={createAfterChatApi()} />)
    await settle()
    const show = byLabel<HTMLSelectElement>(root, 'Show')
    act(() => {
      show.value = 'no'
      show.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await settle()
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      '/api/feedback?from=2026-11-01&to=2026-11-30&tz=UTC',
      '/api/feedback?from=2026-11-01&to=2026-11-30&tz=UTC&acted=no',
    ])
  })

  it('a shopper erased while the list is on screen takes their comment with them; the others stay', async () => {
    const erased = { ...item, conversationId: 'c-erased-0001', visitorId: 'v-0000-9e1d', comment: 'Call me on 081 234 5678' }
    const other = { ...item, conversationId: 'c-stays-0002', visitorId: 'v-0000-5b7c', comment: 'The courier was kind' }
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ feedback: [erased, other] }), { status: 200 }))
    const { root } = mount(<FeedbackList query="tz=UTC" api={createAfterChatApi()} />)
    await settle()
    expect(root.textContent).toContain('Call me on 081 234 5678')

    act(() => forgetConversation(erased.conversationId))
    await settle()
    expect(root.textContent).not.toMatch(/081 234 5678|9e1d/)
    expect([...root.querySelectorAll('.feedback-comment')].map((quote) => quote.textContent)).toEqual(['The courier was kind'])
  })

  it('a comment erased while the list was loading never shows, and the last one gone leaves the list empty', async () => {
    const erased = { ...item, conversationId: 'c-erased-0003', comment: 'Call me on 081 234 5678' }
    let answer = (_: Response) => {}
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = resolve)))
    const { root } = mount(<FeedbackList query="tz=UTC" api={createAfterChatApi()} />)
    act(() => forgetConversation(erased.conversationId))
    answer(new Response(JSON.stringify({ feedback: [erased] }), { status: 200 }))
    await settle()
    expect(root.querySelector('.feedback-item')).toBeNull()
    expect(root.textContent).toContain('No comments in this period.')
  })

  it('marks a comment acted on with a labelled note, then shows what was done and says so', async () => {
    const fetch = stubFetch()
    const { root } = mount(<FeedbackList query="tz=UTC" api={createAfterChatApi()} />)
    await settle()
    const mark = button(root, 'Mark acted on')
    expect(mark.disabled).toBe(true)
    type(byLabel<HTMLTextAreaElement>(root, 'What did the store do?'), 'added a second courier.')
    act(() => mark.click())
    await settle()
    expect(fetch).toHaveBeenCalledWith(
      `/api/feedback/${item.conversationId}/acted`,
      expect.objectContaining({ method: 'POST', body: JSON.stringify({ note: 'added a second courier.' }) }),
    )
    expect(root.querySelector('.feedback-done')!.textContent).toContain('What we did: added a second courier.')
    expect(root.querySelector('.feedback-notice')!.textContent).toBe('Marked acted on.')
    expect(root.querySelector('form')).toBeNull()
  })
})
