// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import type { ShopperHistoryResponse } from '@attune/protocol'
import type { HistoryApi } from '../session/history.ts'
import { cleanup, mount, settle } from '../testing/dom.ts'
import { ShopperHistory } from './ShopperHistory.tsx'

afterEach(cleanup)

const api = (answer: ShopperHistoryResponse | null): HistoryApi & { asked: string[] } => {
  const asked: string[] = []
  return {
    asked,
    shopperHistory: async (id) => {
      asked.push(id)
      return answer ? { ok: true, history: answer } : { ok: false }
    },
  }
}

describe('ShopperHistory', () => {
  it('shows the summary, then each earlier chat with its date, moods in words and reasons', async () => {
    const history = api({
      scope: 'shopper',
      total: 2,
      chats: [
        { id: 'c2', startedAt: '2026-11-12T09:00:00.000Z', moodBefore: 1, moodAfter: 4, reason: 'unreachable', topic: 'order', resolved: 'yes' },
        { id: 'c1', startedAt: '2026-10-01T09:00:00.000Z', moodBefore: 2, moodAfter: 5, reason: null, topic: 'order', resolved: null },
      ],
    })
    const { root } = mount(<ShopperHistory conversationId="c3" api={history} />)
    expect(root.textContent).toContain('Loading earlier chats…')
    await settle()
    expect(history.asked).toEqual(['c3'])
    expect(root.querySelector('h4')!.textContent).toBe('Earlier chats')
    expect(root.querySelector('.shopper-history-summary')!.textContent).toBe('2 chats, upset twice about delivery, left happy each time')
    const items = [...root.querySelectorAll('li')]
    expect(items).toHaveLength(2)
    expect(items[0]!.querySelector('.sr-only')!.textContent).toBe('Nov 12, 2026: from very upset to good')
    expect(items[0]!.querySelector('time')!.getAttribute('datetime')).toBe('2026-11-12T09:00:00.000Z')
    expect(items[0]!.querySelector('.shopper-history-facts')!.textContent).toBe("Order & delivery · Couldn't reach anyone · Resolved")
  })

  it('opens an earlier chat from its link, named by its date and moods, in place', async () => {
    const { root } = mount(
      <ShopperHistory
        conversationId="c3"
        api={api({
          scope: 'shopper',
          total: 1,
          chats: [{ id: 'c2', startedAt: '2026-11-12T09:00:00.000Z', moodBefore: 1, moodAfter: 4, reason: null, topic: null, resolved: null }],
        })}
      />,
    )
    await settle()
    const link = root.querySelector<HTMLAnchorElement>('li a')!
    expect(link.getAttribute('href')).toBe('/?conversation=c2')
    expect(link.querySelector('.sr-only')!.textContent).toBe('Nov 12, 2026: from very upset to good')
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }))
    expect(location.search).toBe('?conversation=c2')
  })

  it('a first chat on this device says so, with no list', async () => {
    const { root } = mount(<ShopperHistory conversationId="c1" api={api({ scope: 'device', total: 0, chats: [] })} />)
    await settle()
    expect(root.querySelector('h4')!.textContent).toBe('Earlier chats on this device')
    expect(root.querySelector('.shopper-history-summary')!.textContent).toBe('First chat on this device')
    expect(root.querySelector('ol')).toBeNull()
  })

  it('says plainly when the history could not be loaded', async () => {
    const { root } = mount(<ShopperHistory conversationId="c1" api={api(null)} />)
    await settle()
    expect(root.textContent).toContain('Earlier chats could not be loaded.')
  })
})
