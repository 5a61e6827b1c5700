// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import { render } from 'preact'
import type { Route } from '../lib/route.ts'
import { cleanup, mount } from '../testing/dom.ts'
import { demoPerson, fakeAgent } from '../testing/fake-agent.ts'
import { Header } from './Header.tsx'

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const owner = demoPerson('owner')

describe('Header: the pages’ links', () => {
  it('brings the page opened into the row of links whole (a phone’s row scrolls sideways), as it opens and not on every render', () => {
    const scrolled: [string | null, unknown][] = []
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement, options) {
      scrolled.push([this.textContent, options])
    })
    const client = fakeAgent()
    const header = (route: Route) => <Header client={client} agent={owner} route={route} onSignOut={() => {}} onSwitchStore={() => {}} />
    const { root } = mount(header({ page: 'team' }))
    expect(scrolled).toEqual([['Team', { block: 'nearest', inline: 'nearest' }]])

    act(() => client.connect())
    expect(scrolled).toHaveLength(1)

    act(() => render(header({ page: 'settings' }), root))
    expect(scrolled.map(([link]) => link)).toEqual(['Team', 'Settings'])
  })

  it('brings the link Tab reaches into the row whole, where it would stay cut at the edge', () => {
    const scrolled: (string | null)[] = []
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this.textContent)
    })
    const { root } = mount(<Header client={fakeAgent()} agent={owner} route={{ page: 'insights' }} onSignOut={() => {}} onSwitchStore={() => {}} />)
    const cannedReplies = [...root.querySelectorAll('nav a')].find((link) => link.textContent === 'Canned replies') as HTMLAnchorElement
    act(() => cannedReplies.focus())
    expect(scrolled).toEqual(['Insights', 'Canned replies'])
  })

  it('shows the page opened whole again as the row’s size changes (a tablet turned to portrait), until the row leaves', () => {
    const scrolled: (string | null)[] = []
    vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this.textContent)
    })
    // The browser's observer, played by hand: a row resized is its callback called.
    const rows: { target: Element | null; resized(): void; disconnected: boolean }[] = []
    vi.stubGlobal(
      'ResizeObserver',
      class {
        readonly row = { target: null as Element | null, resized: () => {}, disconnected: false }
        constructor(callback: () => void) {
          this.row.resized = callback
          rows.push(this.row)
        }
        observe(target: Element) {
          this.row.target = target
        }
        disconnect() {
          this.row.disconnected = true
        }
      },
    )
    const { unmount } = mount(<Header client={fakeAgent()} agent={owner} route={{ page: 'team' }} onSignOut={() => {}} onSwitchStore={() => {}} />)
    expect(rows.map(({ target }) => target?.tagName)).toEqual(['UL'])
    expect(scrolled).toEqual(['Team'])

    act(() => rows[0]!.resized())
    expect(scrolled).toEqual(['Team', 'Team'])

    // Tab on another link: the row resized meanwhile keeps the focus in sight, not the page opened.
    const insights = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Insights') as HTMLElement
    act(() => insights.focus())
    act(() => rows[0]!.resized())
    expect(scrolled).toEqual(['Team', 'Team', 'Insights', 'Insights'])

    unmount()
    expect(rows[0]!.disconnected).toBe(true)
  })
})
