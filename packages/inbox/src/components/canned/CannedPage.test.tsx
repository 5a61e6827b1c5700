// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import { MAX_CANNED_REPLIES, type CannedReply, type CannedReplyRequest } from '@attune/protocol'
import { CatalogsContext } from '../../i18n/context.ts'
import { th } from '../../i18n/th/index.ts'
import type { CannedApi } from '../../session/canned.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { CannedPage } from './CannedPage.tsx'

afterEach(() => cleanup())

/** The server's side, in memory: what was sent; a shortcut already taken is refused as the server does. */
function fakeApi(start: CannedReply[] = []) {
  let replies = [...start]
  const sent: string[] = []
  const api: CannedApi = {
    list: async () => ({ ok: true, value: replies }),
    create: async (request: CannedReplyRequest) => {
      sent.push(`create /${request.shortcut}`)
      if (replies.some((r) => r.shortcut === request.shortcut))
        return { ok: false, error: { code: 'conflict', message: `shortcut: /${request.shortcut} is taken by another canned reply in this store.` } }
      const reply = { id: `c${replies.length + 1}`, ...request } as CannedReply
      replies = [...replies, reply]
      return { ok: true, value: reply }
    },
    update: async (id, request) => {
      sent.push(`update ${id}`)
      const reply = { id, ...request } as CannedReply
      replies = replies.map((r) => (r.id === id ? reply : r))
      return { ok: true, value: reply }
    },
    remove: async (id) => {
      sent.push(`remove ${id}`)
      replies = replies.filter((r) => r.id !== id)
      return { ok: true, value: { deleted: true } }
    },
  }
  return { api, sent }
}

const refund: CannedReply = { id: 'c1', title: 'Refund policy', shortcut: 'refund', language: 'en', texts: { en: 'Refunds take 5 days.' } }
const status = (root: HTMLElement) => root.querySelector('section > [role="status"]')?.textContent
const submit = (root: HTMLElement) => act(() => void root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true })))
const errorOf = (control: HTMLElement) => document.getElementById(control.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent

describe('the Canned replies page', () => {
  it('names each problem under its field, focuses the first, and sends nothing', async () => {
    const { api, sent } = fakeApi()
    const { root } = mount(<CannedPage api={api} />)
    await settle()
    act(() => button(root, 'Add a canned reply').click())
    type(byLabel(root, 'Shortcut'), 'Refund Policy')
    type(byLabel<HTMLTextAreaElement>(root, 'Text in English'), 'Hi {customer}')
    submit(root)
    await settle()
    const title = byLabel(root, 'Title')
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(errorOf(title)).toBe('Give the reply a title.')
    expect(errorOf(byLabel(root, 'Shortcut'))).toBe('Use only lowercase letters, digits and dashes, like refund-policy.')
    expect(errorOf(byLabel(root, 'Text in English'))).toBe('{customer} cannot be filled in. Use {shopper_name}, {agent_name} or {store_name}.')
    expect(document.activeElement).toBe(title)
    expect(sent).toEqual([])
  })

  it('puts a shortcut the store already uses under the shortcut, then adds the reply and says so', async () => {
    const { api, sent } = fakeApi([refund])
    const { root } = mount(<CannedPage api={api} />)
    await settle()
    act(() => button(root, 'Add a canned reply').click())
    type(byLabel(root, 'Title'), 'Refunds, short')
    type(byLabel(root, 'Shortcut'), '/refund')
    type(byLabel<HTMLTextAreaElement>(root, 'Text in English'), 'Hi {shopper_name}, five days.')
    submit(root)
    await settle()
    expect(errorOf(byLabel(root, 'Shortcut'))).toBe('/refund is already used by another canned reply.')
    type(byLabel(root, 'Shortcut'), 'refund-short')
    submit(root)
    await settle()
    expect(sent).toEqual(['create /refund', 'create /refund-short'])
    expect(status(root)).toBe('Canned reply /refund-short added.')
    expect([...root.querySelectorAll('li code')].map((c) => c.textContent)).toEqual(['/refund', '/refund-short'])
  })

  it('says the store keeps at most 200 when the server refuses an add as full (409), and keeps what was typed', async () => {
    const { api, sent } = fakeApi([refund])
    // Another manager added the 200th meanwhile.
    api.create = async (request) => {
      sent.push(`create /${request.shortcut}`)
      return { ok: false, error: { code: 'conflict', message: `A store keeps at most ${MAX_CANNED_REPLIES} canned replies; remove one first.` } }
    }
    const { root } = mount(<CannedPage api={api} />)
    await settle()
    act(() => button(root, 'Add a canned reply').click())
    type(byLabel(root, 'Title'), 'Sizes')
    type(byLabel(root, 'Shortcut'), 'sizes')
    type(byLabel<HTMLTextAreaElement>(root, 'Text in English'), 'Our sizes run small.')
    submit(root)
    await settle()
    expect(sent).toEqual(['create /sizes'])
    expect(root.querySelector('form [role="alert"]')!.textContent).toBe(
      'Not added: a store keeps at most 200 canned replies. Delete one to add another.',
    )
    expect(byLabel(root, 'Shortcut').getAttribute('aria-invalid')).not.toBe('true')
    expect(byLabel<HTMLTextAreaElement>(root, 'Text in English').value).toBe('Our sizes run small.')
  })

  it('says so in Thai, with the number, and before sending when the list is full already', async () => {
    const full = Array.from({ length: MAX_CANNED_REPLIES }, (_, i) => ({ ...refund, id: `c${i + 1}`, shortcut: `reply-${i + 1}` }))
    const { api, sent } = fakeApi(full)
    const { root } = mount(
      <CatalogsContext.Provider value={th}>
        <CannedPage api={api} />
      </CatalogsContext.Provider>,
    )
    await settle()
    act(() => button(root, th.canned.add).click())
    type(byLabel(root, th.canned.form.title), 'ไซซ์')
    type(byLabel(root, th.canned.form.shortcut), 'sizes')
    type(byLabel<HTMLTextAreaElement>(root, th.canned.form.text(th.greetings.languages.en)), 'Our sizes run small.')
    submit(root)
    await settle()
    expect(root.querySelector('form [role="alert"]')!.textContent).toBe(
      'ยังไม่ได้เพิ่ม ร้านหนึ่งมีข้อความสำเร็จรูปได้ไม่เกิน 200 ข้อความ ลบข้อความเดิมออกก่อนแล้วค่อยเพิ่มใหม่',
    )
    expect(sent).toEqual([])
  })

  it('deletes only after asking, with the focus on the safe answer, and keeps the reply when told to', async () => {
    const { api, sent } = fakeApi([refund])
    const { root } = mount(<CannedPage api={api} />)
    await settle()
    act(() => button(root, 'Delete /refund').click())
    await settle()
    const question = root.querySelector('[role="group"]')!
    expect(question.textContent).toContain('Delete /refund? Your team can no longer insert it.')
    expect(document.activeElement?.textContent).toBe('Cancel')
    act(() => (document.activeElement as HTMLButtonElement).click())
    await settle()
    expect(sent).toEqual([])
    act(() => button(root, 'Delete /refund').click())
    await settle()
    act(() => button(root.querySelector<HTMLElement>('[role="group"]')!, 'Delete').click())
    await settle()
    expect(sent).toEqual(['remove c1'])
    expect(status(root)).toBe('Deleted /refund.')
    expect(root.textContent).toContain('No canned replies yet.')
  })

  it('keeps the focus on the page when a reply goes while a form is open: in the form, or on "Add" when it was that reply’s', async () => {
    const hello: CannedReply = { id: 'c2', title: 'Hello', shortcut: 'hello', language: 'en', texts: { en: 'Hi there.' } }
    const { api } = fakeApi([refund, hello])
    const { root } = mount(<CannedPage api={api} />)
    await settle()
    const remove = async (shortcut: string) => {
      act(() => button(root, `Delete /${shortcut}`).click())
      await settle()
      act(() => button(root.querySelector<HTMLElement>('[role="group"]')!, 'Delete').click())
      await settle()
    }
    act(() => button(root, 'Edit /refund').click())
    await settle()
    await remove('hello')
    expect(document.activeElement).toBe(byLabel(root, 'Title'))
    await remove('refund')
    expect(root.querySelector('.greeting-form')).toBeNull()
    expect(document.activeElement).toBe(button(root, 'Add a canned reply'))
  })
})
