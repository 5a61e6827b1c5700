// The simulated shoppers and agents: WebSocket clients that speak just enough of Attune's frames.
import WebSocket from 'ws'

const SHOP_ORIGIN = 'http://127.0.0.1:5173'

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

export const percentile = (values, p) => {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

/** Counts one failure under its message (a refusal's HTTP status, a timeout, a reset). */
export const countError = (errors, error) => {
  // One key per cause, not per port: "connect ECONNREFUSED 127.0.0.1:…".
  const key = String(error?.message ?? error)
    .replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:…')
    .slice(0, 60)
  errors[key] = (errors[key] ?? 0) + 1
}

/**
 * One socket, resolving `next(type, match)` on the first matching frame. Waiters fail at once
 * when the socket closes, so a client of a process that died finds out without waiting a minute.
 */
export function connect(url, headers) {
  return new Promise((resolveOpen, reject) => {
    const ws = new WebSocket(url, { headers, perMessageDeflate: false })
    const waiters = new Set()
    const socket = {
      ws,
      onFrame: null,
      /** Frame types nobody reads here while no one waits: left unparsed (see the bench's README). */
      unread: null,
      onClose: null,
      open: () => ws.readyState === WebSocket.OPEN,
      send: (frame) => ws.readyState === WebSocket.OPEN && ws.send(JSON.stringify(frame)),
      next: (type, match = () => true, ms = 60_000) =>
        new Promise((done, fail) => {
          const waiter = { match: (frame) => frame.type === type && match(frame), done, fail, type }
          waiter.timer = setTimeout(() => waiters.delete(waiter) && fail(new Error(`no ${type} in time`)), ms)
          waiters.add(waiter)
        }),
      // One waiter for either answer: two raced waiters would leave the loser behind, and it would
      // take the ack of the frame sent again after an `unavailable`.
      answerTo: (clientId, ms = 60_000) =>
        new Promise((done, fail) => {
          const match = (f) => (f.type === 'ack' && f.clientId === clientId) || (f.type === 'error' && f.ref === clientId)
          const waiter = { match, done, fail, type: 'ack' }
          waiter.timer = setTimeout(() => waiters.delete(waiter) && fail(new Error('no ack in time')), ms)
          waiters.add(waiter)
        }),
      close: () =>
        new Promise((done) => {
          if (ws.readyState === WebSocket.CLOSED) return done()
          ws.once('close', done)
          ws.close()
        }),
    }
    ws.on('message', (data) => {
      const type = /^\{"type":"(\w+)"/.exec(data.toString('latin1', 0, 32))?.[1]
      if (type !== undefined && socket.unread?.has(type) && waiters.size === 0) return
      const frame = JSON.parse(data.toString())
      socket.onFrame?.(frame)
      for (const w of waiters) {
        if (w.match(frame)) {
          waiters.delete(w)
          clearTimeout(w.timer)
          w.done(frame)
          break
        }
      }
    })
    ws.on('close', () => {
      for (const w of waiters) {
        clearTimeout(w.timer)
        w.fail(new Error(`closed before ${w.type}`))
      }
      waiters.clear()
      socket.onClose?.()
    })
    ws.once('open', () => resolveOpen(socket))
    // After the open, errors are followed by 'close', which the waiters hear.
    ws.on('error', reject)
  })
}

/** A shopper's widget: connect, `hello` (with its token when it has one), wait for `welcome`. */
export async function shopper(base, token) {
  const s = await connect(`${base}/v1/visitor?siteKey=demo`, { Origin: SHOP_ORIGIN })
  try {
    s.send({ type: 'hello', v: 1, ...(token ? { token } : {}) })
    s.welcome = await s.next('welcome', undefined, 30_000)
  } catch (error) {
    s.ws.terminate()
    throw error
  }
  return s
}

export async function agent(base, cookie) {
  const s = await connect(`${base}/v1/agent`, { Cookie: cookie, Origin: base.replace('ws', 'http') })
  s.send({ type: 'hello', v: 1 })
  s.welcome = await s.next('welcome')
  return s
}

/**
 * Runs `open(i)` for i < count with at most `window` at once (a crowd arriving, bounded so the
 * generator measures the server, not its own queue), until done or `until` (performance.now()).
 */
export async function openMany(count, open, { window, until = Infinity }) {
  const results = Array.from({ length: count }, () => null)
  const errors = {}
  const latencies = []
  let next = 0
  const started = performance.now()
  const cpu = process.cpuUsage()
  const lane = async () => {
    while (next < count && performance.now() < until) {
      const i = next++
      const t = performance.now()
      try {
        results[i] = await open(i)
        latencies.push(performance.now() - t)
      } catch (error) {
        countError(errors, error)
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(window, count) }, lane))
  const seconds = (performance.now() - started) / 1000
  const used = process.cpuUsage(cpu)
  const cpuMs = (used.user + used.system) / 1000
  return { results, errors, latencies, seconds, generatorCpu: cpuMs / 1000 / seconds, generatorMsEach: cpuMs / Math.max(1, latencies.length) }
}
