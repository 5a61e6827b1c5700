import { execFile } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { chmod, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Debian's PostgreSQL binaries (`apt-get install postgresql`), or null when none is installed. */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer().once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))))
    })
  })
}

export type LocalPostgres = {
  url: string
  /** Stops the cluster the way an operator's restart does (`pg_ctl stop -m fast`), keeping its data. */
  down(): Promise<void>
  /** Starts it again on the same port, and waits until it accepts connections. */
  up(): Promise<void>
  /** Stops it and removes its files. */
  stop(): Promise<void>
}

/**
 * A throwaway PostgreSQL cluster on 127.0.0.1 for tests: initdb into a temp dir, start, and return
 * its URL. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user the
 * Debian package creates.
 */
export async function startLocalPostgres(bin: string): Promise<LocalPostgres> {
  const dir = await mkdtemp(join(tmpdir(), 'attune-pg-'))
  await chmod(dir, 0o777)
  const data = join(dir, 'data')
  const port = await freePort()
  const asRoot = process.getuid?.() === 0
  const pgRun = (cmd: string, args: string[]) =>
    asRoot ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]) : run(join(bin, cmd), args)
  await pgRun('initdb', ['-D', data, '-U', 'attune', '-A', 'trust', '--no-sync', '-E', 'UTF8'])
  const up = async () => {
    await pgRun('pg_ctl', ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -h 127.0.0.1 -k ${dir} -F`, 'start'])
  }
  await up()
  return {
    url: `postgres://attune@127.0.0.1:${port}/postgres`,
    up,
    async down() {
      await pgRun('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop'])
    },
    async stop() {
      await pgRun('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}
