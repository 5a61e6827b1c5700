// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import { MAX_GREETINGS, type Greeting, type GreetingRequest } from '@attune/protocol'
import { CatalogsContext } from '../../i18n/context.ts'
import { th } from '../../i18n/th/index.ts'
import type { GreetingsApi } from '../../session/greetings.ts'
import type { CallFailure } from '../../session/http.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { Greetings } from './Greetings.tsx'

afterEach(() => cleanup())

/** The server's side, in memory: what was sent, and a refusal when asked for one. */
function fakeApi(start: Greeting[] = []) {
  let greetings = [...start]
  const sent: [string, unknown][] = []
  let refuse: CallFailure | null = null
  const api: GreetingsApi = {
    list: async () => ({ ok: true, value: greetings }),
    create: async (request: GreetingRequest) => {
      sent.push(['create', request])
      if (refuse) return { ok: false, error: refuse }
      const greeting = { id: `g${greetings.length + 1}`, enabled: false, ...request } as Greeting
      greetings = [...greetings, greeting]
      return { ok: true, value: greeting }
    },
    update: async (id, request) => {
      sent.push([`update ${id}`, request])
      const greeting = { id, enabled: false, ...request } as Greeting
      greetings = greetings.map((g) => (g.id === id ? greeting : g))
      return { ok: true, value: greeting }
    },
    remove: async (id) => {
      sent.push([`remove ${id}`, null])
      greetings = greetings.filter((g) => g.id !== id)
      return { ok: true, value: { deleted: true } }
    },
  }
  return { api, sent, refuseWith: (error: CallFailure) => void (refuse = error) }
}

const status = (root: HTMLElement) => root.querySelector('section > [role="status"]')?.textContent
const submit = (root: HTMLElement) => act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })))
const select = (control: HTMLSelectElement, value: string) =>
  act(() => {
    control.value = value
    control.dispatchEvent(new Event('change', { bubbles: true }))
  })

const checkout: Greeting = {
  id: 'g1',
  enabled: false,
  condition: { kind: 'url_pattern', pattern: '/checkout*' },
  language: 'en',
  texts: { en: 'Questions about delivery?', th: 'มีคำถามเรื่องการจัดส่งไหมคะ' },
}

describe('the Greetings section of the Store page', () => {
  it('adds a page-pattern greeting with a Thai text; it is listed off, and says so', async () => {
    const { api, sent } = fakeApi()
    const { root } = mount(<Greetings api={api} />)
    await settle()
    expect(root.textContent).toContain('No greetings yet.')
    act(() => button(root, 'Add a greeting').click())
    await settle()
    // The form opens with the focus on its first field.
    expect(document.activeElement).toBe(byLabel(root, 'Show it'))
    await select(byLabel<HTMLSelectElement>(root, 'Show it'), 'url_pattern')
    type(byLabel(root, 'Page path'), '/checkout*')
    type(byLabel<HTMLTextAreaElement>(root, 'Text in English'), 'Questions about delivery?')
    type(byLabel<HTMLTextAreaElement>(root, 'Text in Thai'), 'มีคำถามเรื่องการจัดส่งไหมคะ')
    await submit(root)
    await settle()
    expect(sent).toEqual([
      [
        'create',
        {
          condition: { kind: 'url_pattern', pattern: '/checkout*' },
          language: 'en',
          texts: { en: 'Questions about delivery?', th: 'มีคำถามเรื่องการจัดส่งไหมคะ' },
          enabled: false,
        },
      ],
    ])
    expect(root.querySelector('form')).toBeNull()
    expect(status(root)).toBe('Greeting added. It is off until you turn it on.')
    const row = root.querySelector('.greeting-list li')!
    expect(row.textContent).toContain('On pages /checkout*')
    expect(row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(false)
  })

  it('marks every refused field, ties the error to it, focuses the first, and sends nothing', async () => {
    const { api, sent } = fakeApi()
    const { root } = mount(<Greetings api={api} />)
    await settle()
    act(() => button(root, 'Add a greeting').click())
    await select(byLabel<HTMLSelectElement>(root, 'Show it'), 'url_pattern')
    type(byLabel(root, 'Page path'), 'checkout')
    await submit(root)
    await settle()
    const pattern = byLabel(root, 'Page path')
    expect(pattern.getAttribute('aria-invalid')).toBe('true')
    const errorId = pattern.getAttribute('aria-describedby')!.split(' ')[0]!
    expect(root.querySelector(`#${errorId}`)!.textContent).toMatch(/^Start with \//)
    expect(byLabel<HTMLTextAreaElement>(root, 'Text in English').getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(pattern)
    expect(sent).toEqual([])
  })

  it('says the store keeps at most 20 greetings when the server refuses one more (409), and keeps what was typed', async () => {
    const { api, refuseWith } = fakeApi()
    refuseWith({ code: 'conflict', message: 'A store keeps at most 20 greetings; remove one first.' })
    const { root } = mount(<Greetings api={api} />)
    await settle()
    act(() => button(root, 'Add a greeting').click())
    type(byLabel<HTMLTextAreaElement>(root, 'Text in English'), 'Hello!')
    await submit(root)
    await settle()
    expect(root.querySelector('form [role="alert"]')!.textContent).toBe('Not saved: a store keeps at most 20 greetings. Remove one to add another.')
    expect(byLabel<HTMLTextAreaElement>(root, 'Text in English').value).toBe('Hello!')
  })

  it('says so in Thai, with the number, and before sending when the list is full already', async () => {
    const full = Array.from({ length: MAX_GREETINGS }, (_, i) => ({ ...checkout, id: `g${i + 1}` }))
    const { api, sent } = fakeApi(full)
    const { root } = mount(
      <CatalogsContext.Provider value={th}>
        <Greetings api={api} />
      </CatalogsContext.Provider>,
    )
    await settle()
    act(() => button(root, th.greetings.add).click())
    type(byLabel<HTMLTextAreaElement>(root, th.greetings.form.text(th.greetings.languages.en)), 'Hello!')
    await submit(root)
    await settle()
    expect(root.querySelector('form [role="alert"]')!.textContent).toBe('ยังไม่ได้บันทึก ร้านหนึ่งมีข้อความทักทายได้ไม่เกิน 20 อัน ลบอันเดิมออกก่อนแล้วค่อยเพิ่มใหม่')
    expect(sent).toEqual([])
  })

  it('turns a greeting on as it is ticked, named by its text, and announces it', async () => {
    const { api, sent } = fakeApi([checkout])
    const { root } = mount(<Greetings api={api} />)
    await settle()
    const box = root.querySelector<HTMLInputElement>('.greeting-list input[type="checkbox"]')!
    expect(box.closest('label')!.textContent).toBe('On the greeting “Questions about delivery?”')
    act(() => box.click())
    await settle()
    const { id: _, ...request } = checkout
    expect(sent).toEqual([['update g1', { ...request, enabled: true }]])
    expect(status(root)).toBe('“Questions about delivery?” is on.')
  })

  it('keeps a ticked box ticked while it is saved, and unticks it with the reason when the server refuses', async () => {
    const { api } = fakeApi([checkout])
    let answer: (value: Awaited<ReturnType<GreetingsApi['update']>>) => void = () => {}
    api.update = () => new Promise((resolve) => (answer = resolve))
    const { root } = mount(<Greetings api={api} />)
    await settle()
    const box = () => root.querySelector<HTMLInputElement>('.greeting-list input[type="checkbox"]')!
    act(() => box().click())
    await settle()
    expect(box().checked).toBe(true)
    answer({ ok: false, error: { code: 'forbidden', message: '' } })
    await settle()
    expect(box().checked).toBe(false)
    expect(root.querySelector('section > [role="alert"]')!.textContent).toBe('Not saved: your role in this store may not do that.')
  })

  it('edits a greeting as stored, and removes one', async () => {
    const { api, sent } = fakeApi([checkout])
    const { root } = mount(<Greetings api={api} />)
    await settle()
    act(() => button(root, 'Edit the greeting “Questions about delivery?”').click())
    expect(byLabel(root, 'Page path').value).toBe('/checkout*')
    expect(byLabel<HTMLTextAreaElement>(root, 'Text in Thai').value).toBe('มีคำถามเรื่องการจัดส่งไหมคะ')
    type(byLabel(root, 'Page path'), '/cart*')
    await submit(root)
    await settle()
    expect(root.querySelector('.greeting-list')!.textContent).toContain('On pages /cart*')
    act(() => button(root, 'Remove the greeting “Questions about delivery?”').click())
    await settle()
    expect(sent.map(([what]) => what)).toEqual(['update g1', 'remove g1'])
    expect(root.textContent).toContain('No greetings yet.')
    expect(status(root)).toBe('Removed “Questions about delivery?”.')
  })

  it('closes the form of a greeting removed while it is edited, and gives the focus to "Add"', async () => {
    const { api } = fakeApi([checkout])
    const { root } = mount(<Greetings api={api} />)
    await settle()
    act(() => button(root, 'Edit the greeting “Questions about delivery?”').click())
    await settle()
    act(() => button(root, 'Remove the greeting “Questions about delivery?”').click())
    await settle()
    expect(root.querySelector('.greeting-form')).toBeNull()
    expect(document.activeElement).toBe(button(root, 'Add a greeting'))
  })
})
