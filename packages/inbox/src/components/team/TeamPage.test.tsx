// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { AgentProfile } from '../../agent.ts'
import { createTeamApi } from '../../session/team.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeFetch, refusal, type FakeFetch } from '../../testing/fake-fetch.ts'
import { TeamPage } from './TeamPage.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const members = [
  { id: 'p1', name: 'Dao', email: 'dao@demo.store', role: 'owner' },
  { id: 'p2', name: 'Nok', email: 'nok@demo.store', role: 'agent' },
  { id: 'p3', name: 'Somchai', email: 'som@demo.store', role: 'admin' },
]
const pending = { id: 'i1', email: 'lek@demo.store', role: 'manager', expiresAt: '2026-01-03T10:00:00.000Z' }
const me = (id: string, role: AgentProfile['role']): AgentProfile => ({
  id,
  name: 'Me',
  email: 'me@demo.store',
  siteKey: 'demo',
  role,
  stores: [{ siteKey: 'demo', name: 'Demo Store', role }],
})

async function open(agent: AgentProfile, server: FakeFetch = fakeFetch()) {
  server.answer({ 'GET /api/team': [200, { members, invites: agent.role === 'agent' ? [] : [pending] }] })
  const { root } = mount(<TeamPage agent={agent} api={createTeamApi('', server.fetch)} />)
  await settle()
  return { root, server }
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

const rowOf = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll<HTMLElement>('[aria-labelledby="members-title"] .team-row')].find((r) =>
    r.querySelector('.team-name')!.textContent!.startsWith(name),
  )!

describe('TeamPage', () => {
  it('lets anyone choose their own Thai voice for the suggested replies, saved with their account', async () => {
    const onSessionChanged = vi.fn()
    const server = fakeFetch({ 'PUT /api/agent/preferences': (body) => [200, body] })
    server.answer({ 'GET /api/team': [200, { members, invites: [] }] })
    const agent = { ...me('p2', 'agent'), preferences: { thaiVoice: 'male' as const, language: null, sound: true } }
    const { root } = mount(<TeamPage agent={agent} api={createTeamApi('', server.fetch)} onSessionChanged={onSessionChanged} />)
    await settle()
    const radios = voices(root, 'Your Thai voice')
    expect(radios.map((r) => r.checked)).toEqual([false, true, false])
    await pick(radios[2]!)
    await act(() => button(root, 'Save voice').click())
    await settle()
    expect(server.calls.at(-1)).toEqual({ route: 'PUT /api/agent/preferences', body: { thaiVoice: 'neutral' } })
    expect(root.querySelector('[aria-labelledby="own-voice-title"] [role="status"]')?.textContent).toBe('Saved.')
    // The session is read again, so the suggestions speak the new voice.
    expect(onSessionChanged).toHaveBeenCalledOnce()
  })

  it('lets anyone choose their inbox language, saved with their account, the browser’s named as the default', async () => {
    const onSessionChanged = vi.fn()
    const server = fakeFetch({ 'PUT /api/agent/preferences': () => [200, { thaiVoice: 'female', language: 'lo' }] })
    server.answer({ 'GET /api/team': [200, { members, invites: [] }] })
    const agent = { ...me('p2', 'agent'), preferences: { thaiVoice: 'female' as const, language: null, sound: true } }
    const { root } = mount(<TeamPage agent={agent} api={createTeamApi('', server.fetch)} onSessionChanged={onSessionChanged} languages={['th-TH']} />)
    await settle()
    const select = byLabel<HTMLSelectElement>(root, 'Language')
    expect(select.value).toBe('browser')
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "Your browser's language (now ไทย)",
      'English',
      'ไทย',
      'ລາວ',
      'Filipino',
      'Bahasa Indonesia',
      'العربية',
    ])
    await act(() => {
      select.value = 'lo'
      select.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await act(() => button(root, 'Save language').click())
    await settle()
    expect(server.calls.at(-1)).toEqual({ route: 'PUT /api/agent/preferences', body: { language: 'lo' } })
    expect(root.querySelector('[aria-labelledby="language-title"] [role="status"]')?.textContent).toBe('Saved.')
    // The session is read again, so the whole inbox turns to the new language.
    expect(onSessionChanged).toHaveBeenCalledOnce()
  })

  it('shows everyone the team with their roles, and an agent no controls, invitations or invite form', async () => {
    const { root } = await open(me('p2', 'agent'))
    expect([...root.querySelectorAll('[aria-labelledby="members-title"] .team-name')].map((n) => n.textContent)).toEqual([
      'Dao ',
      'Somchai ',
      'Nok (you)',
    ])
    expect(rowOf(root, 'Dao').querySelector('.role-badge')!.textContent).toBe('Owner')
    expect(root.querySelectorAll('select:not(#language-choice)')).toHaveLength(0)
    expect(root.textContent).not.toContain('Remove')
    expect(root.textContent).not.toContain('Invite someone')
    expect(root.textContent).not.toContain('Pending invitations')
    // Everyone has "Your account".
    expect(byLabel(root, 'New password')).toBeTruthy()
  })

  it("lets an admin change an agent's role (saved at once, announced) but not the owner's or their own", async () => {
    const { root, server } = await open(me('p3', 'admin'), fakeFetch({ 'PUT /api/team/members/p2': [200, { ok: true }] }))
    expect(rowOf(root, 'Dao').querySelector('select')).toBeNull()
    expect(rowOf(root, 'Somchai').querySelector('select')).toBeNull()
    const role = byLabel<HTMLSelectElement>(root, 'Role of Nok')
    expect([...role.options].map((o) => o.textContent)).toEqual(['Agent', 'Manager', 'Admin'])
    act(() => {
      role.value = 'manager'
      role.dispatchEvent(new Event('change', { bubbles: true }))
    })
    await settle()
    expect(server.calls.find((c) => c.route === 'PUT /api/team/members/p2')!.body).toEqual({ role: 'manager' })
    expect(root.querySelector('.page-notice')!.textContent).toBe("Nok's role is now Manager.")
    expect(root.querySelector('.page-notice')!.getAttribute('role')).toBe('status')
  })

  it('removes a person only after confirming, then says so and puts focus on the list', async () => {
    const server = fakeFetch({ 'DELETE /api/team/members/p2': [200, { ok: true }] })
    const { root } = await open(me('p1', 'owner'), server)
    act(() => button(root, 'Remove Nok').click())
    await settle()
    expect(root.querySelector('#remove-p2-question')!.textContent).toBe('Remove Nok from the team? Their open inbox closes at once.')
    expect(document.activeElement).toBe(button(root, 'Cancel'))
    act(() => button(root, 'Cancel').click())
    await settle()
    expect(document.activeElement).toBe(button(root, 'Remove Nok'))
    expect(server.calls.some((c) => c.route.startsWith('DELETE'))).toBe(false)

    act(() => button(root, 'Remove Nok').click())
    await settle()
    server.answer({ 'GET /api/team': [200, { members: members.filter((m) => m.id !== 'p2'), invites: [pending] }] })
    act(() => rowOf(root, 'Nok').querySelector<HTMLButtonElement>('.button-danger')!.click())
    await settle()
    expect(server.calls.some((c) => c.route === 'DELETE /api/team/members/p2')).toBe(true)
    expect(root.querySelector('.page-notice')!.textContent).toBe('Nok was removed from the team.')
    expect(rowOf(root, 'Nok')).toBeUndefined()
    expect(document.activeElement).toBe(root.querySelector('#members-title'))
  })

  it("names the invite button by what the server does, as the team's answer says", async () => {
    const server = fakeFetch()
    server.answer({ 'GET /api/team': [200, { members, invites: [], emailsInvites: true }] })
    const { root } = mount(<TeamPage agent={me('p1', 'owner')} api={createTeamApi('', server.fetch)} />)
    await settle()
    expect(root.querySelector('form button[type="submit"]')!.textContent).toBe('Send invitation')
    cleanup()
    // An older server's answer does not say: the link, which is made in any case.
    expect((await open(me('p1', 'owner'))).root.querySelector('form button[type="submit"]')!.textContent).toBe('Create invitation link')
  })

  it('invites by email and role, then shows the one-time link to copy', async () => {
    const writeText = vi.fn(async () => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const link = 'https://chat.example/inbox/invite#tok_123'
    const server = fakeFetch({
      'POST /api/team/invites': (body) => [
        201,
        { invite: { id: 'i2', email: (body as { email: string }).email, role: 'agent', expiresAt: '2026-01-03T10:00:00.000Z' }, link },
      ],
    })
    const { root } = await open(me('p1', 'owner'), server)
    act(() => button(root, 'Create invitation link').click())
    await settle()
    const email = byLabel(root, 'Email')
    expect(email.getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector(`#${email.getAttribute('aria-describedby')}`)!.textContent).toBe('Enter their email address.')

    type(email, 'new@demo.store')
    act(() => button(root, 'Create invitation link').click())
    await settle()
    expect(server.calls.find((c) => c.route === 'POST /api/team/invites')!.body).toEqual({ email: 'new@demo.store', role: 'agent' })
    const shown = byLabel(root, 'Invitation link for new@demo.store')
    expect(shown.value).toBe(link)
    expect(root.querySelector(`#${shown.getAttribute('aria-describedby')}`)!.textContent).toContain('expires in 48 hours')
    act(() => button(root, 'Copy the invitation link').click())
    await settle()
    expect(writeText).toHaveBeenCalledWith(link)
    expect(root.querySelector('.page-notice')!.textContent).toBe('Invitation link ready for new@demo.store.')
  })

  it('says, with their address, that someone is on the team already', async () => {
    const server = fakeFetch({ 'POST /api/team/invites': [409, refusal('conflict', 'nok@demo.store is on the team already.')] })
    const { root } = await open(me('p1', 'owner'), server)
    type(byLabel(root, 'Email'), 'nok@demo.store')
    act(() => button(root, 'Create invitation link').click())
    await settle()
    expect(root.querySelector('#invite-error')!.textContent).toBe('nok@demo.store is on the team already.')
  })

  it('lists pending invitations and revokes one', async () => {
    const server = fakeFetch({ 'DELETE /api/team/invites/i1': [200, { ok: true }] })
    const { root } = await open(me('p3', 'admin'), server)
    const list = root.querySelector('[aria-labelledby="pending-title"]')!
    expect(list.textContent).toContain('lek@demo.store')
    expect(list.textContent).toContain('Manager')
    server.answer({ 'GET /api/team': [200, { members, invites: [] }] })
    act(() => button(root, 'Revoke the invitation for lek@demo.store').click())
    await settle()
    expect(root.querySelector('.page-notice')!.textContent).toBe('The invitation for lek@demo.store was revoked.')
    expect(list.textContent).toContain('No pending invitations.')
  })

  it("changes one's own password, and marks the current one when it is wrong", async () => {
    const server = fakeFetch({ 'PUT /api/agent/password': [403, refusal('forbidden', 'The current password is not right.')] })
    const { root } = await open(me('p2', 'agent'), server)
    type(byLabel(root, 'Current password'), 'not-it')
    type(byLabel(root, 'New password'), 'short')
    act(() => button(root, 'Change password').click())
    await settle()
    const next = byLabel(root, 'New password')
    expect(next.getAttribute('aria-invalid')).toBe('true')
    expect(root.querySelector('#password-error')!.textContent).toBe('Use at least 10 characters.')
    expect(server.calls.some((c) => c.route === 'PUT /api/agent/password')).toBe(false)

    type(next, 'a-much-longer-one')
    act(() => button(root, 'Change password').click())
    await settle()
    const current = byLabel(root, 'Current password')
    expect(current.getAttribute('aria-invalid')).toBe('true')
    expect(current.getAttribute('aria-describedby')).toBe('password-error')
    expect(root.querySelector('#password-error')!.textContent).toBe('That is not your current password.')

    server.answer({ 'PUT /api/agent/password': [200, { ok: true }] })
    type(current, 'the-right-one')
    act(() => button(root, 'Change password').click())
    await settle()
    expect(root.querySelector('.password-form [role="status"]')!.textContent).toContain('Your password is changed')
    expect(byLabel(root, 'New password').value).toBe('')
  })
})
