import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'
import type { Bus } from './bus.ts'
import type { Database, Queryable } from './db/database.ts'

/** Seconds: from a frame's arrival to its answer; from a statement's start to its rows; a message's trip between processes. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10]

/**
 * What `/metrics` reports, in Prometheus's text format (prom-client). One registry per server,
 * so tests that start several servers in one process do not share counts. Besides these, the
 * process's own figures: CPU, memory, event-loop lag, open handles.
 */
export function createMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'attune_' })
  const registers = [registry]
  let statements = 0
  new Gauge({
    name: 'attune_database_statements_in_flight',
    help: 'Statements sent to the database and not answered yet (past a limit the gateway refuses new writes)',
    registers,
    collect() {
      this.set(statements)
    },
  })
  let busDrops = () => 0
  new Counter({
    name: 'attune_bus_dropped_total',
    help: 'Messages published while Redis was away or too far behind: the other processes missed them (this one heard them)',
    registers,
    collect() {
      this.reset()
      this.inc(busDrops())
    },
  })
  return {
    registry,
    /** Where `attune_bus_dropped_total` is read from: the Redis link's own count. */
    countBusDrops(count: () => number): void {
      busDrops = count
    },
    /** Statements sent to the database and not answered yet: how far behind it is (gateway/load.ts). */
    statementsInFlight: () => statements,
    /** Counts a statement from its start; call the returned function when it is answered. */
    statementStarted(): () => void {
      statements++
      return () => void statements--
    },
    connections: new Gauge({ name: 'attune_connections', help: 'Open WebSocket connections', labelNames: ['role'] as const, registers }),
    frames: new Histogram({
      name: 'attune_frame_seconds',
      help: 'Client frames by type, from arrival to the answer sent (for a send: the ack, after the message is stored)',
      labelNames: ['type'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    messages: new Counter({ name: 'attune_messages_stored_total', help: 'Messages stored and acked', labelNames: ['role'] as const, registers }),
    errors: new Counter({ name: 'attune_errors_total', help: 'Error frames and responses sent, by code', labelNames: ['code'] as const, registers }),
    database: new Histogram({
      name: 'attune_database_seconds',
      help: 'Database statements and transactions',
      labelNames: ['operation'] as const,
      buckets: LATENCY_BUCKETS,
      registers,
    }),
    bus: new Counter({ name: 'attune_bus_published_total', help: 'Messages published on the bus', registers }),
    busHeard: new Histogram({
      name: 'attune_bus_seconds',
      help: "Messages heard from another process through Redis, from their publish to here (by the two processes' clocks)",
      buckets: LATENCY_BUCKETS,
      registers,
    }),
  }
}

export type Metrics = ReturnType<typeof createMetrics>

/** The database, with every statement and transaction timed. */
export function timedDatabase(db: Database, metrics: Metrics): Database {
  const time = <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    const end = metrics.database.startTimer({ operation })
    return work().finally(() => end())
  }
  const statement = <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    const answered = metrics.statementStarted()
    return time(operation, work).finally(answered)
  }
  const timed = (q: Queryable): Queryable => ({
    query: (sql, params) => statement('query', () => q.query(sql, params)),
    exec: (sql) => statement('exec', () => q.exec(sql)),
  })
  return {
    ...timed(db),
    transaction: (fn) => time('transaction', () => db.transaction((tx) => fn(timed(tx)))),
    close: () => db.close(),
  }
}

/**
 * `GET /metrics` for a Prometheus scraper. Off unless ATTUNE_METRICS_TOKEN is set, and then only
 * with `Authorization: Bearer <token>`: the figures describe a store's traffic.
 */
export async function serveMetrics(req: IncomingMessage, res: ServerResponse, metrics: Metrics, token: string | undefined): Promise<boolean> {
  if (!token) return false
  const given = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
  if (!sameSecret(given, token)) {
    res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }).end('A bearer token is required.\n')
    return true
  }
  res.writeHead(200, { 'content-type': metrics.registry.contentType, 'cache-control': 'no-store' })
  res.end(await metrics.registry.metrics())
  return true
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The bus, counting what is published. */
export function countedBus(bus: Bus, metrics: Metrics): Bus {
  return {
    publish(topic, message) {
      metrics.bus.inc()
      bus.publish(topic, message)
    },
    subscribe: (topic, handler) => bus.subscribe(topic, handler),
  }
}
