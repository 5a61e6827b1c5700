import type { EmpathySnapshot } from '@attune/protocol'

/** A card handed to an append of its conversation: `done` says whether its batch was written. */
export type Ride = { card: EmpathySnapshot; done(written: boolean): void }

type Entry = { card: EmpathySnapshot; since: number; riding: boolean }

export type WaitingCardsOptions = {
  /** Writes one card alone (through the group commit); resolves once it is stored. */
  write(conversationId: string, card: EmpathySnapshot): Promise<void>
  /** The longest a card waits for an append of its conversation to ride on. */
  waitMs: number
  /** A card that could not be written alone (it is tried again after `waitMs`). */
  failed(error: unknown): void
}

/**
 * The agents' cards not written yet (decision 041). The rules make a card after every message, and
 * written on its own it cost its conversation's row a second update per message, half of what the
 * group commit wrote under load. So a card waits for its conversation's next append and rides in
 * that append's row update, or, when none comes within `waitMs`, is written alone. Until then
 * memory has it (`unwritten`, read over what the database says), and only the newest of a
 * conversation is kept: a card is what the rules make of the log, made again after every event.
 */
export function createWaitingCards(options: WaitingCardsOptions) {
  const { waitMs } = options
  const waiting = new Map<string, Entry>()
  let timer: ReturnType<typeof setTimeout> | undefined

  /** Forgets the card once written, unless a newer one came meanwhile. */
  function written(id: string, entry: Entry): void {
    if (waiting.get(id) === entry) waiting.delete(id)
  }

  function arm(delay: number): void {
    if (timer) return
    timer = setTimeout(writeOverdue, Math.max(0, delay))
    timer.unref?.()
  }

  async function writeAlone(id: string, entry: Entry): Promise<void> {
    entry.riding = true
    try {
      await options.write(id, entry.card)
      written(id, entry)
    } catch (error) {
      entry.riding = false
      options.failed(error)
      arm(waitMs)
    }
  }

  /** Writes the cards that waited `waitMs`, and comes back for the next to come due. */
  function writeOverdue(): void {
    timer = undefined
    const due = Date.now() - waitMs
    let next = Infinity
    for (const [id, entry] of waiting) {
      if (entry.riding) continue
      if (entry.since <= due) void writeAlone(id, entry)
      else next = Math.min(next, entry.since)
    }
    if (next < Infinity) arm(next + waitMs - Date.now())
  }

  return {
    /** Keeps the conversation's newest card; it waits as long as the oldest one unwritten before it. */
    set(id: string, card: EmpathySnapshot): void {
      const before = waiting.get(id)
      waiting.set(id, { card, since: before && !before.riding ? before.since : Date.now(), riding: false })
      arm(waitMs)
    },

    /** The card waiting for this conversation's next append, handed to it; undefined when none waits. */
    ride(id: string): Ride | undefined {
      const entry = waiting.get(id)
      if (!entry || entry.riding) return undefined
      entry.riding = true
      return {
        card: entry.card,
        done(stored) {
          if (stored) return written(id, entry)
          entry.riding = false
          arm(waitMs)
        },
      }
    },

    /** The newest card of the conversation not stored yet. */
    unwritten(id: string): EmpathySnapshot | undefined {
      return waiting.get(id)?.card
    },

    /** Writes every waiting card now (a shutdown: nothing is left to the timer). */
    async flush(): Promise<void> {
      if (timer) clearTimeout(timer)
      timer = undefined
      await Promise.all([...waiting].filter(([, entry]) => !entry.riding).map(([id, entry]) => writeAlone(id, entry)))
    },
  }
}
