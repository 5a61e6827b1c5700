/**
 * How long a failed send waits before the next try: a mail server that is down for an hour or a
 * night loses nothing. After the last delay the message is given up, with its error kept.
 */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 60 * 60_000, 6 * 60 * 60_000, 24 * 60 * 60_000] as const

/** The wait before attempt number `attempts + 1` after `attempts` failures; null when it is time to give up. */
export function retryDelay(attempts: number): number | null {
  return RETRY_DELAYS_MS[attempts - 1] ?? null
}
