// Resending what the server refused for now. Its own module, apart from errors.ts: the widget's
// launcher chunk holds AttuneError (it shares it with the panel), and only the panel's channel
// resends, so a visitor who never opens the chat does not download this.
import { MIN_RETRY_MS } from '@attune/protocol'

/** Refusals that say "not now", not "never": the item stays queued and is sent again. */
export function isTransient(code: string): boolean {
  return code === 'rate_limited' || code === 'unavailable' || code === 'internal'
}

/**
 * `internal` this often for one item means the item itself fails (a poison message, issue 11
 * finding 8), not the server: it is failed for good, with its retry button, instead of resent
 * every 2 s for ever.
 */
const MAX_INTERNAL_RETRIES = 5

/**
 * When to resend each item the server refused: `rate_limited` and `unavailable` after the server's hint (at least
 * 2 s), `internal` after 2, 4, 8, 16, 32 s and then never; every other code is final (null).
 */
export function createRetries() {
  const internal = new Map<string, number>()
  return {
    /** Milliseconds until `ref` goes again, or null when the refusal is final. */
    delay(ref: string, frame: { code: string; retryAfterMs?: number | undefined }): number | null {
      if (!isTransient(frame.code)) return null
      if (frame.code !== 'internal') return Math.max(MIN_RETRY_MS, frame.retryAfterMs ?? 0)
      const tries = (internal.get(ref) ?? 0) + 1
      internal.set(ref, tries)
      if (tries <= MAX_INTERNAL_RETRIES) return MIN_RETRY_MS * 2 ** (tries - 1)
      internal.delete(ref)
      return null
    },
    /** The item was stored (or failed): forget its count. */
    settled(ref: string): void {
      internal.delete(ref)
    },
  }
}
