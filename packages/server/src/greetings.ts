import { randomUUID } from 'node:crypto'
import { MAX_GREETINGS, type Greeting, type GreetingOffer, type GreetingRequest } from '@attune/protocol'
import type { Database } from './db/database.ts'
import { Refused } from './refused.ts'
import { isUuid } from './uuid.ts'

type GreetingRow = Pick<Greeting, 'id' | 'enabled' | 'condition' | 'language' | 'texts'>

/** A greeting as validated by GreetingRequestSchema (its `enabled` defaulted). */
type GreetingInput = Omit<GreetingRequest, 'enabled'> & { enabled: boolean }

/** Why a change was refused: `not_found` (no such greeting in this store) or `full` (MAX_GREETINGS). */
class GreetingRefused extends Refused<'not_found' | 'full'> {}

const notFound = () => new GreetingRefused('not_found', 'No such greeting in this store.')
const COLUMNS = 'id, enabled, condition, language, texts'

/** A store's proactive greetings (issue 15). Every statement names the store: nothing crosses stores. */
export function createGreetings(db: Database) {
  return {
    /** All of the store's greetings, oldest first (the inbox's list). */
    list: (siteId: string): Promise<Greeting[]> =>
      db.query<GreetingRow>(`SELECT ${COLUMNS} FROM greetings WHERE site_id = $1 ORDER BY created_at, id`, [siteId]),

    /** The enabled ones, as the widget gets them. */
    async offers(siteId: string): Promise<GreetingOffer[]> {
      const rows = await db.query<GreetingRow>(`SELECT ${COLUMNS} FROM greetings WHERE site_id = $1 AND enabled ORDER BY created_at, id`, [siteId])
      return rows.map(({ enabled: _, ...offer }) => offer)
    },

    /** Adds a greeting unless the store has MAX_GREETINGS already (one statement: two adds at once cannot pass it). */
    async create(siteId: string, input: GreetingInput): Promise<Greeting> {
      const [row] = await db.query<GreetingRow>(
        `INSERT INTO greetings (id, site_id, enabled, condition, language, texts)
         SELECT $1, $2, $3, $4, $5, $6 WHERE (SELECT count(*) FROM greetings WHERE site_id = $2) < $7
         RETURNING ${COLUMNS}`,
        [randomUUID(), siteId, input.enabled, JSON.stringify(input.condition), input.language, JSON.stringify(input.texts), MAX_GREETINGS],
      )
      if (!row) throw new GreetingRefused('full', `A store keeps at most ${MAX_GREETINGS} greetings; remove one first.`)
      return row
    },

    async update(siteId: string, id: string, input: GreetingInput): Promise<Greeting> {
      if (!isUuid(id)) throw notFound()
      const [row] = await db.query<GreetingRow>(
        `UPDATE greetings SET enabled = $3, condition = $4, language = $5, texts = $6 WHERE id = $1 AND site_id = $2 RETURNING ${COLUMNS}`,
        [id, siteId, input.enabled, JSON.stringify(input.condition), input.language, JSON.stringify(input.texts)],
      )
      if (!row) throw notFound()
      return row
    },

    async remove(siteId: string, id: string): Promise<void> {
      if (!isUuid(id)) throw notFound()
      const rows = await db.query('DELETE FROM greetings WHERE id = $1 AND site_id = $2 RETURNING id', [id, siteId])
      if (!rows.length) throw notFound()
    },
  }
}
