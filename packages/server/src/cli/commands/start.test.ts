import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO } from '../../seed.ts'
import { LOCK_FILE } from '../lock.ts'
import { testCli } from '../test-cli.ts'

// One data directory for the whole file, in order: empty, then with a store, then in demo mode.
let cli: Awaited<ReturnType<typeof testCli>>
beforeAll(async () => {
  cli = await testCli({ PORT: '0' })
}, 120_000)
afterAll(() => cli.remove())

/** Starts `attune-server start …` in-process on a free port; resolves once it is listening. */
async function started(...flags: string[]) {
  return listening(cli.background('start', ...flags))
}

async function listening<T extends { out: string[]; err: string[] }>(server: T) {
  const ready = () => {
    const match = /server ready on (http:\/\/[^\s,]+)/.exec(server.out.join('\n'))
    if (!match) throw new Error(`not ready yet: ${server.err.join('\n')}`)
    return match[1]!
  }
  const url = await vi.waitFor(ready, { timeout: 90_000, interval: 50 })
  return { ...server, url, text: () => server.out.join('\n') }
}

const signIn = (url: string, email: string, password: string) =>
  fetch(`${url}/api/agent/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })

describe('attune-server start', () => {
  it('without --demo: no demo store, no password printed, and how to create the first store', async () => {
    const server = await started()
    try {
      expect(server.text()).toContain('No store yet. Create the first one and its owner with:\n  attune-server init --store')
      expect(server.text()).toContain('stop this server first')
      expect(server.text()).not.toMatch(/password|sign in as/i)
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
      expect((await signIn(server.url, DEMO.agentEmail, DEMO.agentPassword)).status).not.toBe(200)
      // The embedded database is this process's while it runs.
      expect(existsSync(join(cli.dataDir, LOCK_FILE))).toBe(true)
    } finally {
      server.stop()
    }
    expect(await server.done).toBe(0)
    expect(server.text()).toContain('[Attune] SIGINT: shutting down')
    expect(existsSync(join(cli.dataDir, LOCK_FILE))).toBe(false)
  }, 180_000)

  it('refuses a second process on the same embedded database while one runs', async () => {
    const server = await started()
    // In-process, the lock names this very process, which the lock ignores: make it another one's.
    await writeFile(join(cli.dataDir, LOCK_FILE), `${process.ppid}\n`)
    try {
      const list = await cli.run('store', 'list')
      expect(list.code).toBe(1)
      expect(list.err).toContain(`attune-server (process ${process.ppid}) is using the embedded database in ${cli.dataDir}. Stop it first`)
      expect((await cli.run('start')).err).toContain('Stop it first')
    } finally {
      server.stop()
    }
    expect(await server.done).toBe(0)
  }, 180_000)

  it('names a taken port', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const port = (blocker.address() as { port: number }).port
    cli.env.PORT = String(port)
    try {
      const result = await cli.run('start')
      expect(result).toMatchObject({
        code: 1,
        err: `[Attune] Port ${port} on 127.0.0.1 is taken (by another attune-server?). Set PORT to another one.`,
      })
    } finally {
      cli.env.PORT = '0'
      await new Promise((resolve) => blocker.close(resolve))
    }
  }, 180_000)

  it('after init it starts quietly, with the public URL in its links', async () => {
    cli.env.ATTUNE_PUBLIC_URL = 'https://chat.banrak.example'
    expect((await cli.run('init', '--store', 'Ban Rak', '--origin', 'https://banrak.example', '--owner-email', 'nok@banrak.example')).code).toBe(0)
    const server = await started()
    server.stop()
    delete cli.env.ATTUNE_PUBLIC_URL
    expect(await server.done).toBe(0)
    expect(server.text()).toContain('  inbox  https://chat.banrak.example/inbox')
    expect(server.text()).not.toContain('No store yet')
  }, 180_000)

  it("serves a store from the database's thread started before the server loaded, opening no other", async () => {
    const server = await listening(cli.backgroundAsProcess('start'))
    try {
      const thread = await server.databaseThread
      expect(thread).toBeDefined()
      // Taken by `start` (before, it opened the directory twice: a look for a store, then the server).
      expect(thread!.take(cli.dataDir)).toBeUndefined()
      expect(server.text()).not.toContain('No store yet')
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
    } finally {
      server.stop()
    }
    expect(await server.done).toBe(0)
    expect(existsSync(join(cli.dataDir, LOCK_FILE))).toBe(false)
  }, 180_000)

  it('--demo creates the demo store and prints its sign-in, which works', async () => {
    const server = await started('--demo')
    try {
      expect(server.text()).toContain(`(sign in as ${DEMO.agentEmail} / ${DEMO.agentPassword})`)
      expect((await signIn(server.url, DEMO.agentEmail, DEMO.agentPassword)).status).toBe(200)
    } finally {
      server.stop()
    }
    expect(await server.done).toBe(0)
  }, 180_000)
})
