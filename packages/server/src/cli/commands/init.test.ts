import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createPeople } from '../../accounts/people.ts'
import { verifyPassword } from '../../auth/password.ts'
import { printed, testCli } from '../test-cli.ts'

let cli: Awaited<ReturnType<typeof testCli>>
beforeAll(async () => {
  cli = await testCli()
}, 120_000)
afterAll(() => cli.remove())
beforeEach(async () => {
  // Each test starts from an empty database: init is for an empty one.
  await cli.reset()
  delete cli.env.ATTUNE_PUBLIC_URL
}, 120_000)

describe('attune-server init', () => {
  it('creates the first store and its owner, prints the site key, a password once and the snippet', async () => {
    cli.env.ATTUNE_PUBLIC_URL = 'https://chat.banrak.example'
    const result = await cli.run(
      'init',
      '--store',
      'Ban Rak',
      '--origin',
      'https://banrak.example',
      '--origin',
      'https://www.banrak.example',
      '--owner-email',
      'Nok@BanRak.example',
    )
    expect(result).toMatchObject({ code: 0, err: '' })
    const key = printed(result.out, 'site key')
    const password = printed(result.out, 'password')
    expect(key).toMatch(/^[0-9a-f]{16}$/)
    expect(result.out).toContain('owner     nok@banrak.example')
    expect(result.out).toContain(`Attune('boot',{siteKey:'${key}'})`)
    expect(result.out).toContain('<script async src="https://chat.banrak.example/widget/loader.js"></script>')
    expect(result.out).toContain('sign in at https://chat.banrak.example/inbox')

    await cli.db(async (db) => {
      const people = createPeople(db)
      const owner = (await people.byEmail('nok@banrak.example'))!
      expect(await verifyPassword(password, owner.passwordHash)).toBe(true)
      expect(await people.memberships(owner.id)).toEqual([expect.objectContaining({ siteKey: key, name: 'Ban Rak', role: 'owner' })])
      const [site] = await db.query<{ allowed_origins: string[] }>('SELECT allowed_origins FROM sites WHERE key = $1', [key])
      expect(site!.allowed_origins).toEqual(['https://banrak.example', 'https://www.banrak.example'])
    })
  }, 120_000)

  it('uses the given password, prints none, and points the snippet at HOST:PORT without ATTUNE_PUBLIC_URL', async () => {
    cli.env.HOST = '10.0.0.5'
    cli.env.PORT = '9000'
    const result = await cli.run(
      'init',
      '--store',
      'Shop',
      '--origin',
      'https://shop.example',
      '--owner-email',
      'me@shop.example',
      '--owner-password',
      'a long passphrase',
    )
    delete cli.env.HOST
    delete cli.env.PORT
    expect(result.code).toBe(0)
    expect(result.out).not.toContain('password ')
    expect(result.out).toContain('src="http://10.0.0.5:9000/widget/loader.js"')
    expect(result.out).toContain('Set ATTUNE_PUBLIC_URL')
  }, 120_000)

  it('refuses a second time and points to store create; refuses an email that has an account', async () => {
    const owner = ['--owner-email', 'me@shop.example', '--owner-password', 'a long passphrase']
    expect((await cli.run('init', '--store', 'Shop', '--origin', 'https://shop.example', ...owner)).code).toBe(0)
    const again = await cli.run('init', '--store', 'Other', '--origin', 'https://other.example', '--owner-email', 'x@other.example')
    expect(again.code).toBe(1)
    expect(again.err).toContain('This database has a store already: "Shop"')
    expect(again.err).toContain('attune-server store create')

    // A person whose only store was deleted: their account stays.
    await cli.db((db) => db.query('DELETE FROM sites'))
    const taken = await cli.run('init', '--store', 'Other', '--origin', 'https://other.example', '--owner-email', 'ME@shop.example')
    expect(taken.code).toBe(1)
    expect(taken.err).toContain('me@shop.example has an account already')
    expect(taken.err).toContain('attune-server agent add')
  }, 120_000)

  it('refuses a bad origin or a short password with the reason, and creates nothing', async () => {
    const origin = await cli.run('init', '--store', 'Shop', '--origin', 'https://shop.example/', '--owner-email', 'me@shop.example')
    expect(origin.code).toBe(1)
    expect(origin.err).toContain('"https://shop.example/" must be just scheme://host[:port]')
    const short = await cli.run(
      'init',
      '--store',
      'Shop',
      '--origin',
      'https://shop.example',
      '--owner-email',
      'me@shop.example',
      '--owner-password',
      'short',
    )
    expect(short).toMatchObject({ code: 1, err: '[Attune] A password has at least 10 characters.' })
    expect((await cli.run('store', 'list')).out).toContain('No stores yet')
  }, 120_000)
})
