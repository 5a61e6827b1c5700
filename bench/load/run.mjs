// How much chat one Attune process carries, beside a bare `ws` relay in the same run: idle
// sockets (memory each, connections accepted per second), messages per second stored and
// delivered at rising offered loads (ack and shopper → agent latency), and whether every acked
// message is stored exactly once, read back through the server. A benchmark: prints figures,
// asserts nothing. Needs `pnpm build` first. Bounded: a few minutes with the defaults.
//
//   BENCH_IDLE=2000       idle shoppers opened at once
//   BENCH_SHOPPERS=500    shoppers sending messages (4 agents answer)
//   BENCH_RATES=50,100,200,400,800,1600,2000   offered messages per second, 5 s each
//   BENCH_PROFILE=1       write a CPU profile of the Attune server and print its top entries
import { fork, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const IDLE = Number(process.env.BENCH_IDLE ?? 2000)
const SHOPPERS = Number(process.env.BENCH_SHOPPERS ?? 500)
const AGENTS = 4
const RATES = (process.env.BENCH_RATES ?? '50,100,200,400,800,1600,2000').split(',').map(Number)
const STEP_SECONDS = 5
const PROFILE = process.env.BENCH_PROFILE === '1'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const percentile = (values, p) => {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const rssKb = async (pid) => Number(/VmRSS:\s+(\d+)/.exec(await readFile(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN)

async function freePort() {
  const { createServer } = await import('node:net')
  return new Promise((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => done(port))
    })
  })
}

/** The Attune server as shipped (`dist/cli.js start --demo`), on the embedded database. */
async function startAttune() {
  const cli = join(repo, 'packages/server/dist/cli.js')
  if (!existsSync(cli)) throw new Error('packages/server/dist/cli.js is missing: run `pnpm build` first.')
  const dataDir = await mkdtemp(join(tmpdir(), 'attune-load-'))
  const profileDir = await mkdtemp(join(tmpdir(), 'attune-profile-'))
  const port = await freePort()
  const args = [...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), cli, 'start', '--demo']
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    ATTUNE_DATA_DIR: dataDir,
    // Every simulated shopper is 127.0.0.1: lift the per-address limits, as a mall's Wi-Fi would need.
    ATTUNE_SOCKETS_PER_IP: '1000000',
    ATTUNE_CONVERSATIONS_PER_IP: '1000000',
    ATTUNE_CONVERSATIONS_PER_STORE: '1000000',
  }
  const url = `http://127.0.0.1:${port}`
  let child
  const launch = async () => {
    child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] })
    for (let i = 0; i < 600; i++) {
      if (child.exitCode !== null) throw new Error('the Attune server exited at start')
      if (
        await fetch(`${url}/readyz`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return
      await sleep(100)
    }
    throw new Error('the Attune server did not become ready')
  }
  const halt = async () => {
    const exited = new Promise((r) => child.once('exit', r))
    child.kill('SIGTERM')
    await Promise.race([exited, sleep(15_000).then(() => child.kill('SIGKILL'))])
  }
  await launch()
  return {
    name: 'Attune (embedded database)',
    ws: url.replace('http', 'ws'),
    get pid() {
      return child.pid
    },
    /** Stops the process and starts it again on the same data and port: shoppers must come back. */
    async restart() {
      await halt()
      await launch()
    },
    async agentCookie() {
      const res = await fetch(`${url}/api/agent/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'agent@demo.store', password: 'demo-agent' }),
      })
      return (res.headers.get('set-cookie') ?? '').split(';')[0]
    },
    async stop() {
      await halt()
      if (PROFILE) await printProfile(profileDir)
      await rm(dataDir, { recursive: true, force: true })
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

async function startRelay() {
  const child = fork(join(repo, 'bench/load/relay.mjs'), { stdio: 'inherit' })
  const { port } = await new Promise((r) => child.once('message', r))
  return {
    name: 'bare ws relay',
    ws: `ws://127.0.0.1:${port}`,
    pid: child.pid,
    agentCookie: async () => '',
    async stop() {
      child.kill()
    },
  }
}

/** One socket that speaks the frames, resolving `next(type, match)` as frames arrive. */
function connect(url, headers) {
  return new Promise((resolveOpen, reject) => {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false })
    const waiters = new Set()
    const socket = {
      ws,
      onFrame: null,
      send: (frame) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(frame)),
      next: (type, match = () => true, ms = 60_000) =>
        new Promise((done, fail) => {
          const waiter = { type, match, done }
          waiters.add(waiter)
          setTimeout(() => waiters.delete(waiter) && fail(new Error(`no ${type}`)), ms)
        }),
      close: () => ws.close(),
    }
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString())
      socket.onFrame?.(frame)
      for (const w of waiters) {
        if (w.type === frame.type && w.match(frame)) {
          waiters.delete(w)
          w.done(frame)
          break
        }
      }
    })
    ws.once('open', () => resolveOpen(socket))
    ws.once('error', reject)
  })
}

async function shopper(target, token) {
  const s = await connect(`${target.ws}/v1/visitor?siteKey=demo`, { Origin: 'http://127.0.0.1:5173' })
  s.send({ type: 'hello', v: 1, ...(token ? { token } : {}) })
  s.welcome = await s.next('welcome')
  return s
}

async function agent(target) {
  const s = await connect(`${target.ws}/v1/agent`, { Cookie: await target.agentCookie(), Origin: target.ws.replace('ws', 'http') })
  s.send({ type: 'hello', v: 1 })
  s.welcome = await s.next('welcome')
  return s
}

/** Opens `count` idle shoppers, 50 at a time: how fast they are welcomed, and memory each. */
async function idle(target, count) {
  const before = await rssKb(target.pid)
  const started = performance.now()
  const sockets = []
  for (let i = 0; i < count; i += 50) {
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => shopper(target)))))
  }
  const seconds = (performance.now() - started) / 1000
  await sleep(1000)
  const after = await rssKb(target.pid)
  for (const s of sockets) s.close()
  await sleep(500)
  return { perSecond: count / seconds, kbEach: (after - before) / count, welcomeMs: (seconds * 1000) / count }
}

/** Offers messages at each rate in turn; stops climbing once the server has clearly collapsed. */
async function throughput(target) {
  const shoppers = []
  for (let i = 0; i < SHOPPERS; i += 50)
    shoppers.push(...(await Promise.all(Array.from({ length: Math.min(50, SHOPPERS - i) }, () => shopper(target)))))
  const agents = await Promise.all(Array.from({ length: AGENTS }, () => agent(target)))
  const sentAt = new Map()
  const delivered = []
  for (const a of agents)
    a.onFrame = (f) => f.type === 'event' && sentAt.has(f.event.clientId) && delivered.push(performance.now() - sentAt.get(f.event.clientId))

  // Each shopper's first message opens its conversation; each agent follows a quarter of them.
  const conversations = await Promise.all(
    shoppers.map(async (s, i) => {
      s.send({ type: 'send', clientId: `open-${i}`, text: 'Hello' })
      return (await s.next('ack')).conversationId
    }),
  )
  if (target.name.startsWith('Attune')) {
    await Promise.all(
      conversations.map(async (id, i) => {
        const a = agents[i % AGENTS]
        a.send({ type: 'resume', conversationId: id, afterSeq: 0 })
        await a.next('synced', (f) => f.conversationId === id)
      }),
    )
  }

  const acked = new Map() // clientId → conversationId, for the exactly-once check
  const rows = []
  let n = 0
  for (const rate of RATES) {
    const acks = []
    const errors = {}
    delivered.length = 0
    const pending = new Map()
    for (const s of shoppers) {
      s.onFrame = (f) => {
        if (f.type === 'ack' && pending.has(f.clientId)) {
          acks.push(performance.now() - pending.get(f.clientId))
          pending.delete(f.clientId)
          acked.set(f.clientId, f.conversationId)
        } else if (f.type === 'error') errors[f.code] = (errors[f.code] ?? 0) + 1
      }
    }
    const total = rate * STEP_SECONDS
    const started = performance.now()
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / rate
      const wait = due - performance.now()
      if (wait > 1) await sleep(wait)
      const clientId = `m${++n}`
      const now = performance.now()
      pending.set(clientId, now)
      sentAt.set(clientId, now)
      shoppers[i % shoppers.length].send({ type: 'send', clientId, text: `message ${n}` })
    }
    // Let the step drain (bounded), then count what came back.
    const deadline = performance.now() + 30_000
    while (pending.size > 0 && performance.now() < deadline && Object.values(errors).reduce((a, b) => a + b, 0) < total) await sleep(50)
    const seconds = (performance.now() - started) / 1000
    const row = {
      offered: rate,
      stored: Math.round(acks.length / seconds),
      delivered: Math.round(delivered.length / seconds),
      ackP50: percentile(acks, 50),
      ackP99: percentile(acks, 99),
      deliveryP50: percentile(delivered, 50),
      deliveryP99: percentile(delivered, 99),
      unanswered: pending.size,
      errors,
    }
    rows.push(row)
    if (row.ackP99 > 2000 || row.unanswered > total / 2) break
  }
  return { rows, shoppers, agents, acked }
}

/**
 * After a restart, every shopper reconnects with its token and reads its conversation back from
 * the server: how long until all are caught up, and whether every acked message is there once.
 */
async function exactlyOnce(target, shoppers, acked) {
  if (!target.restart) return null
  for (const s of shoppers) s.close()
  await target.restart()
  const started = performance.now()
  const seen = new Map()
  for (let i = 0; i < shoppers.length; i += 50) {
    await Promise.all(
      shoppers.slice(i, i + 50).map(async (old) => {
        const s = await shopper(target, old.welcome.token)
        const id = s.welcome.conversation?.id
        if (!id) return s.close()
        s.onFrame = (f) => f.type === 'event' && f.event.kind === 'message' && seen.set(f.event.clientId, (seen.get(f.event.clientId) ?? 0) + 1)
        s.send({ type: 'resume', conversationId: id, afterSeq: 0 })
        await s.next('synced', (f) => f.conversationId === id, 120_000)
        s.close()
      }),
    )
  }
  const lost = [...acked.keys()].filter((id) => !seen.has(id)).length
  const doubled = [...seen.values()].filter((count) => count > 1).length
  return { acked: acked.size, lost, doubled, catchUpSeconds: (performance.now() - started) / 1000 }
}

async function printProfile(dir) {
  // The run under load is the largest profile (a restart writes a second, short one).
  const files = (await readdir(dir)).filter((f) => f.endsWith('.cpuprofile'))
  const sizes = await Promise.all(files.map(async (f) => (await readFile(join(dir, f))).length))
  const file = files[sizes.indexOf(Math.max(...sizes))]
  if (!file) return
  const profile = JSON.parse(await readFile(join(dir, file), 'utf8'))
  const self = new Map()
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const dt = profile.timeDeltas
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber } = byId.get(id).callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0))
  })
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  console.log('\nCPU profile of the Attune server, top self time:')
  for (const [key, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`)
}

const fmt = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(ms < 10 ? 1 : 0)} ms` : '—')

for (const start of [startRelay, startAttune]) {
  const target = await start()
  try {
    console.log(`\n## ${target.name}`)
    const base = await rssKb(target.pid)
    const i = await idle(target, IDLE)
    console.log(`process memory at rest: ${(base / 1024).toFixed(0)} MB`)
    console.log(`${IDLE} idle shoppers: ${i.perSecond.toFixed(0)} welcomed/s, ${i.kbEach.toFixed(1)} KB each`)
    const { rows, shoppers, agents, acked } = await throughput(target)
    console.log(`${SHOPPERS} shoppers, ${AGENTS} agents; ${STEP_SECONDS} s per step:`)
    console.log('offered/s  stored/s  delivered/s  ack p50  ack p99  to agent p50  to agent p99  unanswered  errors')
    for (const r of rows) {
      console.log(
        `${String(r.offered).padStart(9)}  ${String(r.stored).padStart(8)}  ${String(r.delivered).padStart(11)}  ${fmt(r.ackP50).padStart(7)}  ${fmt(r.ackP99).padStart(7)}  ${fmt(r.deliveryP50).padStart(12)}  ${fmt(r.deliveryP99).padStart(12)}  ${String(r.unanswered).padStart(10)}  ${JSON.stringify(r.errors)}`,
      )
    }
    const check = await exactlyOnce(target, shoppers, acked)
    if (check)
      console.log(
        `after a restart: all ${shoppers.length} shoppers reconnected and caught up in ${check.catchUpSeconds.toFixed(1)} s; exactly once: ${check.acked} acked, ${check.lost} lost, ${check.doubled} doubled`,
      )
    for (const s of [...shoppers, ...agents]) s.close()
  } finally {
    await target.stop()
  }
}
