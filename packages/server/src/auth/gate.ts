/** The gate is full, its queue too: answer "not now" rather than wait without end. */
export class GateFull extends Error {
  constructor() {
    super('Too much work waiting; try again in a moment.')
    this.name = 'GateFull'
  }
}

/**
 * At most `limit` jobs at once, the rest in a first-come queue of at most `maxWaiting`; past
 * that, `run` refuses with GateFull at once. A finishing job hands its place to the next waiter.
 */
export function createGate(limit: number, maxWaiting: number) {
  let running = 0
  const waiting: (() => void)[] = []
  return {
    async run<T>(job: () => Promise<T>): Promise<T> {
      if (running < limit) running++
      else if (waiting.length < maxWaiting) await new Promise<void>((resolve) => waiting.push(resolve))
      else throw new GateFull()
      try {
        return await job()
      } finally {
        const next = waiting.shift()
        if (next) next()
        else running--
      }
    },
    /** Jobs running and waiting, for tests and logs. */
    get load() {
      return { running, waiting: waiting.length }
    },
  }
}
