import { resolve } from 'node:path'
import type { AssetDirs } from '../http/router.ts'
import type { AttuneServerOptions } from '../server.ts'
import { DEFAULT_LIMITS, type GatewayLimits } from '../gateway/limits.ts'
import { CliError } from './command.ts'
import { DEFAULT_REPLY_DELAY_MS } from '../mail/replies.ts'

/** The server's settings from the environment, checked before anything opens. */
export type Config = {
  port: number
  host: string
  /** Absolute: the embedded database and uploaded files. */
  dataDir: string
  /** PostgreSQL instead of the embedded database. */
  databaseUrl?: string
  /** Redis: the bus between several server processes sharing one PostgreSQL. */
  redisUrl?: string
  /** Where browsers reach the server: an origin, no trailing slash. */
  publicUrl?: string
  trustProxy: boolean
  /** Pins the visitor-token key; generated once and kept in the database otherwise. */
  secret?: string
  /** Opens `/metrics` to a scraper that sends it as a bearer token. */
  metricsToken?: string
  /** Limits per client address at the gateway, raised for a shared address (an office, a mall's Wi-Fi). */
  limits: Partial<GatewayLimits>
  /** Accept webhook endpoints on this machine's loopback over plain http (development). */
  webhooksLoopback?: boolean
  /** Outgoing mail: the SMTP server (printed to the console without one), the sender, the reply delay. */
  mail: { smtpUrl?: string; from?: string; replyDelayMs?: number }
}

/** The variables read here, with what each expects; `--help` and the docs list the same. */
export const ENV_VARIABLES = {
  PORT: 'the port to listen on (default 8787)',
  HOST: 'the interface to listen on (default 127.0.0.1; 0.0.0.0 for every interface)',
  ATTUNE_DATA_DIR: 'the embedded database and uploaded files (default .attune-data)',
  DATABASE_URL: 'postgres://… to use PostgreSQL instead of the embedded database',
  REDIS_URL: 'redis://… for several server processes on one PostgreSQL',
  ATTUNE_PUBLIC_URL: 'where browsers reach the server, e.g. https://chat.shop.example',
  ATTUNE_TRUST_PROXY: 'true behind a reverse proxy: honour its X-Forwarded-* headers',
  ATTUNE_SECRET: 'the visitor-token key, 32+ characters (default: generated once and kept)',
  ATTUNE_METRICS_TOKEN: 'serve /metrics (Prometheus) to requests bearing this token, 16+ characters',
  ATTUNE_SOCKETS_PER_IP: `open sockets one client address may hold (default ${DEFAULT_LIMITS.connectionsPerIp})`,
  ATTUNE_CONVERSATIONS_PER_IP: `new conversations per address a minute (default ${DEFAULT_LIMITS.conversationsPerIp.perMinute}, twice that at once)`,
  ATTUNE_CONVERSATIONS_PER_STORE: `new conversations per store a minute (default ${DEFAULT_LIMITS.conversationsPerStore.perMinute})`,
  LOG_LEVEL: 'what the JSON log says: error, warn, info (default), debug, trace, silent',
  ATTUNE_WEBHOOKS_LOOPBACK: 'true: accept webhook endpoints on http://127.0.0.1 (development)',
  SMTP_URL: 'smtp://… or smtps://user:password@host:port (default: mail is printed)',
  ATTUNE_MAIL_FROM: 'the sender of mail, e.g. "Shop <support@shop.example>"',
  ATTUNE_REPLY_MAIL_DELAY: `seconds a reply waits to be read before it is emailed (default ${DEFAULT_REPLY_DELAY_MS / 1000})`,
} as const

const SECRET_MIN_LENGTH = 32

const bad = (variable: string, problem: string) => new CliError('config', `${variable} ${problem}`)

/**
 * Reads and validates the environment. Empty values count as unset (env files often carry
 * `NAME=`). Values are never echoed whole: DATABASE_URL, REDIS_URL, SMTP_URL, ATTUNE_SECRET and ATTUNE_METRICS_TOKEN hold credentials.
 */
export function readConfig(env: Readonly<Record<string, string | undefined>>, cwd: string): Config {
  const get = (name: keyof typeof ENV_VARIABLES) => {
    const value = env[name]?.trim()
    return value ? value : undefined
  }
  const config: Config = {
    port: parsePort(get('PORT')),
    host: get('HOST') ?? '127.0.0.1',
    dataDir: resolve(cwd, get('ATTUNE_DATA_DIR') ?? '.attune-data'),
    trustProxy: parseBoolean('ATTUNE_TRUST_PROXY', get('ATTUNE_TRUST_PROXY')),
    limits: {},
    mail: {},
  }
  const sockets = get('ATTUNE_SOCKETS_PER_IP')
  if (sockets) config.limits.connectionsPerIp = parseCount('ATTUNE_SOCKETS_PER_IP', sockets)
  const conversations = get('ATTUNE_CONVERSATIONS_PER_IP')
  if (conversations) {
    const perMinute = parseCount('ATTUNE_CONVERSATIONS_PER_IP', conversations)
    config.limits.conversationsPerIp = { burst: 2 * perMinute, perMinute }
  }
  const perStore = get('ATTUNE_CONVERSATIONS_PER_STORE')
  if (perStore) {
    // A flash sale brings many new chats at once: the burst grows with the rate, as the default's does.
    const perMinute = parseCount('ATTUNE_CONVERSATIONS_PER_STORE', perStore)
    config.limits.conversationsPerStore = { burst: Math.ceil((perMinute * 5) / 3), perMinute }
  }
  if (parseBoolean('ATTUNE_WEBHOOKS_LOOPBACK', get('ATTUNE_WEBHOOKS_LOOPBACK'))) config.webhooksLoopback = true
  const databaseUrl = get('DATABASE_URL')
  if (databaseUrl) config.databaseUrl = parseDatabaseUrl(databaseUrl)
  const redisUrl = get('REDIS_URL')
  if (redisUrl) config.redisUrl = parseRedisUrl(redisUrl, config.databaseUrl)
  const smtpUrl = get('SMTP_URL')
  if (smtpUrl) config.mail.smtpUrl = parseSmtpUrl(smtpUrl)
  const from = get('ATTUNE_MAIL_FROM')
  if (from) config.mail.from = from
  const delay = get('ATTUNE_REPLY_MAIL_DELAY')
  if (delay) config.mail.replyDelayMs = parseCount('ATTUNE_REPLY_MAIL_DELAY', delay) * 1000
  const publicUrl = get('ATTUNE_PUBLIC_URL')
  if (publicUrl) config.publicUrl = parsePublicUrl(publicUrl)
  // Not trimmed: a secret is taken exactly as given.
  const secret = env.ATTUNE_SECRET
  if (secret) {
    if (secret.length < SECRET_MIN_LENGTH)
      throw bad('ATTUNE_SECRET', `must be at least ${SECRET_MIN_LENGTH} characters (it has ${secret.length}); try: openssl rand -base64 32`)
    config.secret = secret
  }
  const metricsToken = env.ATTUNE_METRICS_TOKEN
  if (metricsToken) {
    if (metricsToken.length < 16) throw bad('ATTUNE_METRICS_TOKEN', `must be at least 16 characters (it has ${metricsToken.length})`)
    config.metricsToken = metricsToken
  }
  return config
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 8787
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN
  if (!(port >= 0 && port <= 65535)) throw bad('PORT', `must be a whole number from 0 to 65535, not "${value}"`)
  return port
}

function parseCount(variable: string, value: string): number {
  const count = /^\d{1,9}$/.test(value) ? Number(value) : 0
  if (count < 1) throw bad(variable, `must be a whole number of at least 1, not "${value}"`)
  return count
}

function parseBoolean(variable: string, value: string | undefined): boolean {
  if (value === undefined) return false
  const lower = value.toLowerCase()
  if (lower === 'true' || lower === '1') return true
  if (lower === 'false' || lower === '0') return false
  throw bad(variable, `must be true, false, 1 or 0, not "${value}"`)
}

function parseDatabaseUrl(value: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    throw bad('DATABASE_URL', `must start with postgres:// or postgresql://${scheme ? ` (it starts with ${scheme}:)` : ''}`)
  }
  if (!URL.canParse(value)) throw bad('DATABASE_URL', 'is not a valid URL (a password with @, : or / must be percent-encoded)')
  return value
}

function parseRedisUrl(value: string, databaseUrl: string | undefined): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  if (scheme !== 'redis' && scheme !== 'rediss') {
    throw bad('REDIS_URL', `must start with redis:// or rediss://${scheme ? ` (it starts with ${scheme}:)` : ''}`)
  }
  if (!URL.canParse(value)) throw bad('REDIS_URL', 'is not a valid URL (a password with @, : or / must be percent-encoded)')
  // Processes that share a bus must share the conversations too: the embedded database is one process's.
  if (!databaseUrl) throw bad('REDIS_URL', 'needs DATABASE_URL: several processes share PostgreSQL, not the embedded database')
  return value
}

function parseSmtpUrl(value: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase()
  if (scheme !== 'smtp' && scheme !== 'smtps') {
    throw bad('SMTP_URL', `must start with smtp:// or smtps://${scheme ? ` (it starts with ${scheme}:)` : ''}`)
  }
  if (!URL.canParse(value)) throw bad('SMTP_URL', 'is not a valid URL (a password with @, : or / must be percent-encoded)')
  return value
}

function parsePublicUrl(value: string): string {
  if (!URL.canParse(value)) throw bad('ATTUNE_PUBLIC_URL', `must be an absolute URL like https://chat.shop.example, not "${value}"`)
  const url = new URL(value)
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw bad('ATTUNE_PUBLIC_URL', `must start with https:// or http://, not "${url.protocol}"`)
  if (url.username || url.password) throw bad('ATTUNE_PUBLIC_URL', 'must not carry a user name or password')
  // Attune serves from the root of its host: /inbox, /widget/… and /v1/… are absolute paths.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw bad('ATTUNE_PUBLIC_URL', `must be just scheme://host[:port], without a path, query or fragment, not "${value}"`)
  }
  return url.origin
}

/** The address the snippet and the printed links use. */
export function serverUrl(config: Config): string {
  if (config.publicUrl) return config.publicUrl
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  return `http://${host}:${config.port}`
}

/** What `createAttuneServer` takes from the settings. */
export function serverOptions(config: Config, extra: { demo: boolean; assets: AssetDirs }): AttuneServerOptions {
  return {
    port: config.port,
    host: config.host,
    dataDir: config.dataDir,
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : {}),
    ...(config.redisUrl ? { redisUrl: config.redisUrl } : {}),
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    ...(config.secret ? { secret: config.secret } : {}),
    ...(config.metricsToken ? { metricsToken: config.metricsToken } : {}),
    trustProxy: config.trustProxy,
    ...(Object.keys(config.limits).length ? { gateway: config.limits } : {}),
    ...(config.webhooksLoopback ? { webhooks: { allowLoopback: true } } : {}),
    ...(Object.keys(config.mail).length ? { mail: config.mail } : {}),
    demo: extra.demo,
    assets: extra.assets,
  }
}
