import { writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../http/static.ts'
import { tempDir } from '../test-db.ts'
import { GateFull } from './gate.ts'
import { hashingLoad, hashPassword, verifyPassword } from './password.ts'

// Issue 11, finding 3: scrypt shares libuv's four threads with file reads; 60 sign-ins at once
// stalled static files for 11 s. Order, not time, is asserted: the file must not wait for the hashes.
let dir: Awaited<ReturnType<typeof tempDir>>
let server: Server
let url: string
beforeAll(async () => {
  dir = await tempDir()
  await writeFile(join(dir.path, 'app.txt'), 'served')
  server = createServer((req, res) => void serveStatic(req, res, '/app.txt', { root: dir.path, cacheControl: 'no-cache' }))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app.txt`
})
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await dir.remove()
})

describe('password hashing under load', () => {
  it('hashes two at a time, queues 32, refuses the rest at once, and a file is served meanwhile', async () => {
    const hash = await hashPassword('a good password')
    let settled = 0
    const verifies = Array.from({ length: 40 }, () =>
      verifyPassword('a good password', hash).then(
        (ok) => (settled++, ok),
        (error: unknown) => (settled++, error),
      ),
    )
    expect(hashingLoad()).toEqual({ running: 2, waiting: 32 })

    const file = await fetch(url)
    expect(await file.text()).toBe('served')
    // Without the gate the file's read queued behind every hash; with it, most still wait.
    expect(settled).toBeLessThan(20)

    const results = await Promise.all(verifies)
    expect(results.filter((r) => r === true)).toHaveLength(34)
    expect(results.filter((r) => r instanceof GateFull)).toHaveLength(6)
    expect(hashingLoad()).toEqual({ running: 0, waiting: 0 })
  }, 120_000)
})
