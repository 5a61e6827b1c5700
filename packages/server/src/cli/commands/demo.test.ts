import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { TestClient } from '../../gateway/test-client.ts'
import { DEMO } from '../../seed.ts'
import { LOCK_FILE } from '../lock.ts'
import { testCli } from '../test-cli.ts'

// One data directory for the whole file, in order, as an operator meets it: tried with --demo,
// then started for real.
let cli: Awaited<ReturnType<typeof testCli>>
beforeAll(async () => {
  cli = await testCli({ PORT: '0' })
}, 120_000)
afterAll(() => cli.remove())

/** `attune-server start …` in-process on a free port, once it is listening. */
async function started(...flags: string[]) {
  const server = cli.background('start', ...flags)
  const ready = () => {
    const match = /server ready on (http:\/\/[^\s,]+)/.exec(server.out.join('\n'))
    if (!match) throw new Error(`not ready yet: ${server.err.join('\n')}`)
    return match[1]!
  }
  const url = await vi.waitFor(ready, { timeout: 90_000, interval: 50 })
  return { ...server, url, text: () => server.out.join('\n') }
}

/** Runs `check` on a started server, then stops it. */
async function whileRunning(flags: string[], check: (server: Awaited<ReturnType<typeof started>>) => Promise<void>) {
  const server = await started(...flags)
  try {
    await check(server)
  } finally {
    server.stop()
  }
  expect(await server.done).toBe(0)
  return server
}

const signIn = (url: string, password: string = DEMO.agentPassword) =>
  fetch(`${url}/api/agent/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: DEMO.agentEmail, password }),
  })

/**
 * A plain `start` on the folder: how it ended and what it printed, and, had it served instead of
 * refusing, what the demo login answered there (null: there was nothing to ask).
 */
async function plainStart() {
  const server = cli.background('start')
  let ended = false
  void server.done.then(() => (ended = true))
  const url = await vi.waitFor(
    () => {
      if (ended) return null
      const match = /server ready on (http:\/\/[^\s,]+)/.exec(server.out.join('\n'))
      if (!match) throw new Error('neither refused nor ready yet')
      return match[1]!
    },
    { timeout: 90_000, interval: 50 },
  )
  const demoLogin = url ? (await signIn(url)).status : null
  if (url) server.stop()
  return { code: await server.done, out: server.out.join('\n'), err: server.err.join('\n'), demoLogin }
}

const SHOP = 'http://localhost:3000'
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4e20000000049454e44ae426082',
  'hex',
)
/** The demo shopper's file, whose bytes `demo remove` deletes too. */
let uploadId = ''

/** A shopper of the demo store sends a photo of their parcel: a conversation, a shopper and a file. */
async function chatInDemoStore(url: string) {
  const shopper = await TestClient.visitor(url, DEMO.siteKey, SHOP)
  const welcome = shopper.frames.find((f) => f.type === 'welcome')
  const token = welcome?.type === 'welcome' && welcome.role === 'visitor' ? welcome.token : ''
  const res = await fetch(`${url}/api/uploads?siteKey=${DEMO.siteKey}`, {
    method: 'POST',
    headers: { 'Content-Type': 'image/png', 'X-Attune-Filename': 'parcel.png', Origin: SHOP, Authorization: `Bearer ${token}` },
    body: PNG,
  })
  expect(res.status).toBe(201)
  uploadId = ((await res.json()) as { attachment: { id: string } }).attachment.id
  shopper.send({ type: 'send', clientId: 'demo-1', text: 'Is this the demo?', attachments: [uploadId] })
  await shopper.next('ack')
  await shopper.close()
}

describe('a data folder once started with --demo', () => {
  it('is refused by a plain start while the demo login works, naming the risk and both ways on', async () => {
    await whileRunning(['--demo'], ({ url }) => chatInDemoStore(url))

    const refused = await plainStart()
    // Refused before listening: the demo login was never answered.
    expect(refused.demoLogin).toBeNull()
    expect(refused).toMatchObject({
      code: 1,
      err: `[Attune] The embedded database in ${cli.dataDir} still holds the demo store with its public login, ${DEMO.agentEmail} / ${DEMO.agentPassword}: anyone who reaches this server could sign in as the demo store's owner. To keep trying Attune, start it with --demo. To run it for your store, remove the demo store and its login with attune-server demo remove, then start again.`,
    })
    expect(refused.out).toBe('')
    expect(existsSync(join(cli.dataDir, LOCK_FILE))).toBe(false)
  }, 240_000)

  it('init names the demo store and the command that removes it', async () => {
    expect(await cli.run('init', '--store', 'Ban Rak', '--origin', 'https://banrak.example', '--owner-email', 'nok@banrak.example')).toMatchObject({
      code: 1,
      err: `[Attune] This database's only store is the demo store that start --demo made ("Demo Store", site key demo). To begin afresh, remove it and its demo login with attune-server demo remove, then run init again; to keep it, add your store with attune-server store create.`,
    })
  }, 120_000)

  it('demo remove deletes the store with its chats and the demo account; start then serves neither', async () => {
    const bytesOfTheFile = () => cli.db((db) => db.query('SELECT 1 FROM upload_bytes WHERE upload_id = $1', [uploadId]))
    expect(await bytesOfTheFile()).toHaveLength(1)
    const removed = await cli.run('demo', 'remove')
    expect(removed).toMatchObject({ code: 0, err: '' })
    expect(await bytesOfTheFile()).toEqual([])
    expect(removed.out).toBe(
      [
        `[Attune] Removed the demo from the embedded database in ${cli.dataDir}:`,
        '  store  "Demo Store" (site key demo), with 1 conversation, 1 shopper and 1 file',
        `  login  ${DEMO.agentEmail}, its account deleted`,
      ].join('\n'),
    )
    await cli.db(async (db) => {
      for (const table of ['sites', 'people', 'memberships', 'sessions', 'visitors', 'conversations', 'events', 'uploads', 'upload_bytes']) {
        expect(await db.query(`SELECT 1 FROM ${table}`), table).toEqual([])
      }
    })

    const server = await whileRunning([], async ({ url }) => {
      expect((await signIn(url)).status).toBe(401)
      expect((await fetch(`${url}/api/sites/demo`, { headers: { origin: SHOP } })).status).toBe(404)
      // Like every command on the embedded database, it waits for the server to stop.
      await writeFile(join(cli.dataDir, LOCK_FILE), `${process.ppid}\n`)
      const busy = await cli.run('demo', 'remove')
      expect(busy.code).toBe(1)
      expect(busy.err).toContain('Stop it first')
    })
    expect(server.text()).toContain('No store yet')
    expect(await cli.run('demo', 'remove')).toMatchObject({
      code: 0,
      out: `[Attune] No demo store in the embedded database in ${cli.dataDir}: nothing to remove.`,
    })
  }, 240_000)

  it('starts once the owner has changed the demo password: the login is theirs, no longer public', async () => {
    await whileRunning(['--demo'], async () => {})
    expect((await cli.run('agent', 'reset-password', '--email', DEMO.agentEmail, '--password', 'our own passphrase')).code).toBe(0)
    await whileRunning([], async ({ url }) => {
      expect((await signIn(url)).status).toBe(401)
      expect((await signIn(url, 'our own passphrase')).status).toBe(200)
    })
  }, 240_000)

  it("demo remove keeps a demo account on another store's team, and says when its password is still the public one", async () => {
    expect((await cli.run('agent', 'reset-password', '--email', DEMO.agentEmail, '--password', DEMO.agentPassword)).code).toBe(0)
    const made = await cli.run('store', 'create', '--name', 'Ban Rak', '--origin', 'https://banrak.example', '--owner-email', DEMO.agentEmail)
    expect(made.code).toBe(0)
    const removed = await cli.run('demo', 'remove')
    expect(removed.code).toBe(0)
    expect(removed.out).toContain('  store  "Demo Store" (site key demo), with 0 conversations, 0 shoppers and 0 files')
    expect(removed.out).toContain(`  kept   ${DEMO.agentEmail}, on the team of "Ban Rak"`)
    expect(removed.err).toBe(
      `[Attune] ${DEMO.agentEmail} still signs in with the demo password (${DEMO.agentPassword}) to "Ban Rak". Give it another: attune-server agent reset-password --email ${DEMO.agentEmail}`,
    )
    const stores = await cli.run('store', 'list', '--json')
    expect(JSON.parse(stores.out)).toEqual([expect.objectContaining({ name: 'Ban Rak', members: 1 })])
  }, 120_000)
})
