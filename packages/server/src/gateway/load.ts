import { monitorEventLoopDelay } from 'node:perf_hooks'
import { MIN_RETRY_MS } from '@attune/protocol'
import type { GatewayLimits } from './limits.ts'
import { FRAME_BURST, FRAMES_PER_SECOND } from './rate-limit.ts'

/**
 * An event-loop delay this long in the last sample means the process stalled for longer than the
 * rate limit's burst covers. A shorter stall needs no exemption: its frames arrive together, but
 * the bucket refilled for the time they waited. (At 100 ms, a machine under load lifted the limit
 * now and then, and a flood got through: the gateway tests' flakes.)
 */
const STALL_MS = (FRAME_BURST / FRAMES_PER_SECOND) * 1000
/** How often the event loop's delay and the rate of answered writes are sampled. */
const SAMPLE_MS = 500
/** The rate a process answers writes at is the best of its last four samples: two seconds. */
const RATE_SAMPLES = 4
/**
 * How widely the hints given to refused clients are spread, above the least a client waits
 * (`MIN_RETRY_MS`), so what was refused together does not come back together. Spread below it
 * (1-2 s, as it was), every client waited exactly 2 s and a burst refused together came back
 * together, to be refused again: at 5,000 messages/s offered (the load bench, embedded) the
 * server stored 1,500-1,900 a second during the step and sent 73,000-100,000 refusals; spread
 * above it, 2,300-2,500 a second and 30,000-37,000 refusals.
 */
const RETRY_SPREAD_MS = MIN_RETRY_MS

/**
 * Whether this process is behind. Overload is answered, not queued: past its limit the gateway
 * refuses writes at once with `unavailable` and a retry hint (the clients' outboxes resend them),
 * instead of letting acks come back a minute late. The limit is a count (`writesInFlight`) or, when
 * more, what the process answers in `writesQueueMs` at its best rate of the last two seconds: a
 * refused shopper waits 2 s at least before the resend, so a crowd that clears in a second, like
 * the one a process reads at once after waiting for a core, is better waited for (decision 043).
 * Writes in flight are not the whole load: each message leaves work for the database after its
 * ack (check-in rules, the summary, assignment), so a database that has fallen behind refuses new
 * writes too. And frames read in one burst after a stall of our own are not the shopper's burst:
 * the per-connection rate limit is not applied then.
 */
export function createLoadGauge(
  limits: Pick<GatewayLimits, 'writesInFlight' | 'writesQueueMs'>,
  databaseBehind: () => boolean = () => false,
  stallMs = STALL_MS,
) {
  let writes = 0
  let answered = 0
  const rates: number[] = []
  let limit = limits.writesInFlight
  let stalledRecently = false
  const delay = monitorEventLoopDelay({ resolution: 20 })
  delay.enable()
  const sampler = setInterval(() => {
    stalledRecently = delay.max / 1e6 > stallMs
    delay.reset()
    rates.push((answered * 1000) / SAMPLE_MS)
    if (rates.length > RATE_SAMPLES) rates.shift()
    answered = 0
    limit = Math.max(limits.writesInFlight, (Math.max(...rates) * limits.writesQueueMs) / 1000)
  }, SAMPLE_MS)
  sampler.unref()
  return {
    /** True when a new write should be refused for now: too many writes, or the database is behind. */
    behind: () => writes >= limit || databaseBehind(),
    /** True when the last moments held a stall: frames arriving now may have waited behind it. */
    stalled: () => stalledRecently,
    /** Counts a write from arrival to answer; call the returned function when it is answered. */
    start(): () => void {
      writes++
      let done = false
      return () => {
        if (!done) {
          writes--
          answered++
        }
        done = true
      }
    },
    retryAfterMs: () => MIN_RETRY_MS + Math.floor(Math.random() * RETRY_SPREAD_MS),
    stop() {
      clearInterval(sampler)
      delay.disable()
    },
  }
}

export type LoadGauge = ReturnType<typeof createLoadGauge>
