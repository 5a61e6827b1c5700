// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { AgentProfile } from '../../agent.ts'
import { demoPerson } from '../../testing/fake-agent.ts'
import { createStoreApi } from '../../session/store.ts'
import { createTeamApi } from '../../session/team.ts'
import { createWebhooksApi } from '../../session/webhooks.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeFetch, refusal, type FakeFetch } from '../../testing/fake-fetch.ts'
import { StorePage } from './StorePage.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const store = { key: 'demo', name: 'Demo Store', allowedOrigins: ['https://shop.example'], serverUrl: 'https://chat.example' }
const person = demoPerson
const team = {
  members: [
    { id: 'p1', name: 'Dao', email: 'dao@demo.store', role: 'owner' },
    { id: 'p2', name: 'Nok', email: 'nok@demo.store', role: 'agent' },
  ],
  invites: [],
}

async function open(role: AgentProfile['role'], server: FakeFetch = fakeFetch()) {
  server.answer({
    'GET /api/store': [200, { store }],
    'PUT /api/store': (body) => [200, { store: { ...store, ...(body as object) } }],
    'GET /api/team': [200, team],
    'GET /api/webhooks': [200, { endpoints: [], attempts: [] }],
  })
  // The sections that make their own same-origin API (greetings, hours…) ask this server too.
  vi.stubGlobal('fetch', server.fetch)
  const callbacks = { onSessionChanged: vi.fn(), onStoreDeleted: vi.fn() }
  const { root } = mount(
    <StorePage
      agent={person(role)}
      api={createStoreApi('', server.fetch)}
      team={createTeamApi('', server.fetch)}
      webhooks={createWebhooksApi('', server.fetch)}
      {...callbacks}
    />,
  )
  await settle()
  // The owner's danger zone reads the team once the store is on screen.
  await settle()
  return { root, server, ...callbacks }
}

/** The Thai voice radios in the section titled `title`, as [particle, checked] pairs. */
const voices = (root: HTMLElement, title: string) => {
  const heading = [...root.querySelectorAll('h3')].find((h) => h.textContent === title)!
  return [...heading.closest('section')!.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
}
const pick = (radio: HTMLInputElement) =>
  act(() => {
    radio.checked = true
    radio.dispatchEvent(new Event('change', { bubbles: true }))
  })

const describedBy = (root: HTMLElement, control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => root.querySelector(`#${id}`)!.textContent)

describe('StorePage', () => {
  it("sets the chat's Thai voice: each choice named by its particle, explained, shown as shoppers read it", async () => {
    const { root, server } = await open('admin')
    const radios = voices(root, 'Thai voice of the chat')
    const group = radios[0]!.closest('fieldset')!
    expect(group.getAttribute('aria-labelledby')).toBe('store-voice-title')
    expect(describedBy(root, group)[0]).toContain('polite particle')
    expect(radios.map((r) => [r.value, r.checked])).toEqual([
      ['female', true],
      ['male', false],
      ['neutral', false],
    ])
    const labels = radios.map((r) => r.closest('label')!.textContent)
    expect(labels[0]).toContain('ค่ะ / คะ — Female voice')
    expect(labels[1]).toContain('ครับ — Male voice')
    expect(labels[1]).toContain('สวัสดีครับ มีอะไรให้ช่วยไหมครับ')
    expect(labels[2]).toContain('สวัสดี มีอะไรให้ช่วยไหม')
    expect(radios[1]!.closest('label')!.querySelector('[lang="th"]')).toBeTruthy()

    await pick(radios[1]!)
    await act(() => button(root, 'Save voice').click())
    await settle()
    expect(server.calls.at(-1)).toEqual({ route: 'PUT /api/store', body: { thaiVoice: 'male' } })
    expect(root.querySelector('[aria-labelledby="store-voice-title"] [role="status"]')?.textContent).toBe('Saved.')
  })

  it("says why a voice was not saved, and keeps the owner's choice on screen", async () => {
    const { root, server } = await open('owner')
    server.answer({ 'PUT /api/store': [400, refusal('bad_request', 'A Thai voice is female (ค่ะ/คะ), male (ครับ) or neutral (no particle).')] })
    const radios = voices(root, 'Thai voice of the chat')
    await pick(radios[2]!)
    await act(() => button(root, 'Save voice').click())
    await settle()
    expect(root.querySelector('[aria-labelledby="store-voice-title"] [role="alert"]')?.textContent).toBe(
      'Not saved: the server did not accept what was entered. Check it and try again.',
    )
    expect(radios[2]!.checked).toBe(true)
  })

  it('shows the site key, the script tag and the npm lines, each with its own copy button that says "Copied."', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { root } = await open('admin')
    expect(byLabel(root, 'Site key').value).toBe('demo')
    const tag = byLabel<HTMLTextAreaElement>(root, 'Script tag')
    expect(tag.value).toContain('<script async src="https://chat.example/widget/loader.js"></script>')
    expect(tag.readOnly).toBe(true)
    expect(byLabel<HTMLTextAreaElement>(root, 'npm').value).toContain("boot({ siteKey: 'demo', server: 'https://chat.example' })")

    const copyTag = button(root, 'Copy the script tag')
    act(() => copyTag.click())
    await settle()
    expect(writeText).toHaveBeenCalledWith(tag.value)
    const status = copyTag.parentElement!.querySelector('[role="status"]')!
    expect(status.textContent).toBe('Copied.')
    expect(button(root, 'Copy the npm lines').parentElement!.querySelector('[role="status"]')!.textContent).toBe('')
  })

  it('refuses a malformed origin in the form, with the reason tied to the field, and sends nothing', async () => {
    const { root, server } = await open('admin')
    const field = byLabel(root, 'Add an origin')
    type(field, 'https://shop.example/checkout')
    act(() => button(root, 'Add').click())
    await settle()
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(describedBy(root, field)[0]).toBe(
      '"https://shop.example/checkout" is not an origin the chat can use. Write scheme://host[:port] in lower case, like https://shop.example, with no path and no slash at the end.',
    )
    expect(root.querySelector('#store-origin-error')!.getAttribute('role')).toBe('alert')
    expect(document.activeElement).toBe(field)
    expect(server.calls.some((c) => c.route === 'PUT /api/store')).toBe(false)

    type(field, 'https://shop.example')
    expect(field.hasAttribute('aria-invalid')).toBe(false)
    act(() => button(root, 'Add').click())
    await settle()
    expect(describedBy(root, field)[0]).toBe('"https://shop.example" is in the list already.')
  })

  it('adds a good origin and removes one, saving the whole list each time and saying so', async () => {
    const { root, server } = await open('admin')
    type(byLabel(root, 'Add an origin'), ' https://www.shop.example ')
    act(() => button(root, 'Add').click())
    await settle()
    expect(server.calls.at(-1)).toEqual({ route: 'PUT /api/store', body: { allowedOrigins: ['https://shop.example', 'https://www.shop.example'] } })
    expect([...root.querySelectorAll('.origin-list code')].map((c) => c.textContent)).toEqual(['https://shop.example', 'https://www.shop.example'])
    expect(byLabel(root, 'Add an origin').value).toBe('')
    expect(root.querySelector('[aria-labelledby="origins-title"] .settings-status')!.textContent).toBe('Added https://www.shop.example.')

    act(() => button(root, 'Remove https://shop.example').click())
    await settle()
    expect(server.calls.at(-1)!.body).toEqual({ allowedOrigins: ['https://www.shop.example'] })
    expect(root.querySelector('[aria-labelledby="origins-title"] .settings-status')!.textContent).toBe('Removed https://shop.example.')
  })

  it('says in its own words when the server refuses an origin the form let through', async () => {
    const server = fakeFetch()
    const { root } = await open('owner', server)
    server.answer({ 'PUT /api/store': [400, refusal('bad_request', 'allowedOrigins.1: "http://10.0.0.1:99999" has a port above 65535.')] })
    type(byLabel(root, 'Add an origin'), 'http://10.0.0.1:8080')
    act(() => button(root, 'Add').click())
    await settle()
    expect(root.querySelector('#store-origin-error')!.textContent).toBe(
      'Not saved: the server did not accept what was entered. Check it and try again.',
    )
  })

  it('reveals the identity secret only when asked, and rotates it only after a confirmation', async () => {
    const server = fakeFetch({
      'POST /api/store/identity-secret': [200, { identitySecret: 'sec_old' }],
      'POST /api/store/identity-secret/rotate': [200, { identitySecret: 'sec_new' }],
    })
    const { root } = await open('admin', server)
    expect(root.querySelector('#store-secret')).toBeNull()
    expect(server.calls.some((c) => c.route.includes('identity-secret'))).toBe(false)
    act(() => button(root, 'Show the identity secret').click())
    await settle()
    expect(byLabel(root, 'Identity secret').value).toBe('sec_old')

    act(() => button(root, 'Rotate the secret').click())
    await settle()
    const group = root.querySelector('[role="group"][aria-labelledby="rotate-question"]')!
    expect(group.textContent).toContain('The old one stops working at once')
    expect(document.activeElement).toBe(button(root, 'Cancel'))
    act(() => button(root, 'Cancel').click())
    await settle()
    expect(server.calls.some((c) => c.route.endsWith('/rotate'))).toBe(false)
    expect(document.activeElement).toBe(button(root, 'Rotate the secret'))

    act(() => button(root, 'Rotate the secret').click())
    await settle()
    act(() => button(root, 'Make a new secret').click())
    await settle()
    expect(byLabel(root, 'Identity secret').value).toBe('sec_new')
    expect(root.querySelector('[aria-labelledby="secret-title"] > .settings-status')!.textContent).toContain('A new identity secret is in place')
  })

  it('gives an admin no danger zone; the owner transfers to a member and deletes only with the name typed', async () => {
    const admin = await open('admin')
    expect(admin.root.textContent).not.toContain('Danger zone')
    expect(admin.server.calls.some((c) => c.route === 'GET /api/team')).toBe(false)
    cleanup()

    const server = fakeFetch({ 'POST /api/store/transfer': [200, { ok: true }], 'DELETE /api/store': [200, { deleted: true }] })
    const { root, onSessionChanged, onStoreDeleted } = await open('owner', server)
    expect(root.querySelector('#danger-title')!.textContent).toBe('Danger zone')
    const heir = byLabel<HTMLSelectElement>(root, 'New owner')
    expect([...heir.options].map((o) => o.textContent)).toEqual(['Nok (nok@demo.store)'])
    act(() => button(root, 'Transfer ownership').click())
    await settle()
    expect(root.querySelector('#transfer-question')!.textContent).toBe('Make Nok the owner of Demo Store? You become an admin.')
    act(() => button(root, 'Transfer').click())
    await settle()
    expect(server.calls.find((c) => c.route === 'POST /api/store/transfer')!.body).toEqual({ personId: 'p2' })
    expect(onSessionChanged).toHaveBeenCalled()

    const name = byLabel(root, "Type the store's name, Demo Store, to confirm")
    type(name, 'Demo')
    act(() => button(root, 'Delete this store').click())
    await settle()
    expect(server.calls.some((c) => c.route === 'DELETE /api/store')).toBe(false)
    expect(describedBy(root, name)[0]).toBe('Type Demo Store exactly as shown.')
    type(name, 'Demo Store')
    act(() => button(root, 'Delete this store').click())
    await settle()
    expect(server.calls.find((c) => c.route === 'DELETE /api/store')!.body).toEqual({ confirmName: 'Demo Store' })
    expect(onStoreDeleted).toHaveBeenCalled()
  })
})
