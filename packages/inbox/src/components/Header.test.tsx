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
})
