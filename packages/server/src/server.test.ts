import { PROTOCOL_VERSION } from '@attune/protocol'
import { afterAll, describe, expect, it } from 'vitest'
import { TestClient } from './gateway/test-client.ts'
import { createAttuneServer } from './server.ts'
import { tempDir } from './test-db.ts'

const dirs: Awaited<ReturnType<typeof tempDir>>[] = []
afterAll(async () => {
  for (const d of dirs) await d.remove()
})

async function greet(url: string, token?: string) {
  const client = await TestClient.open(`${url.replace('http', 'ws')}/v1/visitor?siteKey=demo`, { Origin: 'http://127.0.0.1:3000' })
  client.send({ type: 'hello', v: PROTOCOL_VERSION, ...(token ? { token } : {}) })
  const welcome = await client.next('welcome')
  if (welcome.role !== 'visitor') throw new Error('expected a visitor welcome')
  return { client, welcome }
}

/** A server on a fresh data directory, and a shopper on it whose message `text` is stored. */
async function shopperWhoWrote(text: string) {
  const dir = await tempDir()
  dirs.push(dir)
  const first = await createAttuneServer({ demo: true, dataDir: dir.path, port: 0, host: '127.0.0.1' })
  const shopper = await greet(first.url)
  shopper.client.send({ type: 'send', clientId: 'first', text })
  const ack = await shopper.client.next('ack')
  return { dataDir: dir.path, first, shopper, ack }
}

describe('server lifecycle', () => {
  it('closes sockets with 1001 on shutdown and keeps every conversation across a restart', async () => {
    const { dataDir, first, shopper: before, ack } = await shopperWhoWrote('remember me')
    const closeCode = new Promise<number>((resolve) => before.client.ws.once('close', (code) => resolve(code)))
    await first.close()
    expect(await closeCode).toBe(1001)

    const second = await createAttuneServer({ demo: true, dataDir, port: 0, host: '127.0.0.1' })
    try {
      // Same signing secret (kept in the database), so the old token still names the visitor.
      const after = await greet(second.url, before.welcome.token)
      expect(after.welcome.visitorId).toBe(before.welcome.visitorId)
      expect(after.welcome.conversation).toEqual({ id: ack.conversationId, lastSeq: 1, status: 'open', readSeq: 0 })
      after.client.send({ type: 'resume', conversationId: ack.conversationId, afterSeq: 0 })
      expect(await after.client.next('event')).toMatchObject({ event: { seq: 1, text: 'remember me' } })
      await after.client.close()
    } finally {
      await second.close()
    }
  })

  /**
   * A shopper whose message waits, the server stopped, and a new process on the same data ten
   * minutes later: past the store's wait (90 s), with no timer left from the first process.
   * `back()` brings the shopper back, asking to catch up from their message.
   */
  async function waitingThroughARestart(text: string) {
    const { dataDir, first, shopper, ack } = await shopperWhoWrote(text)
    await shopper.client.close()
    await first.close()
    const later = () => Date.now() + 10 * 60_000
    const second = await createAttuneServer({ demo: true, dataDir, port: 0, host: '127.0.0.1', now: later })
    const back = async () => {
      const { client } = await greet(second.url, shopper.welcome.token)
      client.send({ type: 'resume', conversationId: ack.conversationId, afterSeq: ack.seq })
      return client
    }
    return { second, ack, back }
  }

  it("re-runs a waiting conversation's rules after a restart: a wait that ran out while it was down is asked about", async () => {
    const { second, ack, back } = await waitingThroughARestart('Is anyone there?')
    try {
      const client = await back()
      // Sent live once the restart's rules run (connections quiet), or caught up if they ran first.
      const asked = await client.next('event', (f) => f.event.kind === 'checkin.asked')
      // (The ten minutes' wait also raises the frustration signal, which the rules name first.)
      expect(asked).toMatchObject({ conversationId: ack.conversationId, event: { phase: 'during' } })
      await client.close()
    } finally {
      await second.close()
    }
  })

  it("settles `resumed` once a restart has re-run the waiting conversations' rules: the check-in comes with the catch-up", async () => {
    const { second, ack, back } = await waitingThroughARestart('Hello?')
    try {
      await second.resumed
      const client = await back()
      const caughtUp = await client.next('synced', (f) => f.conversationId === ack.conversationId)
      const asked = await client.next('event', (f) => f.event.kind === 'checkin.asked')
      expect(asked.event.seq <= caughtUp.lastSeq, 'the check-in was in the log before the shopper came back').toBe(true)
      await client.close()
    } finally {
      await second.close()
    }
  })
})
