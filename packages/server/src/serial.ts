/**
 * Work kept one at a time per key, in the order it was asked for: each starts once the one before
 * it settled, whether that succeeded or failed. A key with nothing left to run is forgotten.
 */
export function createSerial() {
  const queues = new Map<string, Promise<unknown>>()
  function serial<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = queues.get(key) ?? Promise.resolve()
    const next = previous.then(work, work)
    const settled = next.catch(() => undefined)
    queues.set(key, settled)
    void settled.then(() => queues.get(key) === settled && queues.delete(key))
    return next
  }
  /** Settles once everything asked for so far has run. */
  const drained = async (): Promise<void> => {
    await Promise.all(queues.values())
  }
  return Object.assign(serial, { drained })
}
