import { connect } from 'node:net'
import { expect, it } from 'vitest'
import type { Database } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { createAttuneServer } from '../server.ts'
import { demoAgentCookie, TestClient } from './test-client.ts'

type Hold = { matches: (sql: string) => boolean; reached: () => void; released: Promise<void> }

/** The database, where `hold(text)` stops the next statements containing `text` until released. */
function holdingStatements(db: Database) {
  const holds: Hold[] = []
  const database: Database = {
    query: async (sql, params) => {
      const hold = holds.find((h) => h.matches(sql))
      if (hold) {
        hold.reached()
        await hold.released
      }
      return db.query(sql, params)
    },
    exec: (sql) => db.exec(sql),
    transaction: (fn) => db.transaction(fn),
    close: () => db.close(),
  }
  function hold(text: string) {
    let reached = () => {}
    const held = new Promise<void>((resolve) => (reached = resolve))
    let release = () => {}
    const released = new Promise<void>((resolve) => (release = resolve))
    holds.push({ matches: (sql) => sql.includes(text), reached, released })
    return { held, release }
  }
  return { database, hold }
}

/**
 * Found by the chaos run (test-utils): a restart hung for good when an inbox connected just
 * before it. Its upgrade was let in while the gateway was still closing (waiting for a frame in
 * flight), after it had closed the sockets it knew: nothing ever closed the new one, and the HTTP
 * server's close waited for it.
 */
it('an inbox still being let in when the server shuts down is turned away (503), and the shutdown ends', async () => {
  const raw = await openPglite()
  const statements = holdingStatements(raw)
  const server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1', database: statements.database })
  const releases: (() => void)[] = []
  let closed: Promise<void> | undefined
  try {
    const cookie = await demoAgentCookie(server.url)
    // A shopper's first message, in flight: the gateway's close waits for it.
    const shopper = await TestClient.visitor(server.url, 'demo', 'http://localhost:5173')
    const inFlight = statements.hold('INSERT INTO conversations')
    releases.push(inFlight.release)
    shopper.send({ type: 'send', clientId: 'in-flight', text: 'Hello?' })
    await inFlight.held
    // An inbox connecting: its session is being looked up.
    const lookup = statements.hold('FROM sessions s')
    releases.push(lookup.release)
    const outcome = TestClient.open(`${server.url.replace('http', 'ws')}/v1/agent`, { Cookie: cookie, Origin: server.url }).then(
      (client) => client.close().then(() => 'let in'),
      (error: Error) => error.message,
    )
    await lookup.held

    closed = server.close()
    lookup.release()
    expect(await outcome).toBe('HTTP 503')
    inFlight.release()
    await closed
  } finally {
    releases.forEach((release) => release())
    await (closed ?? server.close())
    await raw.close()
  }
})

/**
 * A refused upgrade's socket is no longer the HTTP server's to close: one whose client read the
 * refusal and kept its side open held the server's close for as long as the client liked.
 */
it('a client refused at the upgrade that keeps its side open does not hold the shutdown', async () => {
  const server = await createAttuneServer({ demo: true, port: 0, host: '127.0.0.1' })
  const client = connect({ port: server.port, host: '127.0.0.1', allowHalfOpen: true })
  let closed: Promise<string> | undefined
  try {
    let answer = ''
    client.on('data', (data) => (answer += data))
    client.write(
      'GET /v1/visitor?siteKey=demo HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: https://elsewhere.example\r\n\r\n',
    )
    await new Promise((resolve) => client.once('end', resolve))
    expect(answer).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n[^]*"code":"forbidden"/)

    closed = server.close().then(() => 'closed')
    // Bounds the failure only: a close takes well under a second once nothing holds it.
    const late = new Promise<string>((resolve) => setTimeout(resolve, 20_000, 'still waiting for the refused client').unref())
    expect(await Promise.race([closed, late])).toBe('closed')
  } finally {
    client.destroy()
    await (closed ?? server.close())
  }
})
