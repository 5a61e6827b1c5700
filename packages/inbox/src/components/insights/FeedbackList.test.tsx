// @vitest-environment happy-dom
import type { Feedback } from '@attune/protocol'
import { act } from 'preact/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAfterChatApi } from '../../session/after-chat.ts'
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
