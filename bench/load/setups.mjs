// What the load is driven against: a bare `ws` relay (the floor), the Attune server as shipped on
// its embedded database, and two Attune processes sharing a throwaway PostgreSQL and Redis. Each
// gives the generator its URLs, restarts its processes, and at the end reads back from its
// database how many times each acked message was stored.
import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync } from 'node:fs'
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { sleep } from './clients.mjs'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const dist = join(repo, 'packages/server/dist')

/**
 * Every process under test runs with a SIGUSR2 handler that collects garbage (preloaded here, not
 * in the server): a process's resident memory then says what it holds, not how long since its
 * last full collection (the embedded one carries ~350 MB of start-up garbage until then).
 */
const GC_ON_SIGNAL = ['--expose-gc', '--import', 'data:text/javascript,process.on("SIGUSR2",()=>globalThis.gc())']

/** The process's resident memory after a full garbage collection, in KB. */
export async function settledRssKb(pid) {
  process.kill(pid, 'SIGUSR2')
  await sleep(1500)
  return Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN)
}

/**
 * CPU time (user + system, every thread) the processes have used so far, in ms; null where /proc
 * cannot say (not Linux). Read from /proc/<pid>/stat in clock ticks, 100 a second on Linux.
 */
export async function cpuMs(pids) {
  try {
    const ticks = await Promise.all(
      pids.map(async (pid) => {
        // The name in parentheses may hold spaces: fields are counted after its closing one.
        const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ')
        return Number(fields[11]) + Number(fields[12])
      }),
    )
    return ticks.reduce((x, y) => x + y, 0) * 10
  } catch {
    return null
  }
}

/**
 * The longest the servers' event loops were held since the last call, in ms (prom-client's
 * `nodejs_eventloop_lag_max_seconds`, which each read of `/metrics` starts again); null when a
 * server does not say (the relay has no `/metrics`).
 */
export async function loopStallMs(httpUrls) {
  try {
    const maxima = await Promise.all(
      httpUrls.map(async (url) => {
        const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text()
        return 1000 * Number(/^attune_nodejs_eventloop_lag_max_seconds (\S+)$/m.exec(text)?.[1] ?? NaN)
      }),
    )
    return maxima.length && maxima.every(Number.isFinite) ? Math.max(...maxima) : null
  } catch {
    return null
  }
}

/** Each process under test also reports its stalls' time on a core (stall-watch.mjs, preloaded). */
const WATCH_STALLS = ['--import', pathToFileURL(join(repo, 'bench/load/stall-watch.mjs')).href]

/**
 * The longest stall the servers' own watch saw since `since` (ms since the epoch): `{ ms, onCore }`,
 * how long the gap between its ticks was and how much of it the main thread spent on a core (the
 * server's own work; the rest it waited for one). `{ ms: 0, onCore: 0 }` when none came 20 ms
 * late; null where the watch cannot say (no files, not Linux).
 */
export async function longestWatchedStall(stallFiles, since) {
  if (stallFiles.length === 0 || !existsSync('/proc/thread-self/schedstat')) return null
  let longest = { ms: 0, onCore: 0 }
  for (const file of stallFiles) {
    const lines = existsSync(file) ? (await readFile(file, 'utf8')).split('\n') : []
    for (const line of lines) {
      if (!line) continue
      const stall = JSON.parse(line)
      if (stall.at >= since && stall.ms > longest.ms) longest = stall
    }
  }
  return longest
}

async function freePort() {
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => done(port))
    })
  })
}

async function login(httpUrl) {
  const res = await fetch(`${httpUrl}/api/agent/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
  })
  return (res.headers.get('set-cookie') ?? '').split(';')[0]
}

/** Waits until something listens on the port (up to 30 s). */
async function listening(port) {
  for (let i = 0; i < 600; i++) {
    const open = await new Promise((done) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => done(true) || socket.destroy())
      socket.once('error', () => done(false))
    })
    if (open) return
    await sleep(50)
  }
  throw new Error(`nothing listens on port ${port} after 30 s`)
}

export async function startRelay({ processes }) {
  const port = await freePort()
  const child = await processes.start(process.execPath, [...GC_ON_SIGNAL, join(repo, 'bench/load/relay.mjs')], {
    env: { ...process.env, PORT: String(port) },
  })
  await listening(port)
  const ws = `ws://127.0.0.1:${port}`
  return {
    name: 'bare ws relay',
    key: 'relay',
    idle: { url: ws, pid: child.pid },
    pids: () => [child.pid],
    metricsUrls: () => [],
    stallFiles: () => [],
    layouts: [{ name: 'one process', shopper: () => ws, agent: () => ws }],
    agentCookie: async () => '',
    async finish() {
      child.kill()
      return null
    },
  }
}

/**
 * One `dist/cli.js start --demo` process on a fixed port: `launch` (again and again, on the same
 * data) answers the seconds until /readyz says ready; `halt` is SIGTERM, `kill` is SIGKILL.
 */
function attuneProcess(serverEnv, profileDir, processes) {
  const cli = join(dist, 'cli.js')
  const args = [...GC_ON_SIGNAL, ...WATCH_STALLS, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), cli, 'start', '--demo']
  const http = `http://127.0.0.1:${serverEnv.PORT}`
  // Its log (JSON lines on stdout) goes to a file beside its data: read when it fails to start.
  const logFile = join(serverEnv.ATTUNE_DATA_DIR, 'bench-server.log')
  const stallsFile = join(serverEnv.ATTUNE_DATA_DIR, 'bench-stalls.jsonl')
  const env = { ...serverEnv, BENCH_STALLS_FILE: stallsFile }
  let child = null
  const exited = (c) => !c || c.exitCode !== null || c.signalCode !== null
  const stop = async (signal, graceMs) => {
    const running = child
    if (exited(running)) return
    const gone = new Promise((r) => running.once('exit', r))
    running.kill(signal)
    const timer = setTimeout(() => running.kill('SIGKILL'), graceMs)
    await gone
    clearTimeout(timer)
  }
  return {
    http,
    ws: http.replace('http', 'ws'),
    stallsFile,
    get pid() {
      return child?.pid
    },
    async launch() {
      const started = performance.now()
      child = await processes.start(process.execPath, args, { env: { ...process.env, ...env }, stdout: logFile })
      for (let i = 0; i < 3000; i++) {
        if (exited(child)) {
          const tail = (await readFile(logFile, 'utf8')).trim().split('\n').slice(-3).join('\n')
          throw new Error(`the Attune server exited at start (${child.exitCode ?? child.signalCode}); its log ends:\n${tail}`)
        }
        const ready = await fetch(`${http}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
        if (ready) return (performance.now() - started) / 1000
        await sleep(50)
      }
      throw new Error('the Attune server did not become ready in 150 s')
    },
    /** SIGTERM, as a deploy does; SIGKILL if it has not stopped within a minute. */
    halt: () => stop('SIGTERM', 60_000),
    kill: () => stop('SIGKILL', 0),
  }
}

/** What the bench shows `/metrics` to (a server serves it only with a token). */
const METRICS_TOKEN = randomBytes(16).toString('hex')

const baseEnv = (port, dataDir) => ({
  PORT: String(port),
  HOST: '127.0.0.1',
  ATTUNE_DATA_DIR: dataDir,
  ATTUNE_METRICS_TOKEN: METRICS_TOKEN,
  // Every simulated shopper is 127.0.0.1: lift the per-address limits, as a mall's Wi-Fi would need.
  ATTUNE_SOCKETS_PER_IP: '1000000',
  ATTUNE_CONVERSATIONS_PER_IP: '1000000',
  ATTUNE_CONVERSATIONS_PER_STORE: '1000000',
})

/** Each acked client id → how many events carry it, by SQL through the server's own database layer. */
async function storedCounts(db, clientIds) {
  const counts = new Map()
  for (let i = 0; i < clientIds.length; i += 5000) {
    // A join, not `client_id = ANY($1)`: PostgreSQL compared every event with each of the 5,000 ids
    // of a batch in turn, and reading back 172,500 took minutes; joined, the ids are hashed once.
    const rows = await db.query(
      'SELECT e.client_id, count(*)::int AS n FROM events e JOIN unnest($1::text[]) AS asked(id) ON e.client_id = asked.id GROUP BY e.client_id',
      [clientIds.slice(i, i + 5000)],
    )
    for (const row of rows) counts.set(row.client_id, row.n)
  }
  return counts
}

async function readBack(open, clientIds) {
  let db
  try {
    db = await open()
    return await storedCounts(db, clientIds)
  } catch (error) {
    return { error: String(error?.message ?? error) }
  } finally {
    await db?.close().catch(() => undefined)
  }
}

const importDist = (path) => import(pathToFileURL(join(dist, path)).href)

export async function startEmbedded({ profile, processes }) {
  if (!existsSync(join(dist, 'cli.js'))) throw new Error('packages/server/dist/cli.js is missing: run `pnpm build` first.')
  const dataDir = await mkdtemp(join(tmpdir(), 'attune-load-'))
  const profileDir = profile ? await mkdtemp(join(tmpdir(), 'attune-profile-')) : null
  const server = attuneProcess(baseEnv(await freePort(), dataDir), profileDir, processes)
  await server.launch()
  return {
    name: 'Attune, embedded database, one process',
    key: 'embedded',
    idle: {
      url: server.ws,
      get pid() {
        return server.pid
      },
    },
    pids: () => [server.pid],
    metricsUrls: () => [server.http],
    stallFiles: () => [server.stallsFile],
    layouts: [{ name: 'one process', shopper: () => server.ws, agent: () => server.ws }],
    agentCookie: () => login(server.http),
    restart: {
      groups: [server.ws],
      stop: () => server.halt(),
      start: async () => [await server.launch()],
    },
    /** Stops the server, then opens its data directory itself (the embedded database is one process's). */
    async finish(clientIds) {
      await server.halt()
      const counts = await readBack(async () => (await importDist('db/pglite.js')).openPglite(dataDir), clientIds)
      if (profileDir) await printProfile(profileDir, 'the Attune process')
      await rm(dataDir, { recursive: true, force: true })
      if (profileDir) await rm(profileDir, { recursive: true, force: true })
      return counts
    },
  }
}

/** Debian's PostgreSQL binaries, newest first, or null. */
function findPostgresBin() {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return null
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : null
}

const findRedis = () => ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((path) => existsSync(path)) ?? null

/**
 * A throwaway cluster on loopback, as the server's tests start one (src/db/local-postgres.ts),
 * but with fsync on: acks here wait for durable writes. As root it runs as the `postgres` user.
 */
async function startPostgres(bin, { run }) {
  const dir = await mkdtemp(join(tmpdir(), 'attune-load-pg-'))
  await chmod(dir, 0o777)
  const data = join(dir, 'data')
  const port = await freePort()
  const pg = (cmd, args) => (process.getuid?.() === 0 ? run('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]) : run(join(bin, cmd), args))
  await pg('initdb', ['-D', data, '-U', 'attune', '-A', 'trust', '--no-sync', '-E', 'UTF8'])
  await pg('pg_ctl', ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-p ${port} -h 127.0.0.1 -k ${dir} -c max_connections=200`, 'start'])
  return {
    url: `postgres://attune@127.0.0.1:${port}/postgres`,
    async stop() {
      await pg('pg_ctl', ['-D', data, '-w', '-m', 'fast', 'stop']).catch(() => undefined)
      await rm(dir, { recursive: true, force: true })
    },
  }
}

async function startRedis(bin, processes) {
  const port = await freePort()
  const child = await processes.start(bin, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'])
  for (let i = 0; i < 200; i++) {
    const { stdout } = await processes.run(bin.replace(/redis-server$/, 'redis-cli'), ['-p', String(port), 'ping']).catch(() => ({ stdout: '' }))
    if (stdout.trim() === 'PONG') break
    await sleep(50)
  }
  return { url: `redis://127.0.0.1:${port}`, stop: async () => child.kill('SIGKILL') }
}

/**
 * Two Attune processes on one PostgreSQL and one Redis, as behind a load balancer. Process A is
 * the one that stores the shoppers' messages in the "shoppers on A, agents on B" layout: its
 * memory is the idle figure and its profile is printed.
 */
export async function startPostgresRedis({ profile, processes }) {
  const bin = findPostgresBin()
  const redisBin = findRedis()
  if (!bin || !redisBin) return { skipped: 'needs Debian’s postgresql and redis-server (apt-get install postgresql redis-server)' }
  const [postgres, redis] = await Promise.all([startPostgres(bin, processes), startRedis(redisBin, processes)])
  const dirs = [await mkdtemp(join(tmpdir(), 'attune-load-a-')), await mkdtemp(join(tmpdir(), 'attune-load-b-'))]
  const profileDir = profile ? await mkdtemp(join(tmpdir(), 'attune-profile-')) : null
  const shared = { DATABASE_URL: postgres.url, REDIS_URL: redis.url }
  const a = attuneProcess({ ...baseEnv(await freePort(), dirs[0]), ...shared }, profileDir, processes)
  const b = attuneProcess({ ...baseEnv(await freePort(), dirs[1]), ...shared }, null, processes)
  // One after the other: the first applies the migrations and seeds the demo store.
  await a.launch()
  await b.launch()
  const both = [a.ws, b.ws]
  return {
    name: 'Attune, PostgreSQL + Redis, two processes',
    key: 'postgres',
    idle: {
      url: a.ws,
      get pid() {
        return a.pid
      },
    },
    pids: () => [a.pid, b.pid],
    metricsUrls: () => [a.http, b.http],
    stallFiles: () => [a.stallsFile, b.stallsFile],
    layouts: [
      { name: 'shoppers on A, agents on B', shopper: () => a.ws, agent: () => b.ws },
      // Agents 0 and 1 on A, 2 and 3 on B: half the conversations cross between the processes.
      { name: 'half of each on A and B', shopper: (i) => both[i % 2], agent: (j) => both[(j >> 1) % 2] },
    ],
    agentCookie: () => login(a.http),
    restart: {
      groups: both,
      stop: () => Promise.all([a.halt(), b.halt()]),
      start: async () => [await a.launch(), await b.launch()],
    },
    failover: { victim: b.ws, survivor: a.ws, kill: () => b.kill(), revive: () => b.launch() },
    async finish(clientIds) {
      const counts = await readBack(async () => (await importDist('db/postgres.js')).openPostgres(postgres.url), clientIds)
      await Promise.all([a.halt(), b.halt()])
      if (profileDir) await printProfile(profileDir, 'process A (it stores the shoppers’ messages)')
      await Promise.all([postgres.stop(), redis.stop()])
      for (const dir of [...dirs, profileDir]) if (dir) await rm(dir, { recursive: true, force: true })
      return counts
    },
  }
}

/** Top self time over every profile the process wrote (one per run of it: before and after restarts). */
async function printProfile(dir, who) {
  // Node writes one profile per thread (CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile, thread 0 the
  // main one): the embedded database's queries run in a worker thread of their own (decision 030).
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile')).sort()
  // BENCH_PROFILE_KEEP=<dir>: the raw profiles are copied there, to read callers and inclusive time.
  const keep = process.env.BENCH_PROFILE_KEEP
  if (keep) await mkdir(keep, { recursive: true })
  if (keep) for (const file of files) await copyFile(join(dir, file), join(keep, file))
  for (const file of files) {
    const thread = Number(file.split('.')[4])
    const profile = JSON.parse(await readFile(join(dir, file), 'utf8'))
    const byId = new Map(profile.nodes.map((n) => [n.id, n]))
    const self = new Map()
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byId.get(id).callFrame
      const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0))
    })
    const total = [...self.values()].reduce((x, y) => x + y, 0)
    console.log(`\nCPU profile of ${who}, ${thread === 0 ? 'main thread' : `worker thread ${thread}`}, top self time:`)
    for (const [key, us] of [...self].sort((x, y) => y[1] - x[1]).slice(0, 12))
      console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`)
  }
}
