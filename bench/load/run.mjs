// How much chat Attune carries, beside a bare `ws` relay in the same run, on each storage setup:
// the embedded database (one process), then PostgreSQL + Redis (two processes). Idle sockets
// (accepted per second, memory each), messages per second stored and delivered at rising offered
// loads (ack and shopper → agent latency), one process killed mid-run (PostgreSQL + Redis),
// shoppers opening conversations, the time for every waiting shopper to be back after a restart, and
// whether every acked message is stored exactly once, read back from the database by SQL. A
// benchmark: prints figures, asserts nothing. Needs `pnpm build` first. See bench/README.md.
//
//   BENCH_SETUPS=relay,embedded,postgres   which setups run, in this order
//   BENCH_IDLE=10000      idle shoppers opened on one process
//   BENCH_RESTART=10000   shoppers who open a conversation, wait, and come back after a restart
//   BENCH_SHOPPERS=500    shoppers sending messages (4 agents answer)
//   BENCH_RATES=100,250,500,1000,2000,3000,4000,5000   offered messages per second
//   BENCH_STEP_SECONDS=5  seconds per offered rate
//   BENCH_FAILOVER_RATE=200  messages/s while one of the two processes is killed (0: skip)
//   BENCH_WINDOW=250      connections (or first messages) the generator has in flight at once
//   BENCH_PHASE_SECONDS=30  bound on opening idle shoppers, opening their conversations, and catching up after a restart
//   BENCH_PROFILE=1       CPU profile of the process that stores; prints its top entries
//   BENCH_PROFILE_KEEP=<dir>  with BENCH_PROFILE=1, copies the raw .cpuprofile files there
//   BENCH_GENERATOR_NICE=19  the generator's nice value; what it measures keeps the bench's own (0: one priority for all)
import { randomUUID } from 'node:crypto'
import { failover, idle, openWaiting, restart, throughput } from './phases.mjs'
import { lowerTheGenerator } from './priority.mjs'
import { startEmbedded, startPostgresRedis, startRelay } from './setups.mjs'

const env = (name, fallback) => process.env[name] ?? fallback
const SETUPS = env('BENCH_SETUPS', 'relay,embedded,postgres').split(',')
const IDLE = Number(env('BENCH_IDLE', 10000))
const RESTART = Number(env('BENCH_RESTART', IDLE))
const SHOPPERS = Number(env('BENCH_SHOPPERS', 500))
const RATES = env('BENCH_RATES', '100,250,500,1000,2000,3000,4000,5000').split(',').map(Number)
const STEP_SECONDS = Number(env('BENCH_STEP_SECONDS', 5))
const FAILOVER_RATE = Number(env('BENCH_FAILOVER_RATE', 200))
const WINDOW = Number(env('BENCH_WINDOW', 250))
const PHASE_SECONDS = Number(env('BENCH_PHASE_SECONDS', 30))
const PROFILE = env('BENCH_PROFILE', '') === '1'
const GENERATOR_NICE = Number(env('BENCH_GENERATOR_NICE', 19))

const START = { relay: startRelay, embedded: startEmbedded, postgres: startPostgresRedis }
for (const key of SETUPS) if (!START[key]) throw new Error(`BENCH_SETUPS: no setup "${key}" (there are ${Object.keys(START).join(', ')})`)
const fmt = (ms) => (Number.isFinite(ms) ? `${ms.toFixed(ms < 10 ? 1 : 0)} ms` : '—')
const errs = (errors) => (Object.keys(errors).length ? JSON.stringify(errors) : 'none')
const pad = (value, width) => String(value).padStart(width)
/**
 * The servers' own watch: how much of its longest stall was on a core, "—" where it cannot say. The
 * kernel's counter moves a scheduler tick at a time, so it can pass the gap by a few ms: shown as all of it.
 */
const onCore = (stall) =>
  !stall ? '—' : stall.ms === 0 ? 'none late' : `${Math.round(Math.min(stall.onCore, stall.ms))} of ${Math.round(stall.ms)} ms`

function printRows(rows) {
  console.log(
    'offered/s  stored/s  in step/s  delivered/s  ack p50  ack p99  to agent p50  to agent p99  CPU/message  longest stall      on a core  unanswered  error frames',
  )
  for (const r of rows)
    console.log(
      `${pad(r.offered, 9)}  ${pad(r.stored, 8)}  ${pad(r.storedInStep, 9)}  ${pad(r.delivered, 11)}  ${pad(fmt(r.ackP50), 7)}  ${pad(fmt(r.ackP99), 7)}  ${pad(fmt(r.deliveryP50), 12)}  ${pad(fmt(r.deliveryP99), 12)}  ${pad(Number.isFinite(r.cpuMsEach) ? `${r.cpuMsEach.toFixed(2)} ms` : '—', 11)}  ${pad(fmt(r.stallMs), 13)}  ${pad(onCore(r.watched), 14)}  ${pad(r.unanswered, 10)}  ${errs(r.errors)}`,
    )
}

/** What each acked client id is in the database: once, missing, or more than once. */
function exactlyOnce(counts, acked) {
  if (counts === null) return 'not applicable (nothing stored)'
  if (counts.error) return `not checked: ${counts.error}`
  const lost = [...acked].filter((id) => !counts.has(id)).length
  const doubled = [...acked].filter((id) => counts.get(id) > 1).length
  return `${acked.size} acked, ${acked.size - lost - doubled} stored once, ${lost} lost, ${doubled} doubled (read back by SQL)`
}

/** The highest stored rate whose ack p99 stayed within 50 ms, and the highest stored rate at all. */
function best(rows) {
  const within = rows.filter((r) => r.ackP99 <= 50 && r.unanswered === 0)
  return {
    within50: within.length ? Math.max(...within.map((r) => r.stored)) : 0,
    top: rows.length ? Math.max(...rows.map((r) => r.stored)) : 0,
  }
}

async function bench(key, processes) {
  const target = await START[key]({ profile: PROFILE, processes })
  if (target.skipped) {
    console.log(`\n## ${key}: skipped, ${target.skipped}`)
    return { key, skipped: true }
  }
  const tag = `${key}-${randomUUID().slice(0, 8)}`
  const acked = new Set()
  const summary = { key, name: target.name }
  const started = performance.now()
  // A phase that fails says so and the run goes on: the next phases and setups still print.
  const phase = async (name, fn) => {
    try {
      await fn()
    } catch (error) {
      console.log(`\n${name}: failed, ${error?.message ?? error}`)
    }
  }
  let waiting = []
  console.log(`\n## ${target.name}`)
  await phase('idle shoppers', async () => {
    const i = await idle(target, { count: IDLE, window: WINDOW, seconds: PHASE_SECONDS })
    Object.assign(summary, { restMb: i.restMb, held: i.held.length, accepted: i.perSecond, kbEach: i.kbEach, welcomeP99: i.welcomeP99 })
    console.log(`memory at rest: ${i.restMb.toFixed(0)} MB; with the idle shoppers: ${i.heldMb.toFixed(0)} MB`)
    console.log(
      `${i.held.length} of ${IDLE} idle shoppers held (bound ${PHASE_SECONDS} s): ${i.perSecond.toFixed(0)} accepted/s (welcome p50 ${fmt(i.welcomeP50)}, p99 ${fmt(i.welcomeP99)}), ${i.kbEach.toFixed(1)} KB each; failures: ${errs(i.errors)}; the generator used ${(100 * i.generatorCpu).toFixed(0)}% of a core, ${i.generatorMsEach.toFixed(2)} ms CPU per connection`,
    )
    await Promise.all(i.held.map((s) => s.close()))
  })

  summary.layouts = []
  for (const layout of target.layouts) {
    await phase(`messages (${layout.name})`, async () => {
      const t = await throughput(target, layout, {
        shoppers: SHOPPERS,
        rates: RATES,
        stepSeconds: STEP_SECONDS,
        window: WINDOW,
        seconds: PHASE_SECONDS,
        tag: `${tag}-${summary.layouts.length}`,
        acked,
      })
      summary.layouts.push({
        name: layout.name,
        ...best(t.rows),
        errors: t.rows.reduce((sum, r) => sum + r.unanswered + Object.values(r.errors).reduce((x, y) => x + y, 0), 0),
      })
      console.log(`\n${t.shoppers} of ${SHOPPERS} shoppers with a conversation, 4 agents (${layout.name}); ${STEP_SECONDS} s per offered rate:`)
      if (Object.keys(t.setupErrors).length) console.log(`failures while connecting them and opening their conversations: ${errs(t.setupErrors)}`)
      printRows(t.rows)
    })
  }

  if (target.failover && FAILOVER_RATE > 0)
    await phase('kill one process', async () => {
      const f = await failover(target, { shoppers: SHOPPERS, rate: FAILOVER_RATE, seconds: 15, window: WINDOW, tag: `${tag}-f`, acked })
      summary.failover = f
      console.log(
        `\nkill one process mid-run (${f.shoppers} of ${SHOPPERS} shoppers connected, half on each, ${FAILOVER_RATE} messages/s for 15 s, B killed at 5 s): ${f.moved} of ${f.moving} shoppers moved to A, the last ${f.movedSeconds.toFixed(1)} s after the kill; ${f.sent} sent, ${f.unanswered} never acked; failures and retries by cause: ${errs(f.errors)}`,
      )
    })

  if (target.restart && RESTART > 0)
    await phase('waiting shoppers', async () => {
      const w = await openWaiting(target, { count: RESTART, window: WINDOW, seconds: PHASE_SECONDS, tag, acked })
      waiting = w.waiting
      summary.opened = w.perSecond
      console.log(
        `\n${w.waiting.length} of ${RESTART} shoppers opened a conversation and wait (bound ${PHASE_SECONDS} s): ${w.perSecond.toFixed(0)} conversations/s, first-message ack p50 ${fmt(w.ackP50)}, p99 ${fmt(w.ackP99)}; failures: ${errs(w.errors)}`,
      )
    })

  if (target.restart && waiting.length)
    await phase('restart', async () => {
      const r = await restart(target, waiting, { window: WINDOW, seconds: PHASE_SECONDS })
      summary.restart = r
      const listening = Array.isArray(r.listening) ? r.listening.map((s) => `${s.toFixed(1)} s`).join(' and ') : (r.listening?.error ?? '—')
      console.log(
        `\nafter a restart: listening after ${listening}; ${r.caughtUp} of ${r.of} waiting shoppers reconnected and caught up in ${r.seconds.toFixed(1)} s from the start; retries by cause: ${errs(r.errors)}`,
      )
    })

  const counts = await target.finish([...acked])
  summary.exactlyOnce = exactlyOnce(counts, acked)
  console.log(`\nexactly once: ${summary.exactlyOnce}`)
  console.log(`(${target.name}: ${((performance.now() - started) / 1000).toFixed(0)} s)`)
  return summary
}

const processes = await lowerTheGenerator(GENERATOR_NICE)
console.log(
  `Attune load bench, ${new Date().toISOString()}, Node ${process.version}; idle ${IDLE}, restart ${RESTART}, shoppers ${SHOPPERS}, rates ${RATES.join(',')} (${STEP_SECONDS} s each), window ${WINDOW}; ${processes.said}`,
)
const results = []
for (const key of SETUPS) results.push(await bench(key, processes))

console.log('\n## Side by side')
const shown = results.filter((r) => !r.skipped)
const shownCell = (value) => (value === undefined || value === null || value === false ? '—' : value)
const row = (label, cell) => console.log(`${label.padEnd(44)}${shown.map((r) => pad(shownCell(cell(r)), 22)).join('')}`)
row('', (r) => r.key)
row('memory at rest (MB)', (r) => r.restMb?.toFixed(0))
row('idle shoppers held (one process)', (r) => r.held)
row('  accepted/s', (r) => r.accepted?.toFixed(0))
row('  KB per idle socket', (r) => r.kbEach?.toFixed(1))
row('  welcome p99', (r) => r.welcomeP99 !== undefined && fmt(r.welcomeP99))
row('conversations opened/s', (r) => r.opened?.toFixed(0))
row('stored/s with ack p99 ≤ 50 ms (per layout)', (r) => r.layouts.map((l) => l.within50).join(' / '))
row('highest stored/s (per layout)', (r) => r.layouts.map((l) => l.top).join(' / '))
row('unanswered + error frames (per layout)', (r) => r.layouts.map((l) => l.errors).join(' / '))
row('killed one process: moved, never acked', (r) => r.failover && `${r.failover.moved}/${r.failover.moving}, ${r.failover.unanswered}`)
row('restart: caught up', (r) => r.restart && `${r.restart.caughtUp}/${r.restart.of} in ${r.restart.seconds.toFixed(1)} s`)
row('exactly once (lost, doubled)', (r) => /(\d+) lost, (\d+) doubled/.exec(r.exactlyOnce)?.slice(1).join(', '))
