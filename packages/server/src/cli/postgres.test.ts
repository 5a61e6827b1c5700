import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { findPostgresBin, startLocalPostgres } from '../db/local-postgres.ts'
import { printed, testCli } from './test-cli.ts'

// The commands on DATABASE_URL, where they may also run while the server does. CI installs
// Debian's postgresql; without it this is skipped.
const bin = findPostgresBin()
let cluster: Awaited<ReturnType<typeof startLocalPostgres>>
let cli: Awaited<ReturnType<typeof testCli>>

describe.runIf(bin)('attune-server on PostgreSQL', () => {
  beforeAll(async () => {
    cluster = await startLocalPostgres(bin!)
    cli = await testCli({ DATABASE_URL: cluster.url, PORT: '0' })
  }, 120_000)
  afterAll(async () => {
    await cli?.remove()
    await cluster?.stop()
  })

  it('init, then team and store commands beside a running server', async () => {
    const init = await cli.run('init', '--store', 'Ban Rak', '--origin', 'https://banrak.example', '--owner-email', 'nok@banrak.example')
    expect(init.code).toBe(0)
    const key = printed(init.out, 'site key')

    const server = cli.background('start')
    await vi.waitFor(() => expect(server.out.join('\n')).toContain('server ready'), { timeout: 90_000, interval: 50 })
    try {
      expect(server.out.join('\n')).toContain('the PostgreSQL database in DATABASE_URL')
      expect((await cli.run('agent', 'add', '--store', key, '--email', 'lek@banrak.example', '--role', 'agent')).code).toBe(0)
      expect((await cli.run('store', 'update', '--store', key, '--origin', 'https://www.banrak.example')).code).toBe(0)
      expect((await cli.run('store', 'list')).out).toMatch(
        new RegExp(`^${key}\\s+Ban Rak\\s+2\\s+https://banrak.example https://www.banrak.example$`, 'm'),
      )
      expect((await cli.run('migrate')).out).toContain('Up to date: the PostgreSQL database in DATABASE_URL is at migration')
    } finally {
      server.stop()
    }
    expect(await server.done).toBe(0)
  }, 180_000)
})
