// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { ComponentChild } from 'preact'
import { DEFAULT_HOURS } from '@attune/protocol'
import { CatalogsContext, type Catalogs } from '../../i18n/context.ts'
import { fil } from '../../i18n/fil/index.ts'
import { lo } from '../../i18n/lo/index.ts'
import { th } from '../../i18n/th/index.ts'
import { teamRows } from '../../lib/team-view.ts'
import { createHoursApi } from '../../session/hours.ts'
import { createInviteApi } from '../../session/invites.ts'
import { createStoreApi } from '../../session/store.ts'
import { createTeamApi } from '../../session/team.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeFetch, refusal } from '../../testing/fake-fetch.ts'
import { JoinForm } from '../invite/JoinForm.tsx'
import { BusinessHours } from '../store/BusinessHours.tsx'
import { OriginsEditor } from '../store/OriginsEditor.tsx'
import { InviteForm } from '../team/InviteForm.tsx'
import { MembersList } from '../team/MembersList.tsx'
import { PendingInvites } from '../team/PendingInvites.tsx'

// The promise: a refusal is said in the person's language, with the address or name it is about.
// Only a code the inbox has no words for shows the server's own (English) sentence, marked as such.

afterEach(cleanup)

const inLanguage = (catalogs: Catalogs, form: ComponentChild) => mount(<CatalogsContext.Provider value={catalogs}>{form}</CatalogsContext.Provider>)
const click = (target: HTMLElement) => act(() => target.click())
const alertOf = (root: HTMLElement) => root.querySelector<HTMLElement>('[role="alert"]')!

describe('the invite form, in Thai', () => {
  const t = th.accounts.team
  async function invite(email: string, answer: [number, unknown]) {
    const server = fakeFetch({ 'POST /api/team/invites': answer })
    const { root } = inLanguage(th, <InviteForm api={createTeamApi('', server.fetch)} emails={false} onInvited={vi.fn()} />)
    type(byLabel(root, t.email), email)
    await click(button(root, t.createLink))
    await settle()
    return { root, server, error: root.querySelector<HTMLElement>('#invite-error')! }
  }

  it('says in Thai, with the address, that someone is on the team already, not in the server’s English', async () => {
    const { error } = await invite('nok@demo.store', [409, refusal('conflict', 'nok@demo.store is on the team already.')])
    expect(error.textContent).toBe('nok@demo.store เป็นสมาชิกในทีมอยู่แล้ว')
    expect(error.textContent).not.toContain('is on the team already')
    expect(error.querySelector('[lang]')).toBeNull()
  })

  it('names a mistyped address in Thai before sending anything, by the protocol’s own rule', async () => {
    const { error, server } = await invite('nok', [400, refusal('bad_request', '"nok" is not an email address.')])
    expect(error.textContent).toBe(t.emailBad('nok'))
    expect(error.textContent).toContain('ไม่ใช่อีเมลที่ถูกต้อง')
    expect(server.calls).toEqual([])
  })

  it('says in Thai when its role may not invite (403) or the server is out of reach', async () => {
    const forbidden = await invite('lek@demo.store', [403, refusal('forbidden', 'Your role (agent) in this store may not do that.')])
    expect(forbidden.error.textContent).toBe(th.accounts.failure.forbidden)
    cleanup()
    const { root } = inLanguage(
      th,
      <InviteForm api={createTeamApi('', () => Promise.reject(new TypeError('Failed to fetch')))} emails={false} onInvited={vi.fn()} />,
    )
    type(byLabel(root, t.email), 'lek@demo.store')
    await click(button(root, t.createLink))
    await settle()
    expect(alertOf(root).textContent).toBe(th.accounts.failure.network)
  })

  it('shows the server’s sentence, marked as English, only for a code the inbox has no words for', async () => {
    const english = 'Send the body as JSON, with Content-Type: application/json.'
    const { error } = await invite('lek@demo.store', [415, refusal('unsupported_type', english)])
    expect(error.textContent).toBe(`${th.accounts.failure.unknown} ${english}`)
    const quoted = error.querySelector('[lang="en"]')!
    expect(quoted.textContent).toBe(english)
    expect(error.getAttribute('lang')).toBeNull()
  })
})

describe('the join form', () => {
  const invitation = { storeName: 'Demo Store', email: 'dao@demo.store', role: 'agent' as const, hasAccount: true }
  async function join(catalogs: Catalogs, fetch: typeof globalThis.fetch) {
    const t = catalogs.accounts.invite
    const { root } = inLanguage(catalogs, <JoinForm api={createInviteApi('', fetch)} token="tok_123" invite={invitation} onAccepted={vi.fn()} />)
    type(byLabel(root, t.existingPassword), 'a-password')
    await click(button(root, t.join))
    await settle()
    return { root, error: root.querySelector<HTMLElement>('#join-error')! }
  }

  it('says in Lao how long to wait after too many attempts (429), and that the server is out of reach', async () => {
    const wait = fakeFetch({
      'POST /api/invites/accept': [429, refusal('rate_limited', 'Too many attempts. Try again in 4 min.', { retryAfterSeconds: 240 })],
    })
    const { error } = await join(lo, wait.fetch)
    expect(error.textContent).toBe('ລອງຫຼາຍເທື່ອເກີນໄປ ລໍຖ້າອີກ 4 ນາທີແລ້ວຈຶ່ງລອງໃໝ່')
    cleanup()
    const offline = await join(lo, () => Promise.reject(new TypeError('Failed to fetch')))
    expect(offline.error.textContent).toBe(lo.accounts.invite.network)
  })

  it('says in Thai that the password was refused (400) or the link is gone (404), never the server’s words', async () => {
    const server = fakeFetch({
      'POST /api/invites/accept': [400, refusal('bad_request', 'password: Invalid length: Expected <=1024 but received 1100')],
    })
    const refused = await join(th, server.fetch)
    expect(refused.error.textContent).toBe(th.accounts.invite.passwordRefused)
    expect(byLabel(refused.root, th.accounts.invite.existingPassword).getAttribute('aria-invalid')).toBe('true')
    cleanup()
    server.answer({ 'POST /api/invites/accept': [404, refusal('not_found', 'This invitation link is not valid. Ask for a new one.')] })
    const gone = await join(th, server.fetch)
    expect(gone.error.textContent).toBe(th.accounts.invite.not_found)
  })
})

describe('the origins editor, in Filipino', () => {
  const t = fil.accounts.store
  const store = { key: 'demo', name: 'Demo Store', allowedOrigins: [], serverUrl: 'https://chat.example' }
  function open(answer: [number, unknown]) {
    const server = fakeFetch({ 'PUT /api/store': answer })
    const { root } = inLanguage(fil, <OriginsEditor store={store} save={createStoreApi('', server.fetch).update} onSaved={vi.fn()} />)
    return { root, server }
  }
  async function add(root: HTMLElement, origin: string) {
    type(byLabel(root, t.addOrigin), origin)
    await click(button(root, t.add))
    await settle()
    return root.querySelector<HTMLElement>('#store-origin-error')!.textContent
  }

  it('names a malformed origin in Filipino, not in the protocol’s English, and sends nothing', async () => {
    const { root, server } = open([200, { store }])
    const said = await add(root, 'https://shop.example/checkout')
    expect(said).toBe(t.originBad('https://shop.example/checkout'))
    expect(said).not.toContain('must be just')
    expect(server.calls).toEqual([])
  })

  it('says the server’s refusals of the list in Filipino: a 400, a 403, a 404', async () => {
    const { root, server } = open([400, refusal('bad_request', 'allowedOrigins: At most 50 origins.')])
    expect(await add(root, 'https://shop.example')).toBe(fil.accounts.failure.bad_request)
    server.answer({ 'PUT /api/store': [403, refusal('forbidden', 'Your role (agent) in this store may not do that.')] })
    expect(await add(root, 'https://shop.example')).toBe(fil.accounts.failure.forbidden)
    server.answer({ 'PUT /api/store': [404, refusal('not_found', 'No such store.')] })
    expect(await add(root, 'https://shop.example')).toBe(fil.accounts.failure.not_found)
  })
})

describe('the Team page’s lists', () => {
  it('says in Filipino that a member is gone, by name, when the server no longer finds them', async () => {
    const server = fakeFetch({ 'DELETE /api/team/members/p2': [404, refusal('not_found', 'That person is not on this team.')] })
    const rows = teamRows([{ id: 'p2', name: 'Nok', email: 'nok@demo.store', role: 'agent' }], { id: 'p1', role: 'owner' })
    const t = fil.accounts.team
    const { root } = inLanguage(fil, <MembersList rows={rows} api={createTeamApi('', server.fetch)} onChanged={vi.fn()} onRemoved={vi.fn()} />)
    await click(button(root, `${t.remove}${t.removeWhich('Nok')}`))
    await click(root.querySelector<HTMLButtonElement>('.button-danger')!)
    await settle()
    expect(alertOf(root).textContent).toBe('Wala na si Nok sa team. I-reload ang page.')
  })

  it('says in Thai, with the address, that an invitation is no longer pending', async () => {
    const server = fakeFetch({ 'DELETE /api/team/invites/i1': [404, refusal('not_found', 'No such invitation.')] })
    const invite = { id: 'i1', email: 'lek@demo.store', role: 'manager' as const, expiresAt: '2026-01-03T10:00:00.000Z' }
    const t = th.accounts.team
    const { root } = inLanguage(
      th,
      <PendingInvites invites={[invite]} api={createTeamApi('', server.fetch)} onRevoked={vi.fn()} formatTime={() => 'soon'} />,
    )
    await click(button(root, `${t.revoke}${t.revokeWhich('lek@demo.store')}`))
    await settle()
    expect(alertOf(root).textContent).toBe(t.inviteGone('lek@demo.store'))
  })
})

describe('business hours, in Thai', () => {
  it('says in Thai when the server refuses hours the form let through, not the server’s English', async () => {
    const server = fakeFetch({
      'GET /api/store/hours': [200, { hours: DEFAULT_HOURS }],
      'PUT /api/store/hours': [400, refusal('bad_request', 'hours.timeZone: Pick a time zone by its IANA name, e.g. Asia/Bangkok.')],
    })
    const { root } = inLanguage(th, <BusinessHours api={createHoursApi('', server.fetch)} />)
    await settle()
    await click(button(root, th.hours.save))
    await settle()
    expect(alertOf(root).textContent).toBe(th.accounts.failure.bad_request)
  })
})
