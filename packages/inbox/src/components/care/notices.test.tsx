// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AgentProfile } from '../../agent.ts'
import type { SessionApi } from '../../session/api.ts'
import { cleanup, mount, settle } from '../../testing/dom.ts'
import { fakeAgent } from '../../testing/fake-agent.ts'
import { fakeFetch } from '../../testing/fake-fetch.ts'
import { App } from '../App.tsx'

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  history.replaceState(null, '', '/')
})

const kim: AgentProfile = {
  id: 'ag_kim',
  name: 'Kim',
  email: 'kim@demo.store',
  siteKey: 'demo',
  role: 'agent',
  stores: [{ siteKey: 'demo', name: 'Demo Store', role: 'agent' }],
}

const api: SessionApi = {
  me: async () => kim,
  login: async () => ({ ok: true, agent: kim }),
  logout: async () => {},
  switchStore: async () => ({ ok: false, error: { code: 'network', message: '' } }),
}

describe('a notice kept for the agent while she was offline', () => {
  it('arriving with the welcome, before the corner that lists notices has loaded, is shown and read out', async () => {
    vi.stubGlobal('fetch', fakeFetch().fetch)
    const agent = fakeAgent()
    // The server tells the kept notices right after the welcome: the first screen is barely drawn.
    const connect = agent.connect
    agent.connect = () => {
      connect()
      agent.emitNotice({ kind: 'handed_on', conversationId: 'c-gone', visitorId: 'v_00003f2a', to: 'Ben', why: 'offline' })
    }
    const { root } = mount(<App api={api} createAgent={() => agent} />)
    await settle()
    const said = "While you were offline, Visitor 3f2a's chat went to Ben."
    // The corner comes with the chunk drawn after the first screen: wait for it, then for the card.
    await vi.waitFor(() => expect(root.querySelector('.care-notices')).not.toBeNull(), { timeout: 15_000 })
    await settle()
    expect(root.querySelector('.care-alert')?.textContent ?? '').toContain(said)
    expect(root.querySelector('.care-notices > [role="status"]')?.textContent).toBe(said)
  })
})
