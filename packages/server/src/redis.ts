import { randomUUID } from 'node:crypto'
import type { FailureLog } from './auth/throttle.ts'
import { createMemoryBus, staysInProcess, topics, type Bus, type BusMessage } from './bus.ts'
import { log } from './logger.ts'

/**
 * What the server processes of one deployment share through Redis (`REDIS_URL`): the bus, the
 * parts of figures each holds (agents online), and the sign-in failures the throttle counts.
 */
export type RedisLink = {
  bus: Bus & {
    /** Messages that could not reach Redis (it was away): other processes missed them; this one did not. */
    readonly dropped: () => number
  }
  shares: SharedCounts
  failures: FailureLog
  /** Ends both connections. */
  close(): Promise<void>
}

/**
 * Figures each process holds a part of, summed over the processes alive (agents online per store).
 * A process that stops or crashes stops counting within `ALIVE_SECONDS`; one that lost Redis for a
 * while, or whose Redis lost its data, counts again as soon as it is back.
 */
export interface SharedCounts {
  /** This process's part of `key`; kept, and written again until Redis has it (a 0 until Redis removed it). */
  set(key: string, value: number): Promise<void>
  /** The sum over live processes; null while Redis is away (the caller falls back to its own part). */
  sum(key: string): Promise<number | null>
  /**
   * Calls `listener` each time this process is back on Redis, both ways, with its parts written
   * again: what was announced meanwhile never crossed, and sums read meanwhile may have missed parts.
   */
  onRelinked(listener: () => void): void
}

/** A process's lease: its parts stop counting this long after its last write. */
export const ALIVE_SECONDS = 30

/** What travels on a Redis channel: the message, which process sent it, and when (ms since the epoch). */
type Envelope = { origin: string; sentAt: number; message: BusMessage }

export type RedisOptions = {
  /** Told of each Redis error (default: logged, once in a row for the same error). */
  onError?: (error: unknown) => void
  /**
   * Told, for each message heard from another process, the seconds from its publish to here: the
   * bus's latency (`/metrics`). Measured by the two processes' clocks, so it is only as good as
   * their agreement across machines.
   */
  onHeard?: (seconds: number) => void
}

const PREFIX = 'attune:bus:'
/** Commands waiting for Redis's reply on the publishing connection past which a publish is dropped. */
export const PUBLISHES_WAITING_MAX = 20_000

/**
 * The bus is Redis pub/sub, for several processes serving one store. Subscribers in
 * this process hear a message at once, as with the memory bus; other processes hear it through
 * Redis, and ignore their own echo. A topic is subscribed on Redis only while someone here listens.
 *
 * Delivery stays at-most-once, as the `Bus` promises: while Redis is away, publishing drops the
 * message for the other processes instead of queueing it without bound (clients fill the gap from
 * the log when they resume), and both connections reconnect by themselves, subscriptions included.
 */
export async function connectRedis(url: string, { onError = reportOnce(), onHeard }: RedisOptions = {}): Promise<RedisLink> {
  // Loaded here, not at start: a server without REDIS_URL never pays for the client (~0.13 s).
  const { createClient } = await import('@redis/client')
  const local = createMemoryBus()
  const origin = randomUUID()
  const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** retries, 2000)
  const publisher = createClient({ url, disableOfflineQueue: true, commandsQueueMaxLength: PUBLISHES_WAITING_MAX, socket: { reconnectStrategy } })
  // The client gives each command a 5-second timer and an abort signal, which fire even after the
  // reply: for two publishes a message, 6% of a loaded process's busy time and their garbage
  // besides (issue 12). A publish waits for nothing, so it goes without; the queue's bound keeps a
  // stalled Redis from piling them up.
  const publishing = publisher.withCommandOptions({ timeout: undefined })
  // Subscriptions queue while Redis is away: there are few of them, and they must come back.
  const subscriber = createClient({ url, socket: { reconnectStrategy } })
  publisher.on('error', onError)
  subscriber.on('error', onError)
  await Promise.all([publisher.connect(), subscriber.connect()])

  const listeners = new Map<string, number>()
  let dropped = 0
  // Whatever this process publishes comes back on its own subscriptions: half of what a process
  // hears under load (a shopper's message and its conversation's summary). Its own are known by
  // their first characters, as `JSON.stringify` keeps `origin` first, and never parsed.
  const ownEcho = JSON.stringify({ origin } satisfies Pick<Envelope, 'origin'>).slice(0, -1)
  const fromRedis = (raw: string, channel: string) => {
    if (raw.startsWith(ownEcho)) return
    let envelope: Envelope
    try {
      envelope = JSON.parse(raw) as Envelope
    } catch (error) {
      onError(error)
      return
    }
    // A process of an earlier version sends no time.
    if (onHeard && typeof envelope.sentAt === 'number') onHeard(Math.max(0, Date.now() - envelope.sentAt) / 1000)
    local.publish(channel.slice(PREFIX.length), envelope.message)
  }

  // Each process's part of a figure is a field of the figure's hash, counted while the process's
  // lease lives. Redis may lose both (a restart without its data, a failover) or miss a change made
  // while it was away; a part written only when it changes is then lost, or stale, for good (agents
  // with an inbox open counted offline and their chats handed on, decision 013). So the process
  // keeps its parts and writes them all with its lease, in one MULTI, at every heartbeat (a third
  // of the lease) and as soon as it is back: no part is in Redis without a lease written with it.
  // A sum skips the part of a process whose lease is gone and deletes nothing: right after a
  // restart every process is alive and about to write again. A crashed process's part goes with
  // the figure's hash, which expires a lease after the last write of any live process: simpler
  // than a key per process and figure, which a sum could only find by scanning.
  const aliveKey = (process: string) => `attune:alive:${process}`
  const sharesKey = (key: string) => `attune:shares:${key}`
  const parts = new Map<string, number>()
  const writeParts = async (keys: Iterable<string>): Promise<boolean> => {
    if (!publisher.isReady) return false
    const written = [...keys].map((key) => [key, parts.get(key) ?? 0] as const)
    const multi = publisher.multi().set(aliveKey(origin), '1', { EX: ALIVE_SECONDS })
    for (const [key, value] of written) {
      if (value === 0) multi.hDel(sharesKey(key), origin)
      else multi.hSet(sharesKey(key), origin, String(value)).expire(sharesKey(key), ALIVE_SECONDS)
    }
    try {
      await multi.exec()
    } catch (error) {
      onError(error)
      return false
    }
    // A 0 Redis removed is forgotten, unless the part changed meanwhile.
    for (const [key, value] of written) if (value === 0 && parts.get(key) === 0) parts.delete(key)
    return true
  }
  const stayAlive = () => writeParts(parts.keys())
  await stayAlive()
  const heartbeat = setInterval(stayAlive, (ALIVE_SECONDS * 1000) / 3)
  heartbeat.unref()
  const relinked = new Set<() => void>()
  const shares: SharedCounts = {
    async set(key, value) {
      parts.set(key, value)
      await writeParts([key])
    },
    async sum(key) {
      if (!publisher.isReady) return null
      try {
        const held = Object.entries(await publisher.hGetAll(sharesKey(key)))
        if (held.length === 0) return 0
        const alive = await publisher.mGet(held.map(([process]) => aliveKey(process)))
        return held.reduce((total, [, value], i) => (alive[i] === null ? total : total + Number(value)), 0)
      } catch (error) {
        onError(error)
        return null
      }
    },
    onRelinked: (listener) => void relinked.add(listener),
  }

  // Sign-in failures: a sorted set per key, scored by time, that expires with its window. While
  // Redis is away these throw, and the throttle counts in its own memory meanwhile.
  const failuresKey = (key: string) => `attune:failures:${key}`
  const failures: FailureLog = {
    async since(key, since) {
      const times = await publisher.zRangeByScore(failuresKey(key), `(${since}`, '+inf')
      return times.map((member) => Number(member.split(':')[0]))
    },
    async add(key, at, keepMs) {
      await publisher
        .multi()
        .zAdd(failuresKey(key), { score: at, value: `${at}:${randomUUID()}` })
        .zRemRangeByScore(failuresKey(key), '-inf', at - keepMs)
        .pExpire(failuresKey(key), keepMs)
        .exec()
    },
    async clear(key) {
      await publisher.del(failuresKey(key))
    },
  }

  // A SUBSCRIBE still waiting for its reply when Redis goes away is dropped by the client, and
  // the client's own resubscribe on reconnect only knows the subscriptions Redis confirmed. So a
  // refused subscription is asked again when the subscriber is next ready, while someone listens.
  const unconfirmed = new Set<string>()
  const subscribeOnRedis = (topic: string) => {
    subscriber.subscribe(PREFIX + topic, fromRedis).catch((error: unknown) => {
      onError(error)
      unconfirmed.add(topic)
      if (subscriber.isReady) setTimeout(askAgain, 1000).unref()
    })
  }
  const askAgain = () => {
    const topics = [...unconfirmed].filter((topic) => listeners.has(topic))
    unconfirmed.clear()
    for (const topic of topics) subscribeOnRedis(topic)
  }
  // Registered after the first connection, so only a reconnection is told: events published while
  // the subscriber was away are lost for this process, and a conversation whose last event was
  // one of them would show no gap until its next event (minutes, or never). 'ready' comes after
  // the client subscribed again, so what the log is read for now is heard live from here on.
  subscriber.on('ready', () => {
    askAgain()
    local.publish(topics.reconnected, { type: 'reconnected' })
  })
  // Whether this process is on Redis both ways, told on `topics.link` at each change (and to each
  // subscriber at once, below). Back both ways, whichever connection came back last, the parts are
  // written again at once, not at the next heartbeat, and then those who count are told.
  const linked = () => publisher.isReady && subscriber.isReady
  let told = true
  const tellLink = async () => {
    if (linked() === told) return
    told = linked()
    local.publish(topics.link, { type: 'link', linked: told })
    if (told && (await writeParts(parts.keys()))) for (const listener of relinked) listener()
  }
  for (const client of [publisher, subscriber]) client.on('ready', tellLink).on('error', tellLink)

  const bus: RedisLink['bus'] = {
    publish(topic, message) {
      local.publish(topic, message)
      if (staysInProcess(topic)) return
      if (!publisher.isReady) {
        dropped++
        return
      }
      const envelope: Envelope = { origin, sentAt: Date.now(), message }
      publishing.publish(PREFIX + topic, JSON.stringify(envelope)).catch((error: unknown) => {
        dropped++
        onError(error)
      })
    },
    subscribe(topic, handler) {
      if (topic === topics.link) handler({ type: 'link', linked: linked() })
      if (staysInProcess(topic)) return local.subscribe(topic, handler)
      const unsubscribeHere = local.subscribe(topic, handler)
      const count = (listeners.get(topic) ?? 0) + 1
      listeners.set(topic, count)
      if (count === 1) subscribeOnRedis(topic)
      let done = false
      return () => {
        if (done) return
        done = true
        unsubscribeHere()
        const left = (listeners.get(topic) ?? 1) - 1
        if (left > 0) return void listeners.set(topic, left)
        listeners.delete(topic)
        subscriber.unsubscribe(PREFIX + topic, fromRedis).catch(onError)
      }
    },
    dropped: () => dropped,
  }
  return {
    bus,
    shares,
    failures,
    async close() {
      clearInterval(heartbeat)
      // Leaving on purpose: this process's parts stop counting now, not at the end of its lease.
      if (publisher.isReady) await settlesWithin(publisher.del(aliveKey(origin)).catch(onError), CLOSE_WAIT_MS)
      // A client's close() waits for Redis to answer what is waiting on it: a Redis that is away
      // or hung never does, and a process shutting down would never end. Past the wait, what still
      // waits is given up (a publish given up counts as dropped).
      await Promise.all(
        [publisher, subscriber].map(async (client) => {
          if (!(await settlesWithin(client.close(), CLOSE_WAIT_MS))) client.destroy()
        }),
      )
    },
  }
}

/** How long closing waits for Redis's answers (the del above, each connection's close). */
const CLOSE_WAIT_MS = 2_000

/** Whether `promise` settles, either way, within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), ms)))
  const settled = promise.then(
    () => true,
    () => true,
  )
  const inTime = await Promise.race([settled, late])
  clearTimeout(timer)
  return inTime
}

/** Logs a Redis error when it differs from the previous one: a Redis that is away retries every 2 s. */
function reportOnce(): (error: unknown) => void {
  let last = ''
  return (error) => {
    const text = error instanceof Error ? error.message : String(error)
    if (text === last) return
    last = text
    log.error({ redis: text }, 'Redis error')
  }
}
