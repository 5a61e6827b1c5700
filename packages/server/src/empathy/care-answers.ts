import { CARE_MIN_ANSWERS, CARE_MIN_PEOPLE, type CareDay, type Mood } from '@attune/protocol'
import type { Database } from '../db/database.ts'
import { dayOf } from './insights-range.ts'

/** An offer not answered within a day lapses: the feeling it asked about has passed. */
export const ANSWERABLE_MS = 24 * 60 * 60 * 1000

/**
 * The agents' own answers (issue 16). Each is stored with its person, store, day and mood, and
 * read back only as a day's count and mean, once enough people answered that day. There is no
 * way here to read one person's answers, and none is to be added. A day is the store's: a
 * calendar day in the `timeZone` the caller names (decision 047), fixed when the answer is stored.
 */
export function createCareAnswers(db: Database, now: () => number = Date.now) {
  return {
    /** Stores the answer to an unanswered offer made to this person in this store, on today in `timeZone`; false when there is no such offer. */
    async answer(siteId: string, personId: string, offerId: string, mood: Mood, timeZone: string): Promise<boolean> {
      const at = now()
      return db.transaction(async (tx) => {
        const [offer] = await tx.query(
          `UPDATE care_offers SET answered = true
           WHERE id = $1 AND site_id = $2 AND person_id = $3 AND NOT answered AND created_at > $4 RETURNING id`,
          [offerId, siteId, personId, new Date(at - ANSWERABLE_MS).toISOString()],
        )
        if (!offer) return false
        await tx.query('INSERT INTO care_answers (site_id, person_id, day, mood) VALUES ($1, $2, $3, $4)', [
          siteId,
          personId,
          dayOf(at, timeZone),
          mood,
        ])
        return true
      })
    },

    /**
     * The team's days from `from` to `to` (both included) that had answers, oldest first.
     * Today in `timeZone` is never among them: a day is read only once it is over, so nobody can
     * watch its figures move answer by answer and read off the latest one.
     */
    async days(siteId: string, from: string, to: string, timeZone: string): Promise<CareDay[]> {
      const rows = await db.query<{ day: string; answers: number; people: number; mean: number }>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS answers, count(DISTINCT person_id)::int AS people, avg(mood)::float8 AS mean
         FROM care_answers WHERE site_id = $1 AND day BETWEEN $2 AND $3 AND day < $4 GROUP BY day ORDER BY day`,
        [siteId, from, to, dayOf(now(), timeZone)],
      )
      return rows.map((row) =>
        row.answers >= CARE_MIN_ANSWERS && row.people >= CARE_MIN_PEOPLE
          ? { day: row.day, enough: true, answers: row.answers, mean: Math.round(row.mean * 100) / 100 }
          : { day: row.day, enough: false },
      )
    },

    /** "Check in on agents after hard conversations", on unless the store turned it off. */
    async enabled(siteId: string): Promise<boolean> {
      const [row] = await db.query<{ agent_care: boolean }>('SELECT agent_care FROM sites WHERE id = $1', [siteId])
      return row?.agent_care ?? true
    },

    async setEnabled(siteId: string, enabled: boolean): Promise<void> {
      await db.query('UPDATE sites SET agent_care = $2 WHERE id = $1', [siteId, enabled])
    },
  }
}

export type CareAnswers = ReturnType<typeof createCareAnswers>
