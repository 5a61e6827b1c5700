import { log } from '../logger.ts'
import type { CheckInTimers } from './check-in-timers.ts'

/** Conversations whose timers a start or a sweep runs at once. */
const TIMER_BATCH = 10
/**
 * How often each process looks for stored timers their own process left overdue (decision 049):
 * it went away, and its shoppers wait on another. One read per process however many wait.
 */
const SWEEP_MS = 30_000
/**
 * How late a stored timer is before another process runs it: its own process's timer fires on
 * time and moves it on, so live processes never run each other's. Runs are idempotent anyway.
 */
export const TAKE_OVER_AFTER_MS = 30_000
/** Overdue timers a sweep takes at a time. */
const TAKE_BATCH = 100

/** Calls `sweep` now and then; answers how to stop. */
export type SweepSchedule = (sweep: () => Promise<void>) => () => void

/** Every SWEEP_MS; unref'd, so the sweeps never hold the process open. */
const everySweepMs: SweepSchedule = (sweep) => {
  const timer = setInterval(() => void sweep(), SWEEP_MS)
  timer.unref?.()
  return () => clearInterval(timer)
}

export type TimerSweepsDeps = {
  stored: Pick<CheckInTimers, 'takeOverdue' | 'all'>
  /** Runs a conversation's rules as its timer would. */
  runTimer(conversationId: string): Promise<void>
  now: () => number
  /** When to sweep; every SWEEP_MS by default (tests call it themselves). */
  schedule?: SweepSchedule
}

/**
 * The timers a process runs besides its own (decision 049): at its start, every stored timer (the
 * process that set it may be this one's previous life, and no other runs it before it is overdue)
 * and each waiting shopper with none stored yet; from then on, every SWEEP_MS, those another
 * process left overdue by more than TAKE_OVER_AFTER_MS. A few at a time: this runs while the
 * server serves, and shoppers' frames come first.
 */
export function createTimerSweeps(deps: TimerSweepsDeps) {
  let stopped = false
  let stopSchedule: (() => void) | undefined
  /** The sweep under way: one at a time. */
  let sweeping: Promise<void> | undefined

  async function runTimers(conversationIds: readonly string[]): Promise<void> {
    for (let i = 0; i < conversationIds.length && !stopped; i += TIMER_BATCH) {
      await Promise.all(conversationIds.slice(i, i + TIMER_BATCH).map(deps.runTimer))
    }
  }

  /** Runs the stored timers overdue by more than TAKE_OVER_AFTER_MS, taken a batch at a time (check-in-timers.ts). */
  async function sweepOverdue(): Promise<void> {
    for (let taken = TAKE_BATCH; taken === TAKE_BATCH && !stopped;) {
      const at = deps.now()
      const ids = await deps.stored.takeOverdue(at - TAKE_OVER_AFTER_MS, at, TAKE_BATCH)
      await runTimers(ids)
      taken = ids.length
    }
  }

  /** One sweep at a time: one asked for while another runs is that one. */
  function sweep(): Promise<void> {
    sweeping ??= sweepOverdue()
      .catch((error: unknown) => log.error({ err: error }, 'running overdue check-in timers failed; the next sweep tries again'))
      .finally(() => (sweeping = undefined))
    return sweeping
  }

  return {
    /** After a start: sweeps from now on, and runs every stored timer and each waiting shopper's at once. */
    async resume(): Promise<void> {
      if (stopped) return
      stopSchedule ??= (deps.schedule ?? everySweepMs)(sweep)
      await runTimers(await deps.stored.all())
    },
    /** Stops sweeping, and waits for a sweep under way. */
    async stop(): Promise<void> {
      stopped = true
      stopSchedule?.()
      await sweeping
    },
  }
}
