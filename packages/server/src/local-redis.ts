import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './db/local-postgres.ts'

/** Debian's `redis-server` (`apt-get install redis-server`), or null when none is installed. */
export function findRedisServer(): string | null {
  return ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path)) ?? null
}

export type LocalRedis = {
  url: string
  /** Stops it the way a crash or a restart does: connected clients lose it. */
  down(): Promise<void>
  /** Starts it again on the same port, and waits until it answers. */
  up(): Promise<void>
  /** Stops it answering, connections left open: what a stalled Redis looks like to a client. */
  freeze(): void
  stop(): Promise<void>
}

/**
 * A throwaway Redis on 127.0.0.1 for tests, stopped with the test. Nothing is saved to disk, so a
 * restart comes back empty; `keepsData`: every write goes to an append-only file in a temporary
 * folder (removed on stop), so a restart comes back with what it had, as Redis with AOF does.
 */
export async function startLocalRedis(bin: string, { keepsData = false } = {}): Promise<LocalRedis> {
  const port = await freePort()
  const dir = keepsData ? await mkdtemp(join(tmpdir(), 'attune-redis-')) : null
  const saving = dir ? ['--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir] : ['--appendonly', 'no']
  let child: ChildProcess | null = null
  const up = async () => {
    child = spawn(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...saving], { stdio: 'ignore' })
    await answers(port)
  }
  const down = async () => {
    const running = child
    child = null
    if (!running || running.exitCode !== null) return
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve())
      running.kill('SIGKILL')
    })
  }
  const freeze = () => void child?.kill('SIGSTOP')
  const stop = async () => {
    await down()
    if (dir) await rm(dir, { recursive: true, force: true })
  }
  await up()
  return { url: `redis://127.0.0.1:${port}`, up, down, freeze, stop }
}

/** Waits until something accepts connections on the port (Redis starts in milliseconds; a busy machine may take seconds). */
async function answers(port: number): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`Redis did not start on port ${port}`)
}
