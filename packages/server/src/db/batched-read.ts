/**
 * Reads of one kind asked in the same turn of the event loop, made as one statement (issue 12).
 * After a restart thousands of shoppers come back at once, each with a welcome and a resume to
 * read; a statement's round trip costs the database and this process far more than a row does
 * (on PostgreSQL, node-postgres's write and the backend it wakes, per statement). A read asked
 * alone waits only for the end of its turn (`setImmediate`).
 *
 * `readAll` answers for each key at the same index (undefined: nothing found). When it fails,
 * every read of its batch fails with the same error.
 */
export function batchedRead<K, R>(readAll: (keys: readonly K[]) => Promise<readonly (R | undefined)[]>, most = 100) {
  type Asked = { key: K; resolve(row: R | undefined): void; reject(error: unknown): void }
  let asked: Asked[] = []

  function flush(): void {
    const batch = asked
    if (batch.length === 0) return
    asked = []
    readAll(batch.map((a) => a.key)).then(
      (rows) => batch.forEach((a, i) => a.resolve(rows[i])),
      (error: unknown) => batch.forEach((a) => a.reject(error)),
    )
  }

  return (key: K): Promise<R | undefined> =>
    new Promise((resolve, reject) => {
      const count = asked.push({ key, resolve, reject })
      if (count === 1) setImmediate(flush)
      // A full batch goes now; the turn's flush takes whatever is asked after it.
      else if (count >= most) flush()
    })
}
