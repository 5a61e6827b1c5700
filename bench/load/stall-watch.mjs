// Preloaded into every Attune process the bench starts (`--import`; nothing in the server): each
// time a 10-ms tick came 20 ms late or more, how long the gap between ticks was, and how much of
// it the main thread spent on a core and how much it waited for one, from Linux's per-thread
// scheduler counters. On a 2-core machine shared with the generator, the database and Redis, a
// stall can be the server's own work or its thread waiting for a turn on a core; prom-client's
// lag, which the bench also reads, cannot tell them apart. One JSON line per stall to
// BENCH_STALLS_FILE: { at (ms since the epoch), ms, onCore, waiting }, times in ms (the two parts
// come to a little less than the gap: the thread also sleeps between ticks).
import { appendFileSync, readFileSync } from 'node:fs'
import { isMainThread } from 'node:worker_threads'

// The event loop the server answers on. A worker inherits the preload (the embedded database's
// thread, whose statements keep it busy for as long as they run), and its gaps are not stalls.
const file = isMainThread ? process.env.BENCH_STALLS_FILE : undefined
// This thread's time on a core and waiting on a run queue so far, in ns (proc(5): schedstat).
const SCHEDSTAT = '/proc/thread-self/schedstat'
const TICK_MS = 10
const LATE_MS = 20

function counters() {
  const [onCore, waiting] = readFileSync(SCHEDSTAT, 'utf8').split(' ').map(Number)
  return { onCore, waiting }
}

if (file) {
  let before
  try {
    before = { at: performance.now(), ...counters() }
  } catch {
    // No per-thread counters here (not Linux): the bench prints "—".
  }
  if (before) {
    setInterval(() => {
      const now = { at: performance.now(), ...counters() }
      const ms = now.at - before.at
      if (ms - TICK_MS >= LATE_MS) {
        const stall = { at: Date.now(), ms, onCore: (now.onCore - before.onCore) / 1e6, waiting: (now.waiting - before.waiting) / 1e6 }
        appendFileSync(file, `${JSON.stringify(stall)}\n`)
      }
      before = now
    }, TICK_MS).unref()
  }
}
