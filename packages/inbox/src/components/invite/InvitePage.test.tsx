// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import { createInviteApi } from '../../session/invites.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeFetch, refusal, type Routes } from '../../testing/fake-fetch.ts'
import { InvitePage } from './InvitePage.tsx'

afterEach(() => {
  cleanup()
  history.replaceState(null, '', '/')
})

const me = {
  agent: { id: 'p2', name: 'Nok', email: 'nok@demo.store', siteKey: 'demo', role: 'agent' },
  stores: [{ siteKey: 'demo', name: 'Demo Store', role: 'agent' }],
}

async function open(routes: Routes, hash = '#tok_123') {
  history.replaceState(null, '', `/invite${hash}`)
  const server = fakeFetch(routes)
  const onAccepted = vi.fn()
  const { root } = mount(<InvitePage api={createInviteApi('', server.fetch)} onAccepted={onAccepted} />)
  await settle()
  return { root, server, onAccepted }
}

describe('InvitePage', () => {
  it('reads the token from the link, clears it from the address, and names the store and role', async () => {
    const { root, server } = await open({
      'POST /api/invites/lookup': [200, { storeName: 'Demo Store', email: 'nok@demo.store', role: 'agent', hasAccount: false }],
    })
    expect(location.hash).toBe('')
    expect(location.pathname).toBe('/invite')
    expect(server.calls[0]).toEqual({ route: 'POST /api/invites/lookup', body: { token: 'tok_123' } })
    expect(root.querySelector('h1')!.textContent).toBe('Join Demo Store')
    expect(root.textContent).toContain('You are invited as Agent, with nok@demo.store.')
    expect(byLabel(root, 'Email').value).toBe('nok@demo.store')
  })

  it('asks a new person for a name and a long enough password, then signs them in', async () => {
    const { root, server, onAccepted } = await open({
      'POST /api/invites/lookup': [200, { storeName: 'Demo Store', email: 'nok@demo.store', role: 'agent', hasAccount: false }],
      'POST /api/invites/accept': [200, me],
    })
    act(() => button(root, 'Join').click())
    await settle()
    const name = byLabel(root, 'Your name')
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect(document.activeElement).toBe(name)
    expect(root.querySelector('[role="alert"]')!.textContent).toBe('Enter your name.')

    type(name, 'Nok')
    const password = byLabel(root, 'Choose a password')
    expect(password.getAttribute('autocomplete')).toBe('new-password')
    type(password, 'short')
    act(() => button(root, 'Join').click())
    await settle()
    expect(password.getAttribute('aria-describedby')).toBe('join-error join-password-hint')
    expect(root.querySelector('#join-error')!.textContent).toBe('Use at least 10 characters.')

    type(password, 'a-long-enough-one')
    act(() => button(root, 'Join').click())
    await settle()
    expect(server.calls.at(-1)).toEqual({ route: 'POST /api/invites/accept', body: { token: 'tok_123', password: 'a-long-enough-one', name: 'Nok' } })
    expect(onAccepted).toHaveBeenCalledWith({ ...me.agent, stores: me.stores })
  })

  it('asks someone with an account for its password instead, and says when it is wrong', async () => {
    const { root, server } = await open({
      'POST /api/invites/lookup': [200, { storeName: 'Noodle Bar', email: 'dao@demo.store', role: 'manager', hasAccount: true }],
      'POST /api/invites/accept': [403, refusal('forbidden', 'dao@demo.store has an account already: enter its password to join.')],
    })
    expect(root.textContent).toContain('You have an Attune account already')
    expect(root.querySelector('#join-name')).toBeNull()
    const password = byLabel(root, 'Your password')
    expect(password.getAttribute('autocomplete')).toBe('current-password')
    type(password, 'not-the-password')
    act(() => button(root, 'Join').click())
    await settle()
    expect(server.calls.at(-1)!.body).toEqual({ token: 'tok_123', password: 'not-the-password' })
    expect(root.querySelector('#join-error')!.textContent).toBe('That password is not right for this account.')
  })

  it('explains a used or expired link, and a page opened without one', async () => {
    const expired = await open({ 'POST /api/invites/lookup': [410, refusal('expired', 'Used.')] })
    expect(expired.root.querySelector('[role="alert"]')!.textContent).toBe('This invitation link was used or has expired. Ask for a new one.')
    expect(expired.root.querySelector('a')!.textContent).toBe('Go to sign in')
    cleanup()
    const none = await open({}, '')
    expect(none.server.calls).toEqual([])
    expect(none.root.querySelector('[role="alert"]')!.textContent).toContain('opens from an invitation link')
  })
})
