// @vitest-environment happy-dom
import type { Notice } from '@attune/protocol'
import { afterEach, describe, expect, it } from 'vitest'
import { act } from 'preact/test-utils'
import { CatalogsContext } from '../../i18n/context.ts'
import { th } from '../../i18n/th/index.ts'
import type { CareApi } from '../../session/care.ts'
import { button, cleanup, mount, settle } from '../../testing/dom.ts'
import { fakeAgent, summary } from '../../testing/fake-agent.ts'
import { CareNotices } from './CareNotices.tsx'
import { listenForNotices } from './notices.ts'

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

async function setup(notices: Notice[], catalogs?: typeof th) {
  const api = fakeApi()
  const client = fakeAgent()
  // The app hears a client's notices from its creation (App.tsx); the corner shows what it heard.
  listenForNotices(client)
  const view = <CareNotices conversations={[summary({ id: 'c1', visitorId: 'v_00003f2a' })]} api={api} />
  const { root } = mount(catalogs ? <CatalogsContext.Provider value={catalogs}>{view}</CatalogsContext.Provider> : view)
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

  it('a chat handed on while its agent was away says to whom, politely, and offers no colleague’s chat to open', async () => {
    const { root } = await setup([{ kind: 'handed_on', conversationId: 'gone-1', visitorId: 'v_00003f2a', to: 'Ben', why: 'away' }])
    await settle()
    expect(root.querySelector('aside > [role="status"]')?.textContent).toBe("While you were away, Visitor 3f2a's chat went to Ben.")
    expect(root.querySelector('.care-alert')?.textContent).toContain("While you were away, Visitor 3f2a's chat went to Ben.")
    expect(root.querySelector('.care-alert button.button-primary')).toBeNull()
    act(() => button(root, 'Dismiss').click())
    await settle()
    expect(root.querySelector('.care-alert')).toBeNull()
  })

  it('a chat gone back to Unassigned while its agent was offline can be opened again', async () => {
    const { root } = await setup([{ kind: 'handed_on', conversationId: 'gone-2', visitorId: 'v_00003f2a', to: null, why: 'offline' }])
    await settle()
    expect(root.querySelector('aside > [role="status"]')?.textContent).toBe("While you were offline, Visitor 3f2a's chat went back to Unassigned.")
    act(() => button(root, 'Open conversation').click())
    expect(location.search).toBe('?conversation=gone-2')
  })

  it('a hand-on is said in Thai to a Thai reader', async () => {
    const { root } = await setup(
      [
        { kind: 'handed_on', conversationId: 'gone-3', visitorId: 'v_00003f2a', to: null, why: 'away' },
        { kind: 'handed_on', conversationId: 'gone-4', visitorId: 'v_00009b1c', to: 'Ben', why: 'away' },
      ],
      th,
    )
    await settle()
    expect(root.querySelector('aside > [role="status"]')?.textContent).toBe('ระหว่างที่คุณไม่อยู่ แชทกับลูกค้า 9b1c ส่งต่อให้ Ben แล้ว')
    expect(root.textContent).toContain('ระหว่างที่คุณไม่อยู่ แชทกับลูกค้า 3f2a กลับไปรอในช่อง "ยังไม่มีคนรับ" แล้ว')
    expect(button(root, 'เปิดแชท')).toBeTruthy()
  })
})
