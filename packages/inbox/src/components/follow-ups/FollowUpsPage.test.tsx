// @vitest-environment happy-dom
import type { FollowUp } from '@attune/protocol'
import { act } from 'preact/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createAfterChatApi } from '../../session/after-chat.ts'
import { button, cleanup, mount, settle } from '../../testing/dom.ts'
import { FollowUpsPage } from './FollowUpsPage.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const base: FollowUp = {
  conversationId: '6f1c2d3e-0000-4000-8000-00000000aaaa',
  visitorId: 'v-0000-3f2a',
  endedAt: '2026-11-30T10:00:00.000Z',
  reason: 'upset',
  moodBefore: 2,
  moodAfter: 1,
  sentAt: null,
  sentBy: null,
  askedAt: null,
  moodFollowUp: null,
}
const answered: FollowUp = {
  ...base,
  conversationId: '6f1c2d3e-0000-4000-8000-00000000bbbb',
  visitorId: 'v-0000-77c1',
  reason: 'not_understood',
  sentAt: '2026-11-30T11:00:00.000Z',
  sentBy: 'Alex',
  askedAt: '2026-11-30T12:00:00.000Z',
  moodFollowUp: 4,
}

function stubFetch() {
  const fetch = vi.fn(async (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') {
      return new Response(JSON.stringify({ followUp: { ...base, sentAt: '2026-12-01T09:00:00.000Z', sentBy: 'Sam' } }), { status: 200 })
    }
    return new Response(JSON.stringify({ followUps: [base, answered] }), { status: url === '/api/follow-ups' ? 200 : 404 })
  })
  vi.stubGlobal('fetch', fetch)
  return fetch
}

describe('FollowUpsPage', () => {
  it('lists chats that ended upset with their reason, and what came of a follow-up', async () => {
    stubFetch()
    const { root } = mount(<FollowUpsPage api={createAfterChatApi()} />)
    await settle()
    const rows = [...root.querySelectorAll('tbody tr')].map((r) => r.textContent!.replace(/\s+/g, ' '))
    expect(rows[0]).toContain('Visitor 3f2a')
    expect(rows[0]).toContain('Ended upset')
    expect(rows[0]).toContain('upset → very upset')
    expect(rows[1]).toContain('Did not feel understood')
    expect(rows[1]).toContain('Now feels: good')
  })

  it('sends a follow-up with a button named for the shopper, and says so politely', async () => {
    const fetch = stubFetch()
    const { root } = mount(<FollowUpsPage api={createAfterChatApi()} />)
    await settle()
    const send = button(root, 'Follow up')
    expect(send.getAttribute('aria-label')).toBe('Follow up with Visitor 3f2a')
    act(() => send.click())
    await settle()
    expect(fetch).toHaveBeenCalledWith(`/api/follow-ups/${base.conversationId}`, expect.objectContaining({ method: 'POST' }))
    expect(root.querySelector('.follow-ups-notice[role="status"]')!.textContent).toBe(
      'Follow-up sent. Visitor 3f2a will be asked the next time they open the chat.',
    )
    expect(root.querySelector('tbody tr')!.textContent).toContain('Sent by Sam, not asked yet')
  })

  it('keeps the focus on "Follow up" while it sends, then on what the row says instead of dropping it to the page', async () => {
    let answer: (response: Response) => void = () => {}
    stubFetch()
    const { root } = mount(<FollowUpsPage api={createAfterChatApi()} />)
    await settle()
    vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => (answer = resolve)))
    const send = button(root, 'Follow up')
    send.focus()
    act(() => send.click())
    await settle()
    expect(send.getAttribute('aria-disabled')).toBe('true')
    expect(send.disabled).toBe(false)
    expect(document.activeElement).toBe(send)
    const sent = { ...base, sentAt: '2026-12-01T09:00:00.000Z', sentBy: 'Sam' }
    answer(new Response(JSON.stringify({ followUp: sent }), { status: 200 }))
    await settle()
    expect(document.activeElement?.textContent).toBe('Sent by Sam, not asked yet')
    expect(document.activeElement?.getAttribute('tabindex')).toBe('-1')
  })

  it('says a colleague followed up already (409), not "try again", and reads the row again', async () => {
    const byAlex = { ...base, sentAt: '2026-12-01T08:00:00.000Z', sentBy: 'Alex' }
    let listed = [base, answered]
    const fetch = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method !== 'POST') return new Response(JSON.stringify({ followUps: listed }), { status: 200 })
      listed = [byAlex, answered]
      return new Response(JSON.stringify({ error: { code: 'conflict', message: 'This chat was followed up already.' } }), { status: 409 })
    })
    vi.stubGlobal('fetch', fetch)
    const { root } = mount(<FollowUpsPage api={createAfterChatApi()} />)
    await settle()
    act(() => button(root, 'Follow up').click())
    await settle()
    expect(root.querySelector('.follow-ups-notice')!.textContent).toBe('Someone on your team already followed up with Visitor 3f2a.')
    expect(root.querySelector('tbody tr')!.textContent).toContain('Sent by Alex, not asked yet')
    expect(document.activeElement?.textContent).toBe('Sent by Alex, not asked yet')
  })

  it('says the shopper turned off check-ins (403), and their row offers no follow-up', async () => {
    vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) =>
      init?.method === 'POST'
        ? new Response(JSON.stringify({ error: { code: 'forbidden', message: 'This shopper turned off check-ins.' } }), { status: 403 })
        : new Response(JSON.stringify({ followUps: [base, answered] }), { status: 200 }),
    )
    const { root } = mount(<FollowUpsPage api={createAfterChatApi()} />)
    await settle()
    act(() => button(root, 'Follow up').click())
    await settle()
    expect(root.querySelector('.follow-ups-notice')!.textContent).toBe('Visitor 3f2a turned off check-ins, so no follow-up was sent.')
    expect(root.querySelectorAll('tbody button')).toHaveLength(0)
    expect(document.activeElement?.textContent).toBe('Not sent: check-ins turned off')
  })
})
