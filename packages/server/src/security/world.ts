import { createHash } from 'node:crypto'
import { createPeople } from '../accounts/people.ts'
import { createStores } from '../accounts/stores.ts'
import { createSessions, SESSION_COOKIE } from '../auth/sessions.ts'
import type { Database } from '../db/database.ts'
import { TestClient } from '../gateway/test-client.ts'
import type { AttuneServer } from '../server.ts'

/**
 * Two stores for the security suites, each with an owner signed in and a shopper who has said
 * something, so there are ids of every kind to aim at another's things.
 */
export type StoreFixture = {
  key: string
  origin: string
  ownerId: string
  ownerCookie: string
  visitorId: string
  /** The shopper's visitor token, as the widget sends it to the store-page routes. */
  visitorToken: string
  conversationId: string
}

export async function storeWithChat(server: AttuneServer, db: Database, name: string): Promise<StoreFixture> {
  const origin = `https://${name.toLowerCase()}.example`
  const store = await createStores(db).create({ name, origins: [origin] })
  const people = createPeople(db)
  const owner = await people.create({ email: `owner@${name.toLowerCase()}.example`, name: `${name} owner`, password: 'security suite password' })
  await people.join(store.id, owner.id, 'owner')
  const ownerCookie = `${SESSION_COOKIE}=${await createSessions(db).create(owner.id, store.id)}`

  const shopper = await TestClient.visitor(server.url, store.key, origin)
  shopper.send({ type: 'send', clientId: `${name}-1`, text: `Hello from a ${name} shopper` })
  const ack = await shopper.next('ack')
  // The rules and the assignment run after the ack; frames are served in order, so once the pong is
  // back they have, and a suite's digest of the data taken next is not raced by them.
  shopper.send({ type: 'ping' })
  await shopper.next('pong')
  const welcome = shopper.frames.find((f) => f.type === 'welcome')
  await shopper.close()
  return {
    key: store.key,
    origin,
    ownerId: owner.id,
    ownerCookie,
    visitorId: welcome?.type === 'welcome' && welcome.role === 'visitor' ? welcome.visitorId : '',
    visitorToken: welcome?.type === 'welcome' && welcome.role === 'visitor' ? welcome.token : '',
    conversationId: ack.conversationId,
  }
}

/**
 * A digest of everything a store keeps (stores, people and roles, shoppers, conversations, the
 * log, files), so a suite can show hostile traffic changed nothing. Shoppers are compared by what
 * they are (not when they were last seen); the suites' own new anonymous visitors are left out.
 */
export async function storedData(db: Database, visitorIds: readonly string[]): Promise<string> {
  const queries = [
    'SELECT id, key, name, allowed_origins, identity_secret, empathy_settings FROM sites ORDER BY id',
    'SELECT id, email, name, password_hash FROM people ORDER BY id',
    'SELECT person_id, site_id, role FROM memberships ORDER BY person_id, site_id',
    'SELECT id, status, last_seq, visitor_read_seq, agent_read_seq, visitor_delivered_seq, agent_delivered_seq, empathy FROM conversations ORDER BY id',
    'SELECT conversation_id, seq, kind, author_role, author_id, client_id, body FROM events ORDER BY conversation_id, seq',
    'SELECT id, site_id, name, type, size FROM uploads ORDER BY id',
  ]
  const hash = createHash('sha256')
  for (const sql of queries) hash.update(JSON.stringify(await db.query(sql)))
  hash.update(
    JSON.stringify(
      await db.query(
        'SELECT id, site_id, external_id, name, email, context, checkins_opted_out FROM visitors WHERE id = ANY($1::uuid[]) ORDER BY id',
        [visitorIds],
      ),
    ),
  )
  return hash.digest('hex')
}

/**
 * A digest of what one store keeps (the store, its people and roles, shoppers, conversations, the
 * log, files), so a suite can show that calls made from another store changed nothing of it.
 */
export async function storeDigest(db: Database, storeKey: string): Promise<string> {
  const [site] = await db.query<{ id: string }>('SELECT id FROM sites WHERE key = $1', [storeKey])
  const queries = [
    'SELECT id, key, name, allowed_origins, identity_secret, empathy_settings FROM sites WHERE id = $1',
    'SELECT p.id, p.email, p.name, p.password_hash, m.role FROM people p JOIN memberships m ON m.person_id = p.id WHERE m.site_id = $1 ORDER BY p.id',
    'SELECT id, external_id, name, email, context, checkins_opted_out FROM visitors WHERE site_id = $1 ORDER BY id',
    'SELECT id, status, last_seq, visitor_read_seq, agent_read_seq, empathy FROM conversations WHERE site_id = $1 ORDER BY id',
    'SELECT e.conversation_id, e.seq, e.kind, e.author_role, e.client_id, e.body FROM events e JOIN conversations c ON c.id = e.conversation_id WHERE c.site_id = $1 ORDER BY 1, 2',
    'SELECT id, name, type, size FROM uploads WHERE site_id = $1 ORDER BY id',
  ]
  const hash = createHash('sha256')
  for (const sql of queries) hash.update(JSON.stringify(await db.query(sql, [site!.id])))
  return hash.digest('hex')
}

/** A deterministic stream of numbers in [0, 1) from a seed (SHA-256 in counter mode): a fuzz run replays. */
export function seededRandom(seed: string): () => number {
  let counter = 0
  let block = Buffer.alloc(0)
  let offset = 32
  return () => {
    if (offset >= 32) {
      block = createHash('sha256').update(`${seed}:${counter++}`).digest()
      offset = 0
    }
    const value = block.readUInt32BE(offset) / 2 ** 32
    offset += 4
    return value
  }
}

/** Strings a fuzz run puts where text goes: empty, control and lone-surrogate characters, markup, SQL, paths, the very long. */
export const NASTY_STRINGS = [
  '',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\u202e\u200b\ufeff',
  '<script>alert(1)</script>',
  "'; DROP TABLE events; --",
  '../../etc/passwd',
  '%00%2e%2e%2f',
  'x'.repeat(5000),
  '😀'.repeat(100),
]

/** Values of every wrong kind: null, booleans, numbers at the edges, arrays and objects, nested. */
export const NASTY_VALUES: unknown[] = [
  null,
  true,
  -1,
  0,
  1.5,
  2 ** 31,
  2 ** 53,
  -(2 ** 60),
  1e308,
  [],
  {},
  [1, [2, [3]]],
  { nested: { deep: true } },
]
