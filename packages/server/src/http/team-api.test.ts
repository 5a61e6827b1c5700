import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { InboxLanguage } from '@attune/protocol'
import { createPeople } from '../accounts/people.ts'
import { createStores } from '../accounts/stores.ts'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import type { Mail } from '../mail/mailer.ts'
import type { MailOptions } from '../mail/service.ts'
import { startTestSmtp } from '../mail/test-smtp.ts'
import { createAttuneServer, type AttuneServer } from '../server.ts'
import { signedIn } from './test-caller.ts'

// The invitation email speaks the inviter's inbox language (http/team-api.ts).

const PASSWORD = 'a long enough password'
let db: Database
let server: AttuneServer
let siteId = ''
const sent: Mail[] = []
const waiting = new Map<string, (mail: Mail) => void>()

beforeAll(async () => {
  db = await openPglite()
  const mailer = {
    send: async (mail: Mail) => {
      sent.push(mail)
      waiting.get(mail.to)?.(mail)
    },
  }
  server = await createAttuneServer({ port: 0, host: '127.0.0.1', database: db, mail: { mailer } })
  siteId = (await createStores(db).create({ name: 'Siam Silk', origins: ['https://siamsilk.example'] })).id
}, 120_000)

afterAll(async () => {
  await server?.close()
  await db?.close()
})

/** The mail sent to this address, once it leaves the server. */
function mailTo(address: string): Promise<Mail> {
  const already = sent.find((mail) => mail.to === address)
  return already ? Promise.resolve(already) : new Promise((resolve) => waiting.set(address, resolve))
}

/** An admin of the store, with the inbox language they chose (null: their browser's). */
async function admin(name: string, language: InboxLanguage | null) {
  const email = `${name.toLowerCase()}@siamsilk.example`
  const people = createPeople(db)
  const person = await people.create({ email, name, password: PASSWORD })
  await people.join(siteId, person.id, 'admin')
  if (language) await people.setPreferences(person.id, { language })
  return signedIn(server.url, email, PASSWORD)
}

/** The admin invites an agent from a browser that asks for `acceptLanguage`; resolves with the mail the agent gets. */
async function invite(inviter: Awaited<ReturnType<typeof admin>>, email: string, acceptLanguage: string) {
  const response = await fetch(`${server.url}/api/team/invites`, {
    method: 'POST',
    headers: { cookie: inviter.cookie(), 'content-type': 'application/json', 'accept-language': acceptLanguage },
    body: JSON.stringify({ email, role: 'agent' }),
  })
  expect(response.status).toBe(201)
  return mailTo(email)
}

describe('an invitation speaks the inviter’s inbox language', () => {
  it('a Thai admin’s invitation arrives in Thai, the role named in Thai, whatever the browser asks for', async () => {
    const mail = await invite(await admin('Nok', 'th'), 'ploy@siamsilk.example', 'en-US,en;q=0.9')
    expect(mail.subject).toBe('Nok เชิญคุณเข้าร่วมทีม Siam Silk บน Attune')
    expect(mail.text).toContain('ในตำแหน่งพนักงานตอบแชท')
    expect(mail.html).toContain('<html lang="th" dir="ltr">')
  })

  it('with no language chosen, the browser’s: Filipino from fil-PH, Lao from lo-LA', async () => {
    const filipino = await invite(await admin('Mara', null), 'joy@siamsilk.example', 'fil-PH,en;q=0.8')
    expect(filipino.subject).toBe('Inimbitahan ka ni Mara sa team ng Siam Silk sa Attune')
    expect(filipino.text).toContain('bilang agent')
    expect(filipino.html).toContain('<html lang="fil" dir="ltr">')

    const lao = await invite(await admin('Keo', null), 'noy@siamsilk.example', 'lo-LA,th;q=0.5')
    expect(lao.subject).toBe('Keo ເຊີນທ່ານເຂົ້າຮ່ວມທີມ Siam Silk ໃນ Attune')
    expect(lao.text).toContain('ໃນຕຳແໜ່ງພະນັກງານຕອບແຊັດ')
    expect(lao.html).toContain('<html lang="lo" dir="ltr">')
  })

  it('English when the browser asks for nothing the inbox speaks', async () => {
    const mail = await invite(await admin('Min', null), 'ha@siamsilk.example', 'ko-KR,ja;q=0.9')
    expect(mail.subject).toBe('Min invited you to Siam Silk on Attune')
    expect(mail.text).toContain('Min invited you to join Siam Silk’s team as an agent')
    expect(mail.html).toContain('<html lang="en" dir="ltr">')
  })
})

describe('the answer to an invitation says whether it was emailed', () => {
  const closing: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const close of closing.reverse()) await close()
  })

  /** A server of its own with these mail options, and an admin of its store signed in; invites as them. */
  async function inviterOn(mail: MailOptions) {
    const database = await openPglite()
    const own = await createAttuneServer({ port: 0, host: '127.0.0.1', database, mail })
    closing.push(
      () => database.close(),
      () => own.close(),
    )
    const store = await createStores(database).create({ name: 'Lao Weaves', origins: ['https://laoweaves.example'] })
    const people = createPeople(database)
    const person = await people.create({ email: 'keo@laoweaves.example', name: 'Keo', password: PASSWORD })
    await people.join(store.id, person.id, 'admin')
    const inviter = await signedIn(own.url, 'keo@laoweaves.example', PASSWORD)
    return {
      invite: (email: string) => inviter.call('POST', '/api/team/invites', { email, role: 'agent' }),
      // The Team page's answer says so before any invitation, for the invite button's words.
      emailsInvites: async () => (await inviter.call('GET', '/api/team')).body.emailsInvites,
    }
  }

  it('emailed, where the server has an SMTP server: the invitation arrives there', async () => {
    const smtp = await startTestSmtp()
    closing.push(() => smtp.close())
    const inviter = await inviterOn({ smtpUrl: smtp.url })
    expect(await inviter.emailsInvites()).toBe(true)
    const answer = await inviter.invite('noy@laoweaves.example')
    expect(answer.status).toBe(201)
    expect(answer.body.emailed).toBe(true)
    const mail = await smtp.next()
    expect(mail.to).toMatchObject({ text: 'noy@laoweaves.example' })
    expect(mail.text).toContain(answer.body.link)
  }, 120_000)

  it('not emailed, where the server has none and only prints mail to its log', async () => {
    const printed = vi.spyOn(console, 'log').mockImplementation(() => {})
    try {
      const inviter = await inviterOn({})
      expect(await inviter.emailsInvites()).toBe(false)
      const answer = await inviter.invite('lat@laoweaves.example')
      expect(answer.status).toBe(201)
      expect(answer.body.emailed).toBe(false)
      expect(answer.body.link).toMatch(/\/inbox\/invite#.+/)
      await vi.waitFor(() => expect(printed).toHaveBeenCalledWith(expect.stringContaining('[Attune] mail to lat@laoweaves.example')))
    } finally {
      printed.mockRestore()
    }
  }, 120_000)
})
