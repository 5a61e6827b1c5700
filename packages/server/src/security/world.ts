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
export type StoreFixture = { key: string; origin: string; ownerId: string; ownerCookie: string; visitorId: string; conversationId: string }

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
