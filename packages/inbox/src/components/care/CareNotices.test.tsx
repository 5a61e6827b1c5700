// @vitest-environment happy-dom
import type { Notice } from '@attune/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import type { CareApi } from '../../session/care.ts'
import { button, cleanup, mount, settle } from '../../testing/dom.ts'
import { fakeAgent, summary } from '../../testing/fake-agent.ts'
import { CareNotices } from './CareNotices.tsx'

afterEach(() => {
  cleanup()
  history.replaceState(null, '', '/')
})

function fakeApi(): CareApi & { answered: [string, number][] } {
  const answered: [string, number][] = []
  const fail = async () => ({ ok: false as const, error: { code: 'server' as const, message: '' } })
  return {
    answered,
    answer: async (offerId, mood) => (answered.push([offerId, mood]), { ok: true, value: { recorded: true } }),
    days: fail,
    settings: fail,
    setEnabled: fail,
    handOff: fail,
  }
}

async function setup(notices: Notice[]) {
  const api = fakeApi()
  const client = fakeAgent()
  const { root } = mount(<CareNotices client={client} conversations={[summary({ id: 'c1', visitorId: 'v_00003f2a' })]} api={api} />)
  for (const notice of notices) act(() => client.emitNotice(notice))
  await settle()
  return { root, api }
}

describe('notices for one person', () => {
  it('a care offer is read out politely, never takes the focus, and answers for its own offer', async () => {
    const focused = document.activeElement
    const { root, api } = await setup([{ kind: 'care.offer', offerId: 'o1', conversationId: 'c1' }])
    await settle()
    expect(root.querySelector('aside')?.getAttribute('aria-label')).toBe('For you')
    expect(root.querySelector('aside > [role="status"]')?.textContent).toBe('A check-in for you: how are you after that one?')
    expect(document.activeElement).toBe(focused)
    act(() => button(root, 'very upset').click())
    await settle()
    expect(api.answered).toEqual([['o1', 1]])
  })

  it('a hand-off names the agent and the conversation, and opens it', async () => {
    const notice: Notice = { kind: 'handoff', conversationId: 'c1', by: 'Dao' }
    const { root } = await setup([notice])
    await settle()
    expect(root.querySelector('aside > [role="status"]')?.textContent).toBe('Dao handed Visitor 3f2a to a manager.')
    act(() => button(root, 'Open conversation').click())
    expect(location.search).toBe('?conversation=c1')
    await settle()
    expect(root.querySelector('.care-alert')).toBeNull()
  })

  it('a hand-off of a conversation the list does not hold still names it', async () => {
    const { root } = await setup([{ kind: 'handoff', conversationId: 'gone-9f1c', by: 'Dao' }])
    await settle()
    expect(root.textContent).toContain('Dao handed Conversation 9f1c to a manager.')
  })
})
