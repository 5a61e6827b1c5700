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
}

type Waiting<I, R> = { item: I; resolve(value: R): void; reject(error: unknown): void }

/** Enough to make one transaction's fixed cost small, few enough to keep a batch's wait short. */
const MAX_BATCH = 200
/**
 * How many callers are answered in one turn of the event loop. All that follows an answer (the
 * ack, the fan-out, the check-in rules) runs before the turn ends, about 0.4 ms an item: a whole
 * batch of 200 in one turn held the loop ~80 ms (the load bench at 3,000 messages/s, on a core
 * all along), when frames and timers wait behind it.
 */
const ANSWERS_PER_TURN = 25

/**
 * Group commit (issue 12, docs/decisions/029): the first item starts a transaction at once; items
 * arriving while it is in flight wait and are written together in the next one. Each caller's
 * promise settles only after its batch committed, so an ack is never ahead of the disk. When a
 * batch's transaction fails, its items are written again one by one, so each caller gets its own
 * result and one bad item never fails the others.
 */
export function createAppendQueue<I, R>(options: AppendQueueOptions<I, R>) {
  const maxBatch = options.maxBatch ?? MAX_BATCH
  let waiting: Waiting<I, R>[] = []
  let flushing = false
  /** Committed items whose callers are not answered yet, in the order they were written. */
  let answers: { entry: Waiting<I, R>; outcome: Outcome<R> }[] = []

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

  /**
   * Answers a batch's callers once the next batch is on its way to the database, so what follows
   * the answers runs while it is written instead of the database waiting for it (issue 12); a
   * few callers a turn, the batches in the order they were written.
   */
  function settle(batch: readonly Waiting<I, R>[], outcomes: readonly Outcome<R>[]): void {
    const answering = answers.length > 0
    answers.push(...batch.map((entry, i) => ({ entry, outcome: outcomes[i]! })))
    if (!answering) setImmediate(answerSome)
  }

  function answerSome(): void {
    const now = answers.slice(0, ANSWERS_PER_TURN)
    answers = answers.slice(ANSWERS_PER_TURN)
    for (const { entry, outcome } of now) {
      if (outcome.ok) entry.resolve(outcome.value)
      else entry.reject(outcome.error)
    }
    if (answers.length > 0) setImmediate(answerSome)
  }

  async function flush(): Promise<void> {
    flushing = true
    try {
      while (waiting.length > 0) {
        const batch = take()
        settle(batch, await write(batch))
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
