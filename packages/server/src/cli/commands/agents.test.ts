import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPeople } from '../../accounts/people.ts'
import { createStores } from '../../accounts/stores.ts'
import { verifyPassword } from '../../auth/password.ts'
import { createSessions } from '../../auth/sessions.ts'
import { printed, testCliWithStore, type TestCli } from '../test-cli.ts'

let cli: TestCli
let key: string
beforeAll(async () => {
  ;({ cli, key } = await testCliWithStore())
}, 120_000)
afterAll(() => cli.remove())

const roleOf = (email: string) =>
  cli.db(async (db) => {
    const person = await createPeople(db).byEmail(email)
    return person && createPeople(db).membership((await createStores(db).byKey(key)).id, person.id)
  })

describe('attune-server agent', () => {
  it('add: a new person gets a generated password, printed once', async () => {
    const added = await cli.run('agent', 'add', '--store', key, '--email', 'Lek@banrak.example', '--role', 'agent', '--name', 'Lek')
    expect(added.code).toBe(0)
    expect(added.out).toContain('Added lek@banrak.example to "Ban Rak" as agent.')
    const password = printed(added.out, 'password')
    await cli.db(async (db) =>
      expect(await verifyPassword(password, (await createPeople(db).byEmail('lek@banrak.example'))!.passwordHash)).toBe(true),
    )
    expect(await cli.run('agent', 'list', '--store', key)).toMatchObject({
      code: 0,
      out: 'owner    nok@banrak.example  nok\nagent    lek@banrak.example  Lek',
    })
  }, 120_000)

  it('add: someone already on the team, an owner role or a bad role is refused', async () => {
    expect(await cli.run('agent', 'add', '--store', key, '--email', 'lek@banrak.example', '--role', 'manager')).toMatchObject({
      code: 1,
      err: '[Attune] That person is on the team already.',
    })
    expect(await cli.run('agent', 'add', '--store', key, '--email', 'x@banrak.example', '--role', 'owner')).toMatchObject({
      code: 2,
      err: '[Attune] --role must be admin, manager or agent, not "owner"',
    })
    expect((await cli.run('agent', 'add', '--store', key, '--email', 'x@banrak.example', '--role', 'boss')).code).toBe(2)
  }, 120_000)

  it('add: someone with an account in another store joins with the password they have', async () => {
    const other = await cli.run(
      'store',
      'create',
      '--name',
      'Outlet',
      '--origin',
      'https://outlet.example',
      '--owner-email',
      'ploy@outlet.example',
      '--owner-password',
      'ploy passphrase',
    )
    expect(other.code).toBe(0)
    expect(
      (await cli.run('agent', 'add', '--store', key, '--email', 'ploy@outlet.example', '--role', 'manager', '--password', 'new passphrase')).err,
    ).toContain('leave out --password')
    const joined = await cli.run('agent', 'add', '--store', key, '--email', 'ploy@outlet.example', '--role', 'manager')
    expect(joined).toMatchObject({ code: 0, out: '[Attune] Added ploy@outlet.example to "Ban Rak" as manager.' })
    await cli.db(async (db) =>
      expect(await verifyPassword('ploy passphrase', (await createPeople(db).byEmail('ploy@outlet.example'))!.passwordHash)).toBe(true),
    )
  }, 120_000)

  it('role: changes a role; owner hands the store over and the old owner becomes an admin', async () => {
    expect(await cli.run('agent', 'role', '--store', key, '--email', 'lek@banrak.example', '--role', 'admin')).toMatchObject({
      code: 0,
      out: '[Attune] lek@banrak.example is now an admin of "Ban Rak".',
    })
    expect(await roleOf('lek@banrak.example')).toBe('admin')
    expect((await cli.run('agent', 'role', '--store', key, '--email', 'nok@banrak.example', '--role', 'agent')).err).toContain(
      'The owner stays owner',
    )
    expect((await cli.run('agent', 'role', '--store', key, '--email', 'lek@banrak.example', '--role', 'owner')).out).toContain('is now the owner')
    expect([await roleOf('lek@banrak.example'), await roleOf('nok@banrak.example')]).toEqual(['owner', 'admin'])
  }, 120_000)

  it('remove: takes a person off the team but never the owner', async () => {
    expect(await cli.run('agent', 'remove', '--store', key, '--email', 'ploy@outlet.example')).toMatchObject({
      code: 0,
      out: '[Attune] Removed ploy@outlet.example from "Ban Rak".',
    })
    expect(await roleOf('ploy@outlet.example')).toBe(null)
    expect((await cli.run('agent', 'remove', '--store', key, '--email', 'lek@banrak.example')).err).toContain('The owner cannot be removed')
    expect(await cli.run('agent', 'remove', '--store', key, '--email', 'nobody@banrak.example')).toMatchObject({
      code: 1,
      err: '[Attune] No one has an account with the email nobody@banrak.example.',
    })
  }, 120_000)

  it('reset-password: sets a new password and ends every session of that person', async () => {
    await cli.db(async (db) => {
      const nok = (await createPeople(db).byEmail('nok@banrak.example'))!
      await createSessions(db).create(nok.id, (await createStores(db).byKey(key)).id)
    })
    const reset = await cli.run('agent', 'reset-password', '--email', 'nok@banrak.example')
    expect(reset.code).toBe(0)
    expect(reset.out).toContain('their sessions have ended')
    const password = printed(reset.out, 'password')
    await cli.db(async (db) => {
      const nok = (await createPeople(db).byEmail('nok@banrak.example'))!
      expect(await verifyPassword(password, nok.passwordHash)).toBe(true)
      expect(await db.query('SELECT 1 FROM sessions WHERE person_id = $1', [nok.id])).toEqual([])
    })
    const chosen = await cli.run('agent', 'reset-password', '--email', 'nok@banrak.example', '--password', 'chosen passphrase')
    expect(chosen.out).not.toContain('password  ')
  }, 120_000)
})
