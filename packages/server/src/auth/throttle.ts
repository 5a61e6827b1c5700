/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet): failures are counted per account and per
 * client address over a window; past the limit, sign-in is refused with a retry time, even with
 * the right password, until the window has moved on. A success clears the account's count.
 * With several processes the failures live in Redis, so spreading attempts over processes gains
 * an attacker nothing; while Redis is away each process counts in its own memory.
 */
export type ThrottleOptions = { windowMs: number; perAccount: number; perAddress: number; now?: () => number }

const SIGN_IN_LIMITS: ThrottleOptions = { windowMs: 15 * 60 * 1000, perAccount: 10, perAddress: 50 }

/** Where failures are kept: this process's memory, or Redis, shared by every process. */
export interface FailureLog {
  /** The times of failures under `key` after `since`, oldest first. */
  since(key: string, since: number): Promise<number[]>
  /** Records one, and forgets those older than `keepMs`. */
  add(key: string, at: number, keepMs: number): Promise<void>
  clear(key: string): Promise<void>
}

function createMemoryFailureLog(): FailureLog {
  const failures = new Map<string, number[]>()
  return {
    async since(key, since) {
      return (failures.get(key) ?? []).filter((t) => t > since)
    },
    async add(key, at, keepMs) {
      failures.set(key, [...(failures.get(key) ?? []).filter((t) => t > at - keepMs), at])
    },
    async clear(key) {
      failures.delete(key)
    },
  }
}

export function createSignInThrottle(options: ThrottleOptions = SIGN_IN_LIMITS, shared?: FailureLog) {
  const now = options.now ?? Date.now
  const local = createMemoryFailureLog()
  const log = shared ? withFallback(shared, local) : local
  const keys = (account: string, address: string) => [
    { key: `account:${account.trim().toLowerCase()}`, limit: options.perAccount },
    { key: `address:${address}`, limit: options.perAddress },
  ]

  return {
    /** Seconds to wait before trying again, or 0 when an attempt may go ahead. */
    async retryAfter(account: string, address: string): Promise<number> {
      let wait = 0
      const at = now()
      for (const { key, limit } of keys(account, address)) {
        const list = await log.since(key, at - options.windowMs)
        if (list.length >= limit) wait = Math.max(wait, Math.ceil((list[list.length - limit]! + options.windowMs - at) / 1000))
      }
      return wait
    },
    async failed(account: string, address: string): Promise<void> {
      const at = now()
      for (const { key } of keys(account, address)) await log.add(key, at, options.windowMs)
    },
    async succeeded(account: string): Promise<void> {
      await log.clear(`account:${account.trim().toLowerCase()}`)
    },
  }
}

/** The shared log, or this process's own while the shared one cannot answer. */
function withFallback(shared: FailureLog, local: FailureLog): FailureLog {
  const either =
    <A extends unknown[], R>(pick: (log: FailureLog) => (...args: A) => Promise<R>) =>
    (...args: A) =>
      pick(shared)(...args).catch(() => pick(local)(...args))
  return { since: either((l) => l.since), add: either((l) => l.add), clear: either((l) => l.clear) }
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>
