// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { InboxLanguage } from '@attune/protocol'
import type { AgentProfile } from '../agent.ts'
import type { SessionApi } from '../session/api.ts'
import { button, byLabel, cleanup, mount, settle } from '../testing/dom.ts'
import { empathy, fakeAgent, summary } from '../testing/fake-agent.ts'
import { fakeFetch } from '../testing/fake-fetch.ts'
import { App } from './App.tsx'

// Issue 14: the inbox speaks each person's own language, chosen with their account, else their
// browser's, else English; `<html lang>` says which.
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  history.replaceState(null, '', '/')
  document.documentElement.lang = ''
  document.documentElement.dir = ''
})

const person = (language: InboxLanguage | null): AgentProfile => ({
  id: 'ag_1',
  name: 'Dao',
  email: 'dao@demo.store',
  siteKey: 'demo',
  role: 'owner',
  stores: [{ siteKey: 'demo', name: 'Demo Store', role: 'owner' }],
  preferences: { thaiVoice: 'female', language, sound: true },
})

function api(me: AgentProfile | null): SessionApi {
  return {
    me: vi.fn(async () => me),
    login: vi.fn(async () => ({ ok: false as const, reason: 'network' as const })),
    logout: vi.fn(async () => {}),
    switchStore: vi.fn(async () => ({ ok: false as const, error: { code: 'network' as const, message: '' } })),
  }
}

async function start(me: AgentProfile | null, languages: readonly string[]) {
  // The pages the inbox opens ask the server for the team, presence, tags and notes: a stand-in
  // answers them (404 unless a test says otherwise), where happy-dom would dial a port of this machine.
  vi.stubGlobal('fetch', fakeFetch().fetch)
  const agent = fakeAgent()
  const { root } = mount(<App api={api(me)} createAgent={() => agent} languages={languages} />)
  // The language's chunk is a dynamic import: it takes more than a microtask.
  await vi.waitFor(() => expect(root.textContent).not.toBe(''))
  await settle()
  return { agent, root }
}

describe('the inbox language', () => {
  it('is the one the person chose, over their browser’s: the list, the conversation and the empathy card in Thai', async () => {
    const { agent, root } = await start(person('th'), ['en-US', 'en'])
    await vi.waitFor(() => expect(root.textContent).toContain('ไม่มีแชทที่เปิดอยู่'))
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('th'))
    expect(button(root, 'ออกจากระบบ')).toBeTruthy()

    act(() =>
      agent.$conversations.set([
        summary({
          id: 'c1',
          visitorId: 'v-aaaa3f2a',
          waitingSince: new Date(Date.now() - 5 * 60_000).toISOString(),
          empathy: empathy({ moodBefore: 2, moodNow: 2 }),
        }),
      ]),
    )
    await settle()
    const row = root.querySelector<HTMLButtonElement>('.conv-row')!
    expect(row.textContent).toContain('ลูกค้า 3f2a')
    expect(row.textContent).toContain('รอมา 5 นาที')

    act(() => row.click())
    await settle()
    expect(root.textContent).toContain('ลูกค้ารู้สึกอย่างไร')
    expect(root.textContent).toContain('ไม่พอใจ')
    expect(byLabel(root, 'ตอบกลับ').tagName).toBe('TEXTAREA')
    expect(root.textContent).not.toContain('How the shopper feels')
  })

  it('follows the browser before anyone signs in: the sign-in form in Lao for a Lao browser', async () => {
    const { root } = await start(null, ['lo-LA', 'en'])
    await vi.waitFor(() => expect(byLabel(root, 'ອີເມວ')).toBeTruthy())
    expect(byLabel(root, 'ລະຫັດຜ່ານ')).toBeTruthy()
    expect(button(root, 'ເຂົ້າສູ່ລະບົບ')).toBeTruthy()
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('lo'))
  })

  it('follows the browser when the person chose none, in Filipino', async () => {
    const { root } = await start(person(null), ['fil-PH'])
    await vi.waitFor(() => expect(root.textContent).toContain('Walang open na chat'))
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('fil'))
  })

  it.each([['id-ID'], ['in-ID']])('follows an Indonesian browser (%s) to Indonesian, the sign-in form and then the list', async (tag) => {
    const { root } = await start(null, [tag, 'en-US'])
    await vi.waitFor(() => expect(byLabel(root, 'Kata sandi')).toBeTruthy())
    expect(button(root, 'Masuk')).toBeTruthy()
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('id'))
    cleanup()
    const signedIn = await start(person(null), [tag])
    await vi.waitFor(() => expect(signedIn.root.textContent).toContain('Tidak ada percakapan aktif'))
  })

  it('is Indonesian for a person who chose it, whatever their browser says: the row and the empathy card', async () => {
    const { agent, root } = await start(person('id'), ['th-TH', 'en'])
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('id'))
    act(() =>
      agent.$conversations.set([
        summary({
          id: 'c1',
          visitorId: 'v-aaaa3f2a',
          waitingSince: new Date(Date.now() - 5 * 60_000).toISOString(),
          empathy: empathy({ moodBefore: 2, moodNow: 2 }),
        }),
      ]),
    )
    await settle()
    const row = root.querySelector<HTMLButtonElement>('.conv-row')!
    expect(row.textContent).toContain('Pelanggan 3f2a')
    expect(row.textContent).toContain('Menunggu 5 mnt')
    act(() => row.click())
    await settle()
    expect(root.textContent).toContain('Perasaan pelanggan')
    expect(byLabel(root, 'Balasan').tagName).toBe('TEXTAREA')
    expect(button(root, 'Keluar')).toBeTruthy()
  })

  it('follows an Arabic browser to Arabic, right to left: the sign-in form, then the list with a Latin reply kept whole', async () => {
    const { root } = await start(null, ['ar-EG', 'en-US'])
    await vi.waitFor(() => expect(byLabel(root, 'كلمة المرور')).toBeTruthy())
    expect(button(root, 'تسجيل الدخول')).toBeTruthy()
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('ar'))
    expect(document.documentElement.dir).toBe('rtl')
    cleanup()
    const signedIn = await start({ ...person(null), stores: [{ siteKey: 'demo', name: 'Shoes 24/7!', role: 'owner' }] }, ['ar'])
    await vi.waitFor(() => expect(signedIn.root.textContent).toContain('لا توجد محادثات مفتوحة'))
    // A Latin store name in the Arabic header is isolated, so its "!" stays at its end.
    expect(signedIn.root.textContent).toContain('\u2068Shoes 24/7!\u2069')
    act(() =>
      signedIn.agent.$conversations.set([
        summary({
          id: 'c1',
          visitorId: 'v-aaaa3f2a',
          lastMessage: { text: 'Sorry for the wait!', role: 'agent', at: new Date().toISOString() },
          waitingSince: new Date(Date.now() - 5 * 60_000).toISOString(),
        }),
      ]),
    )
    await settle()
    const row = signedIn.root.querySelector<HTMLButtonElement>('.conv-row')!
    expect(row.textContent).toContain('زائر \u20683f2a\u2069')
    expect(row.textContent).toContain('الموظف: \u2068Sorry for the wait!\u2069')
  })

  it('falls back to English when the browser asks only for languages the inbox does not speak', async () => {
    const { root } = await start(null, ['de-DE', 'ja'])
    expect(byLabel(root, 'Email')).toBeTruthy()
    expect(button(root, 'Sign in')).toBeTruthy()
    await vi.waitFor(() => expect(document.documentElement.lang).toBe('en'))
  })
})
