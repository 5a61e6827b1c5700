// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import { createSessionApi } from '../session/api.ts'
import { cleanup, button, byLabel, mount, settle, type } from '../testing/dom.ts'
import { SignIn } from './SignIn.tsx'

afterEach(() => {
  vi.unstubAllGlobals()
  cleanup()
})

function stubFetch(status: number, body: unknown) {
  const fetch = vi.fn(
    async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  )
  vi.stubGlobal('fetch', fetch)
  return fetch
}

function fillAndSubmit(root: HTMLElement, email: string, password: string) {
  type(byLabel(root, 'Email'), email)
  type(byLabel(root, 'Password'), password)
  act(() => button(root, 'Sign in').click())
}

describe('SignIn', () => {
  it('posts the email and password and hands over the signed-in agent', async () => {
    const stores = [{ siteKey: 'demo', name: 'Demo Store', role: 'owner' }]
    const agent = { id: 'ag_1', name: 'Dao', email: 'agent@demo.store', siteKey: 'demo', role: 'owner' }
    const fetch = stubFetch(200, { agent, stores })
    const onSignedIn = vi.fn()
    const { root } = mount(<SignIn api={createSessionApi()} onSignedIn={onSignedIn} />)

    fillAndSubmit(root, ' agent@demo.store ', 'demo-agent')
    await settle()

    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0]!
    expect(url).toBe('/api/agent/login')
    expect(JSON.parse(String(init?.body))).toEqual({ email: 'agent@demo.store', password: 'demo-agent' })
    expect(onSignedIn).toHaveBeenCalledWith({ ...agent, stores })
    expect(root.querySelector('[role="alert"]')).toBeNull()
  })

  it('shows a clear alert on 401 and stays on the form', async () => {
    stubFetch(401, { error: { code: 'unauthorized', message: 'Wrong email or password' } })
    const onSignedIn = vi.fn()
    const { root } = mount(<SignIn api={createSessionApi()} onSignedIn={onSignedIn} />)

    fillAndSubmit(root, 'agent@demo.store', 'wrong')
    await settle()

    const alert = root.querySelector('[role="alert"]')
    expect(alert?.textContent).toBe('That email and password do not match. Check them and try again.')
    expect(byLabel(root, 'Password').getAttribute('aria-describedby')).toBe(alert?.id)
    expect(button(root, 'Sign in').disabled).toBe(false)
    expect(onSignedIn).not.toHaveBeenCalled()
  })

  it('says the session ended when sent back here by an expired cookie', () => {
    const { root } = mount(<SignIn api={createSessionApi()} onSignedIn={() => {}} notice="expired" />)
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/session has ended/)
  })

  it('says when to try again after too many attempts, tied to the fields', async () => {
    stubFetch(429, { error: { code: 'rate_limited', message: 'Too many attempts.', retryAfterSeconds: 290 } })
    const { root } = mount(<SignIn api={createSessionApi()} onSignedIn={() => {}} />)
    fillAndSubmit(root, 'agent@demo.store', 'guess')
    await settle()
    const alert = root.querySelector('[role="alert"]')
    expect(alert?.textContent).toBe('Too many sign-in attempts. Try again in 5 minutes.')
    expect(byLabel(root, 'Email').getAttribute('aria-describedby')).toBe(alert?.id)
  })
})
