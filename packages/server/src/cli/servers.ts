import { topics, type Bus, type RevokedMessage } from '../bus.ts'
import { RECHECK_MS } from '../gateway/inbox-recheck.ts'
import { connectRedis } from '../redis.ts'
import type { Io } from './command.ts'
import type { Config } from './config.ts'

/** How long a command waits for Redis before it finishes without telling the servers. */
const REDIS_WAIT_MS = 5_000

/** What a command prints after its own words when the running servers were not told. */
const UNTOLD_CONSEQUENCE = `inboxes open now see the change when they next connect, and a removed or signed-out person's inbox closes within ${RECHECK_MS / 60_000} minutes (restarting the server does both at once)`

/** Closes the person's open inboxes, as the HTTP API's `revoke` does (bus.ts: RevokedMessage). */
export const revoke = (bus: Bus, personId: string, scope: Omit<RevokedMessage, 'type'>) =>
  bus.publish(topics.person(personId), { type: 'revoked', ...scope })

/** Prints, after a command's own words, why the running servers did not hear it (`tellServers`), when so. */
export function noteUntold(io: Pick<Io, 'err'>, untold: string | null): void {
  if (untold) io.err(`[Attune] ${untold}: ${UNTOLD_CONSEQUENCE}.`)
}

/**
 * Tells the running servers what a command changed that they keep live (an inbox's open
 * connection, the team's lists): `say` publishes it on their bus. Answers why they may not have
 * heard, or null:
 * - the embedded database: no server runs beside a command (the data directory's lock), so null;
 * - DATABASE_URL and REDIS_URL: the command joins the servers' bus for a moment;
 * - DATABASE_URL alone: a server's bus lives inside its own process, out of this one's reach.
 */
export async function tellServers(config: Config, say: (bus: Bus) => Promise<void> | void): Promise<string | null> {
  if (!config.databaseUrl) return null
  if (!config.redisUrl) return 'If a server is running, it was not told (without REDIS_URL nothing reaches it from another process)'
  // A Redis that is away is tried again and again (redis.ts): the command goes on without it, and
  // the attempt ends with the process (cli.ts exits when the command is done).
  const link = await within(
    connectRedis(config.redisUrl, { onError: () => {} }).catch(() => null),
    REDIS_WAIT_MS,
  )
  if (!link) return 'The running servers were not told (Redis at REDIS_URL did not answer)'
  try {
    await say(link.bus)
  } finally {
    // Waits for Redis to take what was published.
    await link.close()
  }
  return null
}

/** What `promise` resolves to within `ms`, else null. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)))
  try {
    return await Promise.race([promise, late])
  } finally {
    clearTimeout(timer)
  }
}
