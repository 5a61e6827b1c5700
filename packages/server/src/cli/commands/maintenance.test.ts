import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MIGRATIONS } from '../../db/migrations.ts'
import { testCli, testCliWithStore, type TestCli } from '../test-cli.ts'

let cli: TestCli
let key: string
beforeAll(async () => {
  ;({ cli, key } = await testCliWithStore())
}, 120_000)
afterAll(() => cli.remove())

/** A shopper with one conversation of two messages, as the gateway would have stored it. */
const shopper = () =>
  cli.db(async (db) => {
    const [site] = await db.query<{ id: string }>('SELECT id FROM sites WHERE key = $1', [key])
    const visitor = randomUUID()
    const conversation = randomUUID()
    await db.query(`INSERT INTO visitors (id, site_id, email) VALUES ($1, $2, 'fon@mail.example')`, [visitor, site!.id])
    await db.query(`INSERT INTO conversations (id, site_id, visitor_id, last_seq, language) VALUES ($1, $2, $3, 2, 'th')`, [
      conversation,
      site!.id,
      visitor,
    ])
    await db.query(
      `INSERT INTO events (conversation_id, seq, kind, author_role, author_id, client_id, body) VALUES
       ($1, 1, 'message', 'visitor', $2, 'c1', '{"text":"สวัสดีค่ะ"}'), ($1, 2, 'message', 'agent', 'a1', 'c2', '{"text":"Hello!"}')`,
      [conversation, visitor],
    )
    return { visitor, conversation }
  })

describe('attune-server secret rotate', () => {
  it('prints a new identity secret and stores it', async () => {
    const before = await cli.db(async (db) => (await db.query<{ identity_secret: string }>('SELECT identity_secret FROM sites'))[0]!.identity_secret)
    const rotated = await cli.run('secret', 'rotate', '--store', key)
    expect(rotated.code).toBe(0)
    const secret = rotated.out.split('\n')[1]!
    expect(secret).toMatch(/^[0-9a-f]{64}$/)
    expect(secret).not.toBe(before)
    expect(await cli.db(async (db) => (await db.query<{ identity_secret: string }>('SELECT identity_secret FROM sites'))[0]!.identity_secret)).toBe(
      secret,
    )
  }, 120_000)
})

describe('attune-server visitor', () => {
  it('export prints the shopper, their conversations and every event as JSON', async () => {
    const { visitor, conversation } = await shopper()
    const exported = await cli.run('visitor', 'export', '--store', key, '--visitor', visitor)
    expect(exported.code).toBe(0)
    const data = JSON.parse(exported.out)
    expect(data).toMatchObject({
      store: { key, name: 'Ban Rak' },
      visitor: { id: visitor, email: 'fon@mail.example', externalId: null },
      conversations: [
        {
          id: conversation,
          status: 'open',
          language: 'th',
          events: [
            { seq: 1, kind: 'message', author: { role: 'visitor', id: visitor }, body: { text: 'สวัสดีค่ะ' } },
            { seq: 2, kind: 'message', author: { role: 'agent', id: 'a1' }, body: { text: 'Hello!' } },
          ],
        },
      ],
      uploads: [],
    })
  }, 120_000)

  it('erase deletes the shopper, their conversations and their files; a second time there is nothing to erase', async () => {
    const { visitor } = await shopper()
    const kept = await shopper()
    // A file the shopper uploaded, its row and its bytes (issue 11, finding 6).
    const upload = randomUUID()
    await cli.db(async (db) => {
      const [site] = await db.query<{ id: string }>('SELECT id FROM sites WHERE key = $1', [key])
      await db.query(
        `INSERT INTO uploads (id, site_id, uploader_role, uploader_id, name, type, size) VALUES ($1, $2, 'visitor', $3, 'bill.pdf', 'application/pdf', 3)`,
        [upload, site!.id, visitor],
      )
      await db.query('INSERT INTO upload_bytes (upload_id, bytes) VALUES ($1, $2)', [upload, Buffer.from('pdf')])
    })
    expect(await cli.run('visitor', 'erase', '--store', key, '--visitor', visitor)).toMatchObject({
      code: 0,
      out: `[Attune] Erased visitor ${visitor} of "Ban Rak", their conversations and files.`,
    })
    await cli.db(async (db) => {
      expect(await db.query('SELECT 1 FROM uploads WHERE id = $1', [upload])).toEqual([])
      expect(await db.query('SELECT 1 FROM upload_bytes WHERE upload_id = $1', [upload])).toEqual([])
      expect(await db.query('SELECT 1 FROM visitors WHERE id = $1', [visitor])).toEqual([])
      expect(await db.query('SELECT 1 FROM conversations WHERE visitor_id = $1', [visitor])).toEqual([])
      expect(await db.query('SELECT 1 FROM conversations WHERE visitor_id = $1', [kept.visitor])).toHaveLength(1)
    })
    expect(await cli.run('visitor', 'erase', '--store', key, '--visitor', visitor)).toMatchObject({
      code: 1,
      err: `[Attune] "Ban Rak" has no visitor ${visitor}.`,
    })
    expect((await cli.run('visitor', 'export', '--store', key, '--visitor', 'not-a-uuid')).code).toBe(1)
  }, 120_000)
})

describe('attune-server visitor revoke', () => {
  it("ends the shopper's tokens issued so far and keeps their conversations (issue 11, finding 12)", async () => {
    const { visitor } = await shopper()
    expect(await cli.run('visitor', 'revoke', '--store', key, '--visitor', visitor)).toMatchObject({
      code: 0,
      out: `[Attune] Revoked the tokens of visitor ${visitor} of "Ban Rak".`,
    })
    await cli.db(async (db) => {
      const [row] = await db.query<{ revoked: Date | null }>('SELECT tokens_revoked_at AS revoked FROM visitors WHERE id = $1', [visitor])
      expect(row?.revoked).not.toBeNull()
      expect(await db.query('SELECT 1 FROM conversations WHERE visitor_id = $1', [visitor])).toHaveLength(1)
    })
    expect((await cli.run('visitor', 'revoke', '--store', key, '--visitor', randomUUID())).code).toBe(1)
  }, 120_000)
})

describe('attune-server migrate', () => {
  it('says the database is up to date once init has run the migrations', async () => {
    const latest = MIGRATIONS.at(-1)!
    expect((await cli.run('migrate')).out).toContain(
      `[Attune] Up to date: the embedded database in ${cli.dataDir} is at migration ${latest.id} (${latest.name}).`,
    )
  }, 120_000)

  it('applies every migration to a new database', async () => {
    const fresh = await testCli()
    try {
      const result = await fresh.run('migrate')
      expect(result.out).toContain(`Applied ${MIGRATIONS.length} migrations (${MIGRATIONS.map((m) => m.id).join(', ')})`)
    } finally {
      await fresh.remove()
    }
  }, 120_000)
})
