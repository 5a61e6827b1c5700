/**
 * Sign-in throttling (OWASP Authentication Cheat Sheet): failures are counted per account and per
 * client address over a window; past the limit, sign-in is refused with a retry time, even with
 * the right password, until the window has moved on. In memory, per process (the Redis bus of
 * the scale issue shares the counters). A success clears the account's count.
 */
export type ThrottleOptions = { windowMs: number; perAccount: number; perAddress: number; now?: () => number }

const SIGN_IN_LIMITS: ThrottleOptions = { windowMs: 15 * 60 * 1000, perAccount: 10, perAddress: 50 }

export function createSignInThrottle(options: ThrottleOptions = SIGN_IN_LIMITS) {
  const now = options.now ?? Date.now
  const failures = new Map<string, number[]>()

  const recent = (key: string): number[] => {
    const since = now() - options.windowMs
    const list = (failures.get(key) ?? []).filter((t) => t > since)
    if (list.length) failures.set(key, list)
    else failures.delete(key)
    return list
  }
  const keys = (account: string, address: string) => [
    { key: `account:${account.trim().toLowerCase()}`, limit: options.perAccount },
    { key: `address:${address}`, limit: options.perAddress },
  ]

  return {
    /** Seconds to wait before trying again, or 0 when an attempt may go ahead. */
    retryAfter(account: string, address: string): number {
      let wait = 0
      for (const { key, limit } of keys(account, address)) {
        const list = recent(key)
        if (list.length >= limit) wait = Math.max(wait, Math.ceil((list[list.length - limit]! + options.windowMs - now()) / 1000))
      }
      return wait
    },
    failed(account: string, address: string): void {
      for (const { key } of keys(account, address)) failures.set(key, [...recent(key), now()])
    },
    succeeded(account: string): void {
      failures.delete(`account:${account.trim().toLowerCase()}`)
    },
  }
}

export type SignInThrottle = ReturnType<typeof createSignInThrottle>
