// @vitest-environment happy-dom
import { SEARCH_MAX_LENGTH, type ConversationSummary, type SearchResult } from '@attune/protocol'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SearchApi, SearchAsk } from '../../session/search.ts'
import { button, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { ResolvedList } from './ResolvedList.tsx'
import { SearchSidebar } from './SearchSidebar.tsx'

afterEach(cleanup)

const summary = (id: string, status: 'open' | 'resolved'): ConversationSummary => ({
  id,
  visitorId: `visitor-${id}`,
  status,
  lastSeq: 2,
  createdAt: '2026-11-02T09:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  lastMessage: { text: 'Thanks!', role: 'visitor', at: '2026-11-02T10:00:00.000Z' },
  waitingSince: null,
})

const hit = (id: string, status: 'open' | 'resolved' = 'resolved'): SearchResult => ({
  conversation: summary(id, status),
  shopper: { name: null, email: null },
  match: 'message',
  snippet: { text: 'my kettle leaks', marks: [[3, 9]] },
})

/** A search endpoint answering from `pages` in turn (null: a failure), recording each ask. */
function fakeApi(pages: ({ results: SearchResult[]; next: string | null } | null)[]): SearchApi & { asked: SearchAsk[] } {
  const asked: SearchAsk[] = []
  return {
    asked,
    search: async (ask) => {
      asked.push(ask)
      const page = pages.shift()
      return page ? { ok: true, found: page } : { ok: false }
    },
  }
}

const searchbox = (root: HTMLElement) => root.querySelector<HTMLInputElement>('form[role="search"] input[type="search"]')!

describe('the sidebar search', () => {
  it('is a search form named "Search conversations", over the open list until something is typed', () => {
    const { root } = mount(<SearchSidebar list={<p id="open-list">open</p>} selectedId={null} api={fakeApi([])} delay={0} />)
    expect(root.querySelector('form[role="search"]')!.getAttribute('aria-label')).toBe('Search conversations')
    expect(searchbox(root).getAttribute('aria-label')).toBe('Search conversations')
    expect(root.querySelector('#open-list')).not.toBeNull()
  })

  it('searches what was typed, marks the words in each result, links it, and says how many were found', async () => {
    const api = fakeApi([{ results: [hit('c1'), hit('c2', 'open')], next: null }])
    const { root } = mount(<SearchSidebar list={<p id="open-list">open</p>} selectedId="c2" api={api} delay={0} />)
    type(searchbox(root), '  kettle ')
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Searching…')
    await settle()
    expect(api.asked).toEqual([{ q: 'kettle', status: 'all' }])
    expect(root.querySelector('#open-list')).toBeNull()
    // The results' heading takes the open list's id, which names the sidebar's navigation.
    expect(root.querySelector('#list-title')!.textContent).toBe('Search results')
    expect(root.querySelector('[role="status"]')!.textContent).toBe('2 conversations found')
    const links = [...root.querySelectorAll<HTMLAnchorElement>('a.search-row')]
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/?conversation=c1', '/?conversation=c2'])
    expect(links[0]!.querySelector('mark')!.textContent).toBe('kettle')
    expect(links[0]!.textContent).toContain('Resolved')
    expect(links[1]!.getAttribute('aria-current')).toBe('true')
  })

  it('waits for a pause in typing: one search for a word typed letter by letter', async () => {
    vi.useFakeTimers()
    try {
      const api = fakeApi([{ results: [], next: null }])
      const { root } = mount(<SearchSidebar list={null} selectedId={null} api={api} delay={300} />)
      for (const text of ['k', 'ke', 'ket', 'kettle']) {
        type(searchbox(root), text)
        await vi.advanceTimersByTimeAsync(100)
      }
      expect(api.asked).toEqual([])
      await vi.advanceTimersByTimeAsync(300)
      expect(api.asked).toEqual([{ q: 'kettle', status: 'all' }])
    } finally {
      vi.useRealTimers()
    }
  })

  it('says when nothing was found, and when the search failed, with a way to try again', async () => {
    const api = fakeApi([null, { results: [], next: null }])
    const { root } = mount(<SearchSidebar list={null} selectedId={null} api={api} delay={0} />)
    type(searchbox(root), 'zebra')
    await settle()
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('The search did not go through.')
    button(root, 'Try again').click()
    await settle()
    expect(api.asked).toHaveLength(2)
    expect(root.querySelector('[role="status"]')!.textContent).toBe('No conversations found')
  })

  it('takes no more than the server searches, and says so, with no "Try again", of a longer text set in the box', async () => {
    const api = fakeApi([{ results: [], next: null }])
    const { root } = mount(<SearchSidebar list={null} selectedId={null} api={api} delay={0} />)
    expect(searchbox(root).maxLength).toBe(SEARCH_MAX_LENGTH)
    type(searchbox(root), `  ${'a'.repeat(SEARCH_MAX_LENGTH + 1)} `)
    await settle()
    expect(api.asked).toEqual([])
    expect(root.querySelector('[role="alert"]')!.textContent).toBe(`A search is at most ${SEARCH_MAX_LENGTH} characters. Shorten it to search.`)
    expect(root.textContent).not.toContain('Try again')
    type(searchbox(root), `  ${'a'.repeat(SEARCH_MAX_LENGTH)} `)
    await settle()
    expect(api.asked).toEqual([{ q: 'a'.repeat(SEARCH_MAX_LENGTH), status: 'all' }])
    expect(root.querySelector('[role="alert"]')).toBeNull()
  })

  it('goes back to the open list on Escape', async () => {
    const { root } = mount(
      <SearchSidebar list={<p id="open-list">open</p>} selectedId={null} api={fakeApi([{ results: [], next: null }])} delay={0} />,
    )
    type(searchbox(root), 'zebra')
    await settle()
    searchbox(root).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }))
    await settle()
    expect(root.querySelector('#open-list')).not.toBeNull()
  })

  it('the "Resolved" view lists them newest first with "Load more", each once', async () => {
    const api = fakeApi([
      { results: [hit('c1'), hit('c2')], next: 'cursor-1' },
      { results: [hit('c2'), hit('c3')], next: null },
    ])
    const { root } = mount(<ResolvedList selectedId={null} api={api} titleId="list-title" />)
    await settle()
    expect(api.asked[0]).toEqual({ status: 'resolved' })
    expect(root.querySelector('#list-title')!.textContent).toBe('Resolved conversations')
    expect(root.querySelectorAll('a.search-row')).toHaveLength(2)
    button(root, 'Load more').click()
    await settle()
    expect(api.asked[1]).toEqual({ status: 'resolved', before: 'cursor-1' })
    // c2 moved between the pages: listed once.
    expect([...root.querySelectorAll('a.search-row')].map((a) => a.getAttribute('data-conversation-id'))).toEqual(['c1', 'c2', 'c3'])
    expect(root.textContent).not.toContain('Load more')
    expect(root.querySelector('.sr-only[role="status"]')!.textContent).toBe('3 resolved conversations shown')
  })

  it('searches open and resolved conversations alike, in place of the list', async () => {
    const api = fakeApi([{ results: [hit('c9')], next: null }])
    const { root } = mount(<SearchSidebar list={<p id="open-list">open</p>} selectedId={null} api={api} delay={0} />)
    type(searchbox(root), 'kettle')
    await settle()
    expect(api.asked[0]).toEqual({ q: 'kettle', status: 'all' })
    expect(root.querySelector('#open-list')).toBeNull()
    expect(root.querySelectorAll('a.search-row')).toHaveLength(1)
  })
})
