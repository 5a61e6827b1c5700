// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import { CatalogsContext } from '../../i18n/context.ts'
import { th } from '../../i18n/th/index.ts'
import type { CareApi } from '../../session/care.ts'
import { cleanup, mount, settle } from '../../testing/dom.ts'
import { CareFigures } from './CareFigures.tsx'
import { CareSetting } from './CareSetting.tsx'

afterEach(() => cleanup())

const fail = async () => ({ ok: false as const, error: { code: 'server' as const, message: '' } })

describe('the store setting', () => {
  it('is on by default as the server says, and unticking it saves and says so', async () => {
    const saved: boolean[] = []
    const api: CareApi = {
      answer: fail,
      days: fail,
      handOff: fail,
      settings: async () => ({ ok: true, value: { enabled: true } }),
      setEnabled: async (enabled) => (saved.push(enabled), { ok: true, value: { enabled } }),
    }
    const { root } = mount(<CareSetting api={api} />)
    await settle()
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!
    expect(root.querySelector(`label[for="${box.id}"]`)?.textContent).toBe('Check in on agents after hard conversations')
    expect(box.checked).toBe(true)
    act(() => box.click())
    await settle()
    expect(saved).toEqual([false])
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Agents will not be offered check-ins.')
  })
})

describe("the team's figures on Insights", () => {
  it('load when opened, and show a day without enough answers without any figure', async () => {
    let loads = 0
    const api: CareApi = {
      answer: fail,
      handOff: fail,
      settings: fail,
      setEnabled: fail,
      days: async () => (
        loads++,
        {
          ok: true,
          value: {
            days: [
              { day: '2026-12-01', enough: false },
              { day: '2026-12-02', enough: true, answers: 6, mean: 3.17 },
            ],
            minAnswers: 5,
            minPeople: 3,
          },
        }
      ),
    }
    const { root } = mount(<CareFigures api={api} />)
    await settle()
    expect(loads).toBe(0)
    const toggle = root.querySelector<HTMLButtonElement>('button[aria-expanded]')!
    act(() => toggle.click())
    await settle()
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    const rows = [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['Dec 1', 'Not enough answers to show'],
      ['Dec 2', '6', '3.2'],
    ])
  })

  it('show the day and the mean as the agent’s language writes them', async () => {
    const api: CareApi = {
      answer: fail,
      handOff: fail,
      settings: fail,
      setEnabled: fail,
      days: async () => ({ ok: true, value: { days: [{ day: '2026-12-02', enough: true, answers: 6, mean: 3.17 }], minAnswers: 5, minPeople: 3 } }),
    }
    const { root } = mount(
      <CatalogsContext.Provider value={th}>
        <CareFigures api={api} />
      </CatalogsContext.Provider>,
    )
    act(() => root.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click())
    await settle()
    const cells = [...root.querySelectorAll('tbody tr > *')].map((cell) => cell.textContent)
    expect(cells).toEqual(['2 ธ.ค.', '6', '3.2'])
  })
})
