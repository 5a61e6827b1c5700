import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pino, type Logger, type LoggerOptions } from 'pino'

/**
 * The server's log: one JSON object per line on stdout (pino), for a log shipper to read. Set
 * `LOG_LEVEL` (trace, debug, info, warn, error, silent); the default is info. A request's lines
 * carry its `req` id (also sent back as `X-Request-Id`), a socket's lines its `conn` id, so one
 * shopper's trouble can be followed through the lines of a busy process.
 *
 * What never goes in: tokens, cookies, passwords, message text. Paths are logged without their
 * query string, and errors by their message and stack.
 */
const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']
const asked = process.env.LOG_LEVEL?.trim().toLowerCase() || 'info'

/**
 * An error as its type, message (its causes' too), code and stack, and those of the errors an
 * AggregateError holds (a connection refused on each of localhost's addresses): whatever else a
 * library hung on it stays out. node-postgres puts the pooled client on a connection's error, and
 * each such line carried the connection's settings and every prepared statement's SQL, ~10 KB.
 */
function errorFields(error: unknown): unknown {
  if (!(error instanceof Error)) return error
  const { type, message, stack, code } = pino.stdSerializers.err(error) as { type: string; message: string; stack: string; code?: unknown }
  const fields = code === undefined ? { type, message, stack } : { type, message, code, stack }
  return error instanceof AggregateError ? { ...fields, errors: error.errors.map(errorFields) } : fields
}

export const logOptions: LoggerOptions = {
  // A mistyped level must not stop the server from starting: it logs at info and says so below.
  level: LEVELS.includes(asked) ? asked : 'info',
  base: { service: 'attune-server' },
  // A careless `log.info({ headers })` still drops the secrets in them.
  redact: { paths: ['*.authorization', '*.cookie', '*.token', '*.password', 'headers.authorization', 'headers.cookie'], censor: '[redacted]' },
  serializers: { err: errorFields },
}

export const log: Logger = pino(logOptions)

if (!LEVELS.includes(asked)) log.warn(`LOG_LEVEL must be one of ${LEVELS.join(', ')}, not "${asked}"; logging at info`)

/** A caller's own correlation id (a proxy's or a load balancer's), when it is a plain token. */
const GIVEN_ID = /^[\w.:-]{8,64}$/

const requestLogs = new WeakMap<IncomingMessage, Logger>()

/**
 * Starts a request's log: its id (the proxy's `X-Request-Id` when well formed, else a new one) is
 * echoed in the response's `X-Request-Id`, so a store developer can quote it in a bug report.
 */
export function startRequestLog(req: IncomingMessage, res: ServerResponse): Logger {
  const given = req.headers['x-request-id']
  const id = typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID()
  if (!res.headersSent) res.setHeader('X-Request-Id', id)
  const child = log.child({ req: id, method: req.method, path: (req.url ?? '/').split('?')[0] })
  requestLogs.set(req, child)
  return child
}

/** The log of a request `startRequestLog` saw (the process's log otherwise, e.g. in unit tests). */
export function requestLog(req: IncomingMessage): Logger {
  return requestLogs.get(req) ?? log
}

/** A socket's log, with a fresh `conn` id and who it serves (never their token). */
export function connectionLog(fields: { role: string; siteId?: string }): Logger {
  return log.child({ conn: randomUUID(), ...fields })
}
