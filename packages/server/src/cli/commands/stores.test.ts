import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../../accounts/people.ts'
import { verifyPassword } from '../../auth/password.ts'
import { printed, testCliWithStore, type TestCli } from '../test-cli.ts'

let cli: TestCli
let first: string
beforeAll(async () => {
  ;({ cli, key: first } = await testCliWithStore())
}, 120_000)
afterAll(() => cli.remove())

describe('attune-server store', () => {
  it('create: a second store whose owner has an account keeps their password', async () => {
    const refused = await cli.run(
      'store',
      'create',
      '--name',
      'Ban Rak Outlet',
      '--origin',
      'https://outlet.example',
      '--owner-email',
      'nok@banrak.example',
      '--owner-password',
      'another passphrase',
    )
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('leave out --owner-password')

    const created = await cli.run(
      'store',
      'create',
      '--name',
      'Ban Rak Outlet',
      '--origin',
      'https://outlet.example',
      '--owner-email',
      'NOK@banrak.example',
    )
    expect(created.code).toBe(0)
    expect(created.out).toContain('owned by nok@banrak.example')
    expect(created.out).not.toContain('password')
    const key = printed(created.out, 'site key')
    expect(created.out).toContain(`siteKey:'${key}'`)
    await cli.db(async (db) => {
      const people = createPeople(db)
      const nok = (await people.byEmail('nok@banrak.example'))!
      expect(await verifyPassword('first owner pass', nok.passwordHash)).toBe(true)
      expect((await people.memberships(nok.id)).map((m) => [m.siteKey, m.role])).toEqual([
        [first, 'owner'],
        [key, 'owner'],
      ])
    })
  }, 120_000)

  it('list: a table, or JSON for scripts', async () => {
    const table = await cli.run('store', 'list')
    expect(table.out.split('\n')[0]).toMatch(/^SITE KEY\s+NAME\s+TEAM\s+ORIGINS$/)
    expect(table.out).toMatch(new RegExp(`^${first}\\s+Ban Rak\\s+1\\s+https://banrak.example$`, 'm'))
    const json = JSON.parse((await cli.run('store', 'list', '--json')).out)
    expect(json[0]).toEqual({ key: first, name: 'Ban Rak', allowedOrigins: ['https://banrak.example'], members: 1 })
  }, 120_000)

  it('update: renames, adds and removes origins', async () => {
    const added = await cli.run(
      'store',
      'update',
      '--store',
      first,
      '--origin',
      'http://localhost:5173,https://www.banrak.example',
      '--name',
      'Ban Rak Shop',
    )
    expect(added.code).toBe(0)
    expect(added.out).toContain('origins   https://banrak.example, http://localhost:5173, https://www.banrak.example')
    expect(added.out).toContain('name      Ban Rak Shop')
    const removed = await cli.run('store', 'update', '--store', first, '--remove-origin', 'http://localhost:5173')
    expect(removed.out).toContain('origins   https://banrak.example, https://www.banrak.example')
  }, 120_000)

  it('update: names what it refuses', async () => {
    expect(await cli.run('store', 'update', '--store', first)).toMatchObject({
      code: 2,
      err: '[Attune] Nothing to change: give --name, --origin or --remove-origin.',
    })
    expect(await cli.run('store', 'update', '--store', 'nope', '--name', 'x')).toMatchObject({
      code: 1,
      err: '[Attune] No store has the key "nope".',
    })
    const unknown = await cli.run('store', 'update', '--store', first, '--remove-origin', 'https://never.example')
    expect(unknown.code).toBe(1)
    expect(unknown.err).toContain('https://never.example is not allowed in "Ban Rak Shop" now')
    const bad = await cli.run('store', 'update', '--store', first, '--origin', 'https://*.banrak.example')
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('only the port may be a wildcard')
  }, 120_000)

  it('update: will not leave a store without an origin, and says how to replace the last one', async () => {
    const originsOf = async () => JSON.parse((await cli.run('store', 'list', '--json')).out)[0].allowedOrigins as string[]
    const before = await originsOf()
    const emptied = await cli.run('store', 'update', '--store', first, '--remove-origin', before.join(','))
    expect(emptied.code).toBe(1)
    expect(emptied.err).toBe(
      `[Attune] "Ban Rak Shop" would have no origin left, and the chat runs only on the sites a store allows. ` +
        `To replace ${before.join(', ')}, add the new origin in the same command: --origin https://new.example --remove-origin ${before.join(',')}`,
    )
    expect(await originsOf()).toEqual(before)

    const replaced = await cli.run(
      'store',
      'update',
      '--store',
      first,
      '--origin',
      'https://shop.banrak.example',
      '--remove-origin',
      before.join(','),
    )
    expect(replaced.code).toBe(0)
    expect(replaced.out).toMatch(/^ {2}origins {3}https:\/\/shop\.banrak\.example$/m)
  }, 120_000)
})
