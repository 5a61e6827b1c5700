// The bench's phases, each against any setup (setups.mjs): idle shoppers, shoppers who open a
// conversation and wait, messages at rising offered loads, one process killed mid-run, restart.
import { MIN_RETRY_MS } from '@attune/protocol'
import { agent, countError, openMany, percentile, shopper, sleep } from './clients.mjs'
import { cpuMs, longestWatchedStall, loopStallMs, settledRssKb } from './setups.mjs'

const AGENTS = 4
/** When the widget resends a message refused for now: after the server's hint, at least the protocol's least (core retries.ts). */
const resendAfter = (refusal) => Math.max(MIN_RETRY_MS, refusal.retryAfterMs ?? 0)

/**
 * Once refused for now, a shopper sends nothing until the longest wait it was told is over, then
 * resends everything unacked in the order typed, as the widget's channel does (core channel.ts).
 * `owner` keeps the hold: `resumeAt` (0 when not held) and its timer.
 */
function resendLater(owner, refusal, resendAll) {
  const wait = resendAfter(refusal)
  if (performance.now() + wait <= owner.resumeAt) return
  owner.resumeAt = performance.now() + wait
  clearTimeout(owner.resendTimer)
  owner.resendTimer = setTimeout(() => resendNow(owner, resendAll), wait)
}

/** Ends a hold (its wait is over, or a new connection starts with none) and resends at once. */
function resendNow(owner, resendAll) {
  clearTimeout(owner.resendTimer)
  owner.resumeAt = 0
  resendAll()
}

/**
 * Sends one message and waits for its answer, resending (same clientId, as the widget's outbox
 * does) when refused for now. Answers the ack, or throws with the last error code.
 */
async function sendReliably(s, clientId, text, { tries = 20, ms = 30_000 } = {}) {
  for (let attempt = 0; attempt < tries; attempt++) {
    s.send({ type: 'send', clientId, text })
    const answer = await s.answerTo(clientId, ms)
    if (answer.type === 'ack') return answer
    if (answer.code !== 'unavailable' && answer.code !== 'rate_limited') throw new Error(`error ${answer.code}`)
    await sleep(resendAfter(answer))
  }
  throw new Error('still refused after 20 tries')
}

/** Opens `count` idle shoppers on the idle process: accepted per second, and its memory per socket. */
export async function idle(target, { count, window, seconds }) {
  // A few shoppers first: the baseline is a process that has served some.
  const warm = await openMany(20, () => shopper(target.idle.url), { window })
  await Promise.all(warm.results.filter(Boolean).map((s) => s.close()))
  const before = await settledRssKb(target.idle.pid)
  const run = await openMany(count, () => shopper(target.idle.url), { window, until: performance.now() + seconds * 1000 })
  const held = run.results.filter(Boolean)
  const after = await settledRssKb(target.idle.pid)
  return {
    held,
    restMb: before / 1024,
    heldMb: after / 1024,
    perSecond: held.length / run.seconds,
    kbEach: (after - before) / held.length,
    welcomeP50: percentile(run.latencies, 50),
    welcomeP99: percentile(run.latencies, 99),
    errors: run.errors,
    generatorCpu: run.generatorCpu,
    generatorMsEach: run.generatorMsEach,
  }
}

/**
 * `count` shoppers connect, each opens a conversation with one message, and they wait there with
 * their tabs closed: what a restart must bring back. Answers who they are (token, conversation,
 * last seq). Opened just before the restart, not before the message steps: 90 s after its first
 * message a waiting conversation gets its check-in (EMPATHY.md, `waitSeconds`), and 10,000 of them
 * landed on whichever step ran then (PostgreSQL + Redis stored 535-874 of 1,000/s offered in one
 * layout in three runs the same hour, where an earlier run had stored 1,980 of 2,000/s).
 */
export async function openWaiting(target, { count, window, seconds, tag, acked }) {
  const connected = await openMany(count, () => shopper(target.idle.url), { window, until: performance.now() + seconds * 1000 })
  const held = connected.results.filter(Boolean)
  const until = performance.now() + seconds * 1000
  const run = await openMany(
    held.length,
    async (i) => {
      const s = held[i]
      const clientId = `${tag}-w${i}`
      const ack = await sendReliably(s, clientId, 'Is this still in stock?', { ms: Math.max(1000, until - performance.now()) })
      acked.add(clientId)
      return { token: s.welcome.token, conversationId: ack.conversationId, seq: ack.seq }
    },
    { window, until },
  )
  await Promise.all(held.map((s) => s.close()))
  const waiting = run.results.filter(Boolean)
  return {
    waiting,
    perSecond: waiting.length / run.seconds,
    ackP50: percentile(run.latencies, 50),
    ackP99: percentile(run.latencies, 99),
    errors: Object.fromEntries(
      [...Object.keys(connected.errors), ...Object.keys(run.errors)].map((k) => [k, (connected.errors[k] ?? 0) + (run.errors[k] ?? 0)]),
    ),
  }
}

/**
 * Shoppers (each with a conversation, followed by one of four agents) send at each offered rate
 * for `stepSeconds`; stops climbing once the setup has clearly collapsed.
 */
export async function throughput(target, layout, { shoppers: wanted, rates, stepSeconds, window, seconds, tag, acked }) {
  const until = () => performance.now() + seconds * 1000
  const setupErrors = {}
  const cookie = await target.agentCookie()
  const agents = await Promise.all(Array.from({ length: AGENTS }, (_, j) => agent(layout.agent(j), cookie)))
  const connected = await openMany(wanted, (i) => shopper(layout.shopper(i)), { window, until: until() })
  Object.assign(setupErrors, connected.errors)
  // Each shopper's first message opens its conversation; each agent follows a quarter of them.
  // Bounded as a whole: what is still waiting when the phase's time is up waits no longer.
  const deadline = until()
  const left = () => Math.max(1000, deadline - performance.now())
  const opened = await openMany(
    wanted,
    async (i) => {
      const s = connected.results[i]
      if (!s) throw new Error('not connected')
      const ack = await sendReliably(s, `${tag}-open${i}`, 'Hello', { ms: left() })
      acked.add(`${tag}-open${i}`)
      // From now on its messages name the conversation, as the widget's do once it knows it.
      s.conversationId = ack.conversationId
      if (target.key !== 'relay') {
        const a = agents[i % AGENTS]
        a.send({ type: 'resume', conversationId: ack.conversationId, afterSeq: 0 })
        await a.next('synced', (f) => f.conversationId === ack.conversationId, left())
      }
      return s
    },
    { window, until: deadline },
  )
  for (const [cause, n] of Object.entries(opened.errors)) setupErrors[cause] = (setupErrors[cause] ?? 0) + n
  const shoppers = opened.results.filter(Boolean)
  const count = shoppers.length
  const sentAt = new Map()
  const delivered = []
  for (const a of agents) {
    // An agent's inbox summaries (four frames a message, the largest) say nothing the step measures.
    a.unread = new Set(['conversation'])
    a.onFrame = (f) => f.type === 'event' && sentAt.has(f.event.clientId) && delivered.push(performance.now() - sentAt.get(f.event.clientId))
  }

  const rows = []
  let n = 0
  for (const rate of count ? rates : []) {
    const acks = []
    // Acks that came within the step itself: what the server stores while pushed, before the
    // drain of what it refused (which `stored` averages in).
    let stepEnds = Infinity
    let ackedInStep = 0
    const errors = {}
    delivered.length = 0
    const pending = new Map()
    for (const s of shoppers) {
      // This step's messages not yet acked, in the order sent (a hold left by the step before is
      // over: its messages are no longer waited for).
      s.unacked = new Map()
      // A shopper's step reads its acks and refusals, not the echo of what it sent.
      s.unread = new Set(['event'])
      clearTimeout(s.resendTimer)
      s.resumeAt = 0
      const resendAll = () => s.unacked.forEach((frame) => s.send(frame))
      s.onFrame = (f) => {
        if (f.type === 'ack' && pending.has(f.clientId)) {
          acks.push(performance.now() - pending.get(f.clientId))
          if (performance.now() <= stepEnds) ackedInStep++
          pending.delete(f.clientId)
          s.unacked.delete(f.clientId)
          acked.add(f.clientId)
        } else if (f.type === 'error' && pending.has(f.ref)) {
          errors[f.code] = (errors[f.code] ?? 0) + 1
          // Refused for now: sent again after the hint (at least 2 s), with what the shopper
          // typed meanwhile. Left out, the server's send-order hold (gateway/send-order.ts)
          // waited for it in vain and refused the shopper's later messages for 30 s.
          if (f.code === 'unavailable' || f.code === 'rate_limited') resendLater(s, f, resendAll)
          else {
            pending.delete(f.ref)
            s.unacked.delete(f.ref)
          }
        }
      }
    }
    const total = rate * stepSeconds
    const cpuBefore = await cpuMs(target.pids())
    await loopStallMs(target.metricsUrls()) // starts the servers' longest-stall reading again
    const stepSince = Date.now()
    const started = performance.now()
    stepEnds = started + stepSeconds * 1000
    for (let i = 0; i < total; i++) {
      const wait = started + (i * 1000) / rate - performance.now()
      if (wait > 1) await sleep(wait)
      const clientId = `${tag}-m${++n}`
      const now = performance.now()
      pending.set(clientId, now)
      sentAt.set(clientId, now)
      const s = shoppers[i % count]
      const frame = { type: 'send', clientId, text: `message ${n}`, conversationId: s.conversationId }
      s.unacked.set(clientId, frame)
      if (!s.resumeAt) s.send(frame)
    }
    // Let the step drain (bounded), then count what came back.
    const deadline = performance.now() + 15_000
    while (pending.size > 0 && performance.now() < deadline) await sleep(50)
    const seconds = (performance.now() - started) / 1000
    const cpuAfter = await cpuMs(target.pids())
    const stallMs = await loopStallMs(target.metricsUrls())
    const watched = await longestWatchedStall(target.stallFiles(), stepSince)
    const row = {
      offered: rate,
      stored: Math.round(acks.length / seconds),
      storedInStep: Math.round(ackedInStep / stepSeconds),
      delivered: Math.round(delivered.length / seconds),
      ackP50: percentile(acks, 50),
      ackP99: percentile(acks, 99),
      deliveryP50: percentile(delivered, 50),
      deliveryP99: percentile(delivered, 99),
      unanswered: pending.size,
      errors,
      // The server's CPU (every thread of its processes, not PostgreSQL's or Redis's) per acked message.
      cpuMsEach: cpuBefore === null || cpuAfter === null || acks.length === 0 ? NaN : (cpuAfter - cpuBefore) / acks.length,
      // The longest the server's event loop was held during the step (the issue: none over 100 ms).
      stallMs: stallMs ?? NaN,
      // The longest stall the servers' own watch saw, and how much of it was on a core (stall-watch.mjs).
      watched,
    }
    rows.push(row)
    pending.clear()
    // A refused message's ack comes 2 s later at least: past 10 s, or half never answered, the
    // server is well past its limit.
    if (row.ackP99 > 10_000 || row.unanswered > total / 2) break
  }
  await Promise.all([...connected.results.filter(Boolean), ...agents].map((s) => s.close()))
  return { rows, shoppers: count, setupErrors }
}

/**
 * Shoppers half on each process send at `rate`; a third of the way in, the second process is
 * killed (SIGKILL). Its shoppers reconnect to the survivor with their tokens, resume, and resend
 * what was not acked, as the widget's outbox does. Answers how long the move took and what was
 * acked; the database check at the end says whether any of it was lost or doubled.
 */
export async function failover(target, { shoppers: count, rate, seconds, window, tag, acked }) {
  const { victim, survivor } = target.failover
  const urlOf = (i) => (i % 2 ? victim : survivor)
  const opened = await openMany(count, (i) => shopper(urlOf(i)), { window })
  const clients = opened.results.flatMap((s, i) =>
    s ? [{ s, onVictim: urlOf(i) === victim, outbox: new Map(), seq: 0, moving: null, resumeAt: 0, resendTimer: undefined }] : [],
  )
  const errors = { ...opened.errors }
  let sent = 0
  let killedAt = null
  const moves = []

  const flush = (c) => {
    for (const [clientId, text] of c.outbox) c.s.send({ type: 'send', clientId, text, conversationId: c.conversationId })
  }
  const listen = (c) => {
    c.s.onFrame = (f) => {
      if (f.type === 'ack' && c.outbox.has(f.clientId)) {
        c.outbox.delete(f.clientId)
        acked.add(f.clientId)
        c.seq = Math.max(c.seq, f.seq)
        c.conversationId = f.conversationId
      } else if (f.type === 'error' && c.outbox.has(f.ref)) {
        countError(errors, new Error(f.code))
        resendLater(c, f, () => flush(c))
      }
    }
    c.s.onClose = () => {
      c.moving ??= move(c)
    }
  }
  const move = async (c) => {
    for (;;) {
      try {
        const s = await shopper(survivor, c.s.welcome.token)
        const id = s.welcome.conversation?.id
        if (id) {
          c.conversationId = id
          s.send({ type: 'resume', conversationId: id, afterSeq: c.seq })
          await s.next('synced', (f) => f.conversationId === id)
        }
        c.s = s
        listen(c)
        resendNow(c, () => flush(c))
        moves.push(performance.now() - killedAt)
        c.moving = null
        return
      } catch (error) {
        countError(errors, error)
        // Bounded like the wait below: a shopper still outside 40 s after the kill stays out.
        if (performance.now() - killedAt > 40_000) return
        await sleep(250 + Math.random() * 250)
      }
    }
  }
  clients.forEach(listen)

  const total = rate * seconds
  const started = performance.now()
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / rate - performance.now()
    if (wait > 1) await sleep(wait)
    if (!killedAt && i >= total / 3) {
      killedAt = performance.now()
      await target.failover.kill()
    }
    const c = clients[i % clients.length]
    const clientId = `${tag}-f${++sent}`
    c.outbox.set(clientId, `failover ${sent}`)
    if (!c.moving && !c.resumeAt) c.s.send({ type: 'send', clientId, text: `failover ${sent}`, conversationId: c.conversationId })
  }
  const moving = clients.filter((c) => c.onVictim).length
  const deadline = performance.now() + 30_000
  while ((moves.length < moving || clients.some((c) => c.outbox.size)) && performance.now() < deadline) await sleep(100)
  const movedSeconds = moves.length ? Math.max(...moves) / 1000 : NaN
  const unanswered = clients.reduce((sum, c) => sum + c.outbox.size, 0)
  for (const c of clients) c.s.onClose = null
  await Promise.all(clients.map((c) => c.s.close()))
  await target.failover.revive()
  return { shoppers: clients.length, sent, moving, moved: moves.length, movedSeconds, unanswered, errors }
}

/**
 * Stops every process, starts them again on the same data, and has every waiting shopper
 * reconnect (from the moment the processes are started, retrying as a widget does) with its
 * token, then resume its conversation after the last seq it saw. Times until all are caught up.
 */
export async function restart(target, waiting, { window, seconds }) {
  await target.restart.stop()
  const groups = target.restart.groups
  const errors = {}
  const started = performance.now()
  const until = started + seconds * 1000
  const listening = target.restart.start().catch((error) => ({ error: String(error) }))
  const run = await openMany(
    waiting.length,
    async (i) => {
      const w = waiting[i]
      for (;;) {
        try {
          const s = await shopper(groups[i % groups.length], w.token)
          s.send({ type: 'resume', conversationId: w.conversationId, afterSeq: w.seq })
          await s
            .next('synced', (f) => f.conversationId === w.conversationId, Math.max(1000, until - performance.now()))
            .catch((error) => {
              s.ws.terminate()
              throw error
            })
          return s
        } catch (error) {
          countError(errors, error)
          if (performance.now() > until) throw new Error('not caught up in time')
          await sleep(250 + Math.random() * 250)
        }
      }
    },
    { window },
  )
  const caughtUp = run.results.filter(Boolean)
  const took = (performance.now() - started) / 1000
  await Promise.all(caughtUp.map((s) => s.close()))
  return { listening: await listening, caughtUp: caughtUp.length, of: waiting.length, seconds: took, errors }
}
