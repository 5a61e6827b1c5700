import { randomUUID } from 'node:crypto'
import { topics, type Bus } from '../bus.ts'
import type { Database } from '../db/database.ts'

/**
 * Whether each dependency answered within the probe's time. The bus is `degraded` when it answers
 * in this process but does not reach the other processes (Redis is away): chats on this process go
 * on, and what they say reaches the others' shoppers and inboxes once Redis is back (from the log).
 */
type Readiness = { database: 'up' | 'down'; bus: 'up' | 'degraded' | 'down' }

/** How long a probe waits: a load balancer asks often, and a slow answer is a "not ready". */
const PROBE_MS = 2000

function within(ms: number, work: Promise<unknown>): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  const done = work.then(
    () => true,
    () => false,
  )
  return Promise.race([done, late]).finally(() => clearTimeout(timer))
}

/** A message on a topic of its own comes back: the bus delivers in this process. */
function busAnswers(bus: Bus): Promise<void> {
  const topic = `health:${randomUUID()}`
  return new Promise<void>((resolve) => {
    const off = bus.subscribe(topic, () => {
      off()
      resolve()
    })
    bus.publish(topic, { type: 'presence', agentsOnline: 0 })
  })
}

/** Whether the bus reaches the other processes: the Redis bus tells at once; the memory bus has none to reach. */
function reachesOthers(bus: Bus): boolean {
  let linked = true
  bus.subscribe(topics.link, (message) => {
    if (message.type === 'link') linked = message.linked
  })()
  return linked
}

/**
 * `/readyz`: can this process serve chats now? Unlike `/healthz` (the process is alive), it asks
 * the database (`SELECT 1`) and the bus, so a load balancer sends no one here while either is down.
 */
export async function readiness(deps: { db: Database; bus: Bus }, probeMs = PROBE_MS): Promise<Readiness> {
  const [database, bus] = await Promise.all([within(probeMs, deps.db.query('SELECT 1')), within(probeMs, busAnswers(deps.bus))])
  return { database: database ? 'up' : 'down', bus: !bus ? 'down' : reachesOthers(deps.bus) ? 'up' : 'degraded' }
}

/**
 * Ready with the bus degraded: Redis away is every process's state at once, and taking them all
 * out of the balancer would stop every chat instead of only the live news between processes.
 */
export const isReady = (state: Readiness): boolean => state.database === 'up' && state.bus !== 'down'
