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
