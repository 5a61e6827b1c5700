// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act } from 'preact/test-utils'
import type { ComponentChild } from 'preact'
import { CatalogsContext, type Catalogs } from '../../i18n/context.ts'
import { enAccounts } from '../../i18n/en-accounts.ts'
import { lo } from '../../i18n/lo/index.ts'
import { th } from '../../i18n/th/index.ts'
import { createTeamApi } from '../../session/team.ts'
import { button, byLabel, cleanup, mount, settle, type } from '../../testing/dom.ts'
import { fakeFetch } from '../../testing/fake-fetch.ts'
import { InviteForm } from './InviteForm.tsx'

// The promise: the owner is told whether the invitation went out by email, so a link nobody
// mailed is never left waiting for a message that does not come.

afterEach(cleanup)

const LINK = 'https://chat.example/inbox/invite#tok_123'
const INVITE = { id: 'i2', email: 'new@demo.store', role: 'agent', expiresAt: '2026-01-03T10:00:00.000Z' }

/** Invites new@demo.store from a form in `catalogs`' language, the server answering `answer`; what the person is told. */
async function invite(answer: object, catalogs?: Catalogs) {
  const server = fakeFetch({ 'POST /api/team/invites': [201, answer] })
  const onInvited = vi.fn()
  const form: ComponentChild = <InviteForm api={createTeamApi('', server.fetch)} emails={false} onInvited={onInvited} />
  const { root } = mount(catalogs ? <CatalogsContext.Provider value={catalogs}>{form}</CatalogsContext.Provider> : form)
  const t = (catalogs?.accounts ?? enAccounts).team
  const hint = root.querySelector('.settings-hint')!.textContent
  type(byLabel(root, t.email), INVITE.email)
  await act(() => button(root, t.createLink).click())
  await settle()
  const link = byLabel(root, t.linkFor(INVITE.email))
  return {
    hint,
    notice: onInvited.mock.calls[0]?.[0] as string,
    link: link.value,
    linkHint: root.querySelector(`#${link.getAttribute('aria-describedby')}`)!.textContent,
  }
}

describe('the invite form says whether the invitation was emailed', () => {
  it('promises nothing about email before inviting', async () => {
    const { hint } = await invite({ invite: INVITE, link: LINK, emailed: true })
    expect(hint).toBe('They get a link to set a password and join.')
  })

  it('emailed: says so, and offers the link too for sending by hand', async () => {
    const told = await invite({ invite: INVITE, link: LINK, emailed: true })
    expect(told.notice).toBe('Invitation emailed to new@demo.store.')
    expect(told.link).toBe(LINK)
    expect(told.linkHint).toBe("It's here too, if you'd rather send it yourself. It works once and expires in 48 hours.")
  })

  it('not emailed: the link is ready, and the owner is told to send it themselves', async () => {
    const told = await invite({ invite: INVITE, link: LINK, emailed: false })
    expect(told.notice).toBe('Invitation link ready for new@demo.store.')
    expect(told.linkHint).toBe('This server sends no email: send the link to them yourself. It works once and expires in 48 hours.')
  })

  it('an older server that does not say is taken as not emailing', async () => {
    const told = await invite({ invite: INVITE, link: LINK })
    expect(told.notice).toBe('Invitation link ready for new@demo.store.')
    expect(told.linkHint).toContain('send the link to them yourself')
  })

  it('in Thai and Lao, as a Thai or Lao shop would say it', async () => {
    const thai = await invite({ invite: INVITE, link: LINK, emailed: true }, th)
    expect(thai.notice).toBe('ส่งคำเชิญทางอีเมลถึง new@demo.store แล้ว')
    expect(thai.linkHint).toContain('ถ้าอยากส่งให้เขาเอง')
    cleanup()
    const lao = await invite({ invite: INVITE, link: LINK, emailed: false }, lo)
    expect(lao.notice).toBe('ລິ້ງເຊີນສຳລັບ new@demo.store ພ້ອມແລ້ວ')
    expect(lao.linkHint).toContain('ເຊີບເວີນີ້ບໍ່ໄດ້ຕັ້ງຄ່າສົ່ງອີເມວໄວ້')
  })
})

describe('the button says what the server does with an invitation', () => {
  /**
   * The form in `catalogs`' language, the Team page having said `emails`, before and after one
   * invitation the server answered `answer`: its button's words.
   */
  async function buttonAround(emails: boolean, answer: object, catalogs: Catalogs = th) {
    const server = fakeFetch({ 'POST /api/team/invites': [201, answer] })
    const { root } = mount(
      <CatalogsContext.Provider value={catalogs}>
        <InviteForm api={createTeamApi('', server.fetch)} emails={emails} onInvited={vi.fn()} />
      </CatalogsContext.Provider>,
    )
    const submit = () => root.querySelector<HTMLButtonElement>('button[type="submit"]')!
    const before = submit().textContent
    type(byLabel(root, catalogs.accounts.team.email), INVITE.email)
    await act(() => submit().click())
    await settle()
    return { before, after: submit().textContent }
  }

  it('says "Send invitation" where the Team page says the server emails them, in Thai and Lao', async () => {
    expect(await buttonAround(true, { invite: INVITE, link: LINK, emailed: true })).toEqual({ before: 'ส่งคำเชิญ', after: 'ส่งคำเชิญ' })
    cleanup()
    expect((await buttonAround(true, { invite: INVITE, link: LINK, emailed: true }, lo)).before).toBe('ສົ່ງຄຳເຊີນ')
  })

  it('asks for the link where the server sends no email', async () => {
    expect(await buttonAround(false, { invite: INVITE, link: LINK, emailed: false })).toEqual({ before: 'สร้างลิงก์คำเชิญ', after: 'สร้างลิงก์คำเชิญ' })
  })

  it("follows what an invitation's answer says, an older server's silence as no email", async () => {
    expect((await buttonAround(false, { invite: INVITE, link: LINK, emailed: true })).after).toBe('ส่งคำเชิญ')
    cleanup()
    expect((await buttonAround(true, { invite: INVITE, link: LINK, emailed: false }, lo)).after).toBe('ສ້າງລິ້ງເຊີນ')
    cleanup()
    expect((await buttonAround(true, { invite: INVITE, link: LINK }, lo)).after).toBe('ສ້າງລິ້ງເຊີນ')
  })
})
