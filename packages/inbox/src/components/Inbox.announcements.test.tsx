// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import { cleanup, mount, settle } from '../testing/dom.ts'
import { demoPerson, empathy, fakeAgent, summary } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import * as careChunk from './care/care-ui.ts'
import { Inbox } from './Inbox.tsx'
import * as searchChunk from './search/index.ts'

// The team's list (care's chunk) and the search box arrive when the test says, the same way to
// every component that asks for them, instead of whenever their import happens to settle.
const arrived = await vi.hoisted(async () => {
  const { atom } = await import('nanostores')
  return { team: atom<typeof careChunk | null>(null), search: atom<typeof searchChunk | null>(null) }
})
vi.mock('./care/lazy.ts', async () => {
  const { useStore } = await import('@nanostores/preact')
  return { useLazyCare: () => useStore(arrived.team) }
})
vi.mock('./search/lazy.ts', async () => {
  const { useStore } = await import('@nanostores/preact')
  return { useLazySearch: () => useStore(arrived.search) }
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  arrived.team.set(null)
  arrived.search.set(null)
})

const manager = demoPerson('manager')

const row = (understood: boolean | null) => summary({ id: 'c1', visitorId: 'v-aaaa3f2a', empathy: empathy({ moodNow: 4, understood }) })

/** The list's live region: the inbox's, beside whichever list is drawn. */
const listRegion = (root: HTMLElement) => root.querySelector('.pane-list > .sr-only[role="status"]')

/** What a screen reader hears from `region`: its words each time they change. */
function listen(region: Element): string[] {
  const heard: string[] = []
  let words = region.textContent
  new MutationObserver(() => {
    if (region.textContent === words) return
    words = region.textContent
    heard.push(words ?? '')
  }).observe(region, { childList: true, characterData: true, subtree: true })
  return heard
}

const CHUNKS = [
  ['team', () => arrived.team.set(careChunk)],
  ['search', () => arrived.search.set(searchChunk)],
] as const

describe.each(CHUNKS)('Inbox: the list’s announcements as the %s chunk arrives (WCAG 4.1.3)', (_name, arrive) => {
  it.each(['just before', 'as', 'just after'] as const)(
    'says a shopper does not feel understood yet once, in the same live region, when it happens %s the chunk arrives',
    async (moment) => {
      vi.stubGlobal('fetch', fakeFetch({ 'GET /api/team': [200, { members: [], invites: [] }] }).fetch)
      const client = fakeAgent()
      client.connect()
      act(() => client.$conversations.set([row(null)]))
      const { root } = mount(
        <Inbox client={client} agent={manager} onSignOut={() => {}} onSwitchStore={() => {}} onSessionChanged={() => {}} onStoreDeleted={() => {}} />,
      )
      await settle()
      const region = listRegion(root)!
      const heard = listen(region)
      const notYet = () => client.$conversations.set([row(false)])

      if (moment === 'just before') {
        act(notYet)
        await settle()
        act(arrive)
      } else if (moment === 'as') {
        act(() => {
          notYet()
          arrive()
        })
      } else {
        act(arrive)
        await settle()
        act(notYet)
      }
      await settle()

      expect(root.querySelector('.badge-not-yet')).not.toBeNull()
      expect(listRegion(root)?.textContent).toBe("Visitor 3f2a doesn't feel understood yet")
      expect(listRegion(root)).toBe(region)
      expect(heard).toEqual(["Visitor 3f2a doesn't feel understood yet"])
    },
  )
})
