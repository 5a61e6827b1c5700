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
  const form: ComponentChild = <InviteForm api={createTeamApi('', server.fetch)} onInvited={onInvited} />
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
