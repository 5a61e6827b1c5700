// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useState } from 'preact/hooks'
import { act } from 'preact/test-utils'
import { cleanup, mount, settle } from '../../testing/dom.ts'
import type { ViewId } from '../../lib/views.ts'
import { ViewTabs } from './ViewTabs.tsx'

afterEach(() => {
  cleanup()
  document.documentElement.dir = ''
  vi.restoreAllMocks()
})

function Tabs() {
  const [current, setCurrent] = useState<ViewId>('mine')
  return <ViewTabs role="owner" me="me" conversations={[]} current={current} onChange={setCurrent} panelId="panel" />
}

/** The tabs asked to scroll into view, by id, in order. */
function watchScrolls(): string[] {
  const scrolled: string[] = []
  vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement, options) {
    expect(options).toEqual({ block: 'nearest', inline: 'nearest' })
    scrolled.push(this.id)
  })
  return scrolled
}

describe('the views’ tabs in a row that scrolls sideways', () => {
  it('brings the chosen tab into the row whole, chosen by End, Home or a click', async () => {
    const scrolled = watchScrolls()
    const { root } = mount(<Tabs />)
    const tabs = root.querySelector<HTMLElement>('[role="tablist"]')!
    act(() => void tabs.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true })))
    await settle()
    expect(document.activeElement?.id).toBe('view-tab-resolved')
    act(() => void tabs.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true })))
    await settle()
    act(() => root.querySelector<HTMLElement>('#view-tab-all')!.click())
    await settle()
    expect(scrolled).toEqual(['view-tab-mine', 'view-tab-resolved', 'view-tab-mine', 'view-tab-all'])
  })

  it('moves with the arrows the way the row reads: right to the next tab, or left in Arabic', async () => {
    const { root } = mount(<Tabs />)
    const tabs = root.querySelector<HTMLElement>('[role="tablist"]')!
    const press = async (key: string) => {
      act(() => void tabs.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })))
      await settle()
      return document.activeElement?.id
    }
    const second = root.querySelectorAll<HTMLElement>('[role="tab"]')[1]!.id
    expect(await press('ArrowRight')).toBe(second)
    expect(await press('ArrowLeft')).toBe('view-tab-mine')
    document.documentElement.dir = 'rtl'
    expect(await press('ArrowLeft')).toBe(second)
    expect(await press('ArrowRight')).toBe('view-tab-mine')
  })
})
