import { describe, expect, it } from 'vitest'
import { fakeFetch, refusal } from '../testing/fake-fetch.ts'
import { createInviteApi } from './invites.ts'
import { createStoreApi } from './store.ts'
import { createTeamApi } from './team.ts'

const store = { key: 'demo', name: 'Demo Store', allowedOrigins: ['https://shop.example'], serverUrl: 'https://chat.example' }
const me = {
  agent: { id: 'p2', name: 'Nok', email: 'nok@x', siteKey: 'demo', role: 'agent' },
  stores: [{ siteKey: 'demo', name: 'Demo Store', role: 'agent' }],
}

describe('the Store, Team and invitation calls', () => {
  it('reads and saves the store, and reveals and rotates its secret with POSTs', async () => {
    const server = fakeFetch({
      'GET /api/store': [200, { store }],
      'PUT /api/store': (body) => [200, { store: { ...store, ...(body as object) } }],
      'POST /api/store/identity-secret': [200, { identitySecret: 'old' }],
      'POST /api/store/identity-secret/rotate': [200, { identitySecret: 'new' }],
    })
    const api = createStoreApi('', server.fetch)
    expect(await api.load()).toEqual({ ok: true, value: store })
    expect(await api.update({ allowedOrigins: [] })).toEqual({ ok: true, value: { ...store, allowedOrigins: [] } })
    expect(await api.revealSecret()).toEqual({ ok: true, value: 'old' })
    expect(await api.rotateSecret()).toEqual({ ok: true, value: 'new' })
    expect(server.calls.map((c) => c.route)).toEqual([
      'GET /api/store',
      'PUT /api/store',
      'POST /api/store/identity-secret',
      'POST /api/store/identity-secret/rotate',
    ])
  })

  it("hands a bad origin's message back as the server wrote it", async () => {
    const server = fakeFetch({ 'PUT /api/store': [400, refusal('bad_request', '"https://x/" must be just scheme://host[:port].')] })
    expect(await createStoreApi('', server.fetch).update({ allowedOrigins: ['https://x/'] })).toEqual({
      ok: false,
      error: { code: 'bad_request', message: '"https://x/" must be just scheme://host[:port].' },
    })
  })

  it('deletes the store with its name typed again, and transfers it to a person', async () => {
    const server = fakeFetch({ 'DELETE /api/store': [200, { deleted: true }], 'POST /api/store/transfer': [200, { ok: true }] })
    const api = createStoreApi('', server.fetch)
    expect((await api.remove('Demo Store')).ok).toBe(true)
    expect((await api.transfer('p2')).ok).toBe(true)
    expect(server.calls.map((c) => c.body)).toEqual([{ confirmName: 'Demo Store' }, { personId: 'p2' }])
  })

  it("manages the team: invite, revoke, change a role, remove, and change one's password", async () => {
    const invite = { id: 'i1', email: 'nok@x', role: 'agent', expiresAt: '2026-01-03T00:00:00.000Z' }
    const server = fakeFetch({
      'POST /api/team/invites': [201, { invite, link: 'https://chat.example/inbox/invite#tok' }],
      'DELETE /api/team/invites/i%201': [200, { ok: true }],
      'PUT /api/team/members/p2': [200, { ok: true }],
      'DELETE /api/team/members/p2': [200, { ok: true }],
      'PUT /api/agent/password': [403, refusal('forbidden', 'The current password is not right.')],
    })
    const api = createTeamApi('', server.fetch)
    expect(await api.invite('nok@x', 'agent')).toEqual({ ok: true, value: { invite, link: 'https://chat.example/inbox/invite#tok' } })
    expect((await api.revokeInvite('i 1')).ok).toBe(true)
    expect((await api.changeRole('p2', 'manager')).ok).toBe(true)
    expect((await api.removeMember('p2')).ok).toBe(true)
    expect(await api.changePassword('wrong', 'a-new-password')).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(server.calls.map((c) => c.body)).toEqual([
      { email: 'nok@x', role: 'agent' },
      undefined,
      { role: 'manager' },
      undefined,
      { currentPassword: 'wrong', newPassword: 'a-new-password' },
    ])
  })

  it('looks an invitation up and accepts it, signed in as the new person', async () => {
    const server = fakeFetch({
      'POST /api/invites/lookup': [200, { storeName: 'Demo Store', email: 'nok@x', role: 'agent', hasAccount: false }],
      'POST /api/invites/accept': [200, me],
    })
    const api = createInviteApi('', server.fetch)
    expect(await api.lookup('tok')).toMatchObject({ ok: true, value: { storeName: 'Demo Store', hasAccount: false } })
    expect(await api.accept('tok', 'a-long-password', 'Nok')).toEqual({ ok: true, value: { ...me.agent, stores: me.stores } })
    expect(server.calls[1]!.body).toEqual({ token: 'tok', password: 'a-long-password', name: 'Nok' })
    const gone = fakeFetch({ 'POST /api/invites/lookup': [410, refusal('expired', 'This invitation link was used or has expired.')] })
    expect(await createInviteApi('', gone.fetch).lookup('old')).toMatchObject({ ok: false, error: { code: 'expired' } })
  })
})
