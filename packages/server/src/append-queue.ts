/** What one item of a batch came to: its value, or the error its caller gets. */
export type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown }

export type AppendQueueOptions<I, R> = {
  /**
   * Writes the items in ONE transaction; resolves after COMMIT, throws when it failed. `alone` is
   * the retry of one item of a failed batch: it trusts nothing remembered.
   */
  write(items: readonly I[], alone: boolean): Promise<Outcome<R>[]>
  /** The group an item's order matters within (its conversation). */
  key(item: I): string
  /** True when nothing after this item of the same group may join its batch (it runs effects). */
  seals(item: I): boolean
  /** The most items one transaction writes. */
  maxBatch?: number
  /** Milliseconds a batch gathers for when the one before it held more than one item. */
  gather?: number
}

type Waiting<I, R> = { item: I; resolve(value: R): void; reject(error: unknown): void }

/** Enough to make one transaction's fixed cost small, few enough to keep a batch's wait short. */
const MAX_BATCH = 200

/**
 * Under load, a batch waits this long for more before it goes (decision 042): fewer and larger
 * statements, and fewer wake-ups of the database, for 2 ms more on an ack. On PostgreSQL at
 * 2,000–3,000 messages/s, a fifth less CPU per message.
 */
const GATHER_MS = 2

/**
 * Group commit (issue 12, docs/decisions/029): the first item starts a transaction at once; items
 * arriving while it is in flight wait and are written together in the next one, which, when the
 * one before held more than one item (a sign of load), first gathers for a moment. Each caller's
 * promise settles only after its batch committed, so an ack is never ahead of the disk. When a
 * batch's transaction fails, its items are written again one by one, so each caller gets its own
 * result and one bad item never fails the others.
 */
export function createAppendQueue<I, R>(options: AppendQueueOptions<I, R>) {
  const maxBatch = options.maxBatch ?? MAX_BATCH
  const gather = options.gather ?? GATHER_MS
  let waiting: Waiting<I, R>[] = []
  let flushing = false

  /** The next batch, in arrival order; an item behind a sealed one of its group waits its turn. */
  function take(): Waiting<I, R>[] {
    const batch: Waiting<I, R>[] = []
    const left: Waiting<I, R>[] = []
    const sealed = new Set<string>()
    for (const entry of waiting) {
      const key = options.key(entry.item)
      if (batch.length >= maxBatch || sealed.has(key)) {
        left.push(entry)
        continue
      }
      batch.push(entry)
      if (options.seals(entry.item)) sealed.add(key)
    }
    waiting = left
    return batch
  }

  /** Writes one batch: each item's outcome (when the transaction failed, each item's alone). */
  async function write(batch: readonly Waiting<I, R>[], alone = false): Promise<Outcome<R>[]> {
    try {
      return await options.write(
        batch.map((entry) => entry.item),
        alone,
      )
    } catch (error) {
      if (alone) return [{ ok: false, error }]
      const outcomes: Outcome<R>[] = []
      for (const entry of batch) outcomes.push(...(await write([entry], true)))
      return outcomes
    }
  }

  function settle(batch: readonly Waiting<I, R>[], outcomes: readonly Outcome<R>[]): void {
    batch.forEach((entry, i) => {
      const outcome = outcomes[i]!
      if (outcome.ok) entry.resolve(outcome.value)
      else entry.reject(outcome.error)
    })
  }

  async function flush(): Promise<void> {
    flushing = true
    try {
      let last = 0
      while (waiting.length > 0) {
        // One item alone is a quiet moment: no wait. More than one says others are on their way.
        if (last > 1 && waiting.length < maxBatch) await new Promise((resolve) => setTimeout(resolve, gather))
        const batch = take()
        last = batch.length
        const outcomes = await write(batch)
        // Answered once the next batch is on its way to the database: the callers' acks and all
        // that follows them (fan-out, the check-in rules) run while it is written, instead of the
        // database waiting for them (issue 12).
        setImmediate(() => settle(batch, outcomes))
      }
    } finally {
      flushing = false
    }
  }

  return {
    /** Queues one item; settles with its own result once its transaction committed. */
    add(item: I): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        waiting.push({ item, resolve, reject })
        if (!flushing) void flush()
      })
    },
  }
}
