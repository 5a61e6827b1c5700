// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { AgentProfile } from '../agent.ts'
import { cleanup, mount } from '../testing/dom.ts'
import { StoreSwitcher } from './StoreSwitcher.tsx'

afterEach(cleanup)

const dao: AgentProfile = {
  id: 'p1',
  name: 'Dao',
  email: 'dao@x',
  siteKey: 'demo',
  role: 'owner',
  stores: [
    { siteKey: 'demo', name: 'Demo Store', role: 'owner' },
    { siteKey: 'noodles', name: 'Noodle Bar', role: 'agent' },
  ],
}

describe('StoreSwitcher', () => {
  it('just names the store and the role for a person with one store', () => {
    const { root } = mount(<StoreSwitcher agent={{ ...dao, stores: [dao.stores[0]!] }} onSwitch={() => {}} />)
    expect(root.textContent).toBe('Demo Store · Owner')
    expect(root.querySelector('button')).toBeNull()
  })

  it('opens a list of stores from a labelled button, switches to the one chosen, and closes with Escape', () => {
    const onSwitch = vi.fn()
    const { root } = mount(<StoreSwitcher agent={dao} onSwitch={onSwitch} />)
    const toggle = root.querySelector<HTMLButtonElement>('.switcher-toggle')!
    expect(toggle.textContent).toBe('Switch store. Now: Demo Store · Owner')
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    const list = root.querySelector<HTMLUListElement>(`#${toggle.getAttribute('aria-controls')}`)!
    expect(list.hidden).toBe(true)
    expect(list.getAttribute('aria-label')).toBe('Your stores')

    act(() => toggle.click())
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(list.hidden).toBe(false)
    const items = [...list.querySelectorAll('button')]
    expect(items.map((b) => b.textContent)).toEqual(['Demo Store · Owner', 'Noodle Bar · Agent'])
    expect(items[0]!.getAttribute('aria-current')).toBe('true')

    items[1]!.focus()
    act(() => {
      items[1]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    })
    expect(list.hidden).toBe(true)
    expect(document.activeElement).toBe(toggle)
    expect(onSwitch).not.toHaveBeenCalled()

    act(() => toggle.click())
    act(() => items[1]!.click())
    expect(onSwitch).toHaveBeenCalledWith('noodles')
    expect(list.hidden).toBe(true)
  })
})
