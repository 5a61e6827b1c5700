/** The part of a `ws` socket the heartbeat uses. */
export type Beating = {
  ping(): void
  terminate(): void
  on(event: 'pong', listener: (this: Beating) => void): unknown
}

/**
 * Sockets pinged in one turn of the event loop. A ping is a write of its own: 10,000 sockets pinged
 * in one turn held every shopper's frames for 111–172 ms every interval (issue 12 allows no stall
 * over 100 ms; 500 a turn, 10–14 ms).
 */
const PINGS_PER_TURN = 500

/**
 * WebSocket-level heartbeats: every `everyMs` each socket is pinged; one that has not answered
 * the previous ping by then is cut. A peer that vanished (a closed laptop, a dropped train
 * tunnel, a flood client that stopped reading) otherwise holds its socket until TCP gives up,
 * hours later. Browsers answer pings by themselves. The sockets are swept a few hundred per turn
 * of the event loop, so frames go on in between. Returns `watch` and `stop`.
 */
export function startHeartbeat(sockets: () => Iterable<Beating>, everyMs: number) {
  const answered = new WeakSet<Beating>()
  let stopped = false
  // One listener for every socket (`this` is the socket), not a closure each (issue 12: idle memory).
  function onPong(this: Beating) {
    answered.add(this)
  }
  async function sweep(): Promise<void> {
    let inTurn = 0
    // A copy: sockets close and open while the sweep waits for its next turn.
    for (const ws of [...sockets()]) {
      if (inTurn++ === PINGS_PER_TURN) {
        await new Promise((next) => setImmediate(next))
        if (stopped) return
        inTurn = 1
      }
      if (!answered.has(ws)) {
        ws.terminate()
        continue
      }
      answered.delete(ws)
      ws.ping()
    }
  }
  const timer = setInterval(() => void sweep(), everyMs)
  timer.unref?.()
  return {
    /** Starts watching a socket (counted as alive until its first ping goes unanswered). */
    watch(ws: Beating): void {
      answered.add(ws)
      ws.on('pong', onPong)
    },
    stop: () => {
      stopped = true
      clearInterval(timer)
    },
  }
}

/**
 * Sockets that must say hello within `timeoutMs`, checked by one sweep a few times per timeout
 * rather than a timer each (issue 12: an idle socket's memory): a silent one is closed by
 * `expire`, at most a quarter of the timeout late.
 */
export function startHelloDeadlines<T>(timeoutMs: number, expire: (socket: T) => void, now: () => number = Date.now) {
  const deadlines = new Map<T, number>()
  const timer = setInterval(
    () => {
      const t = now()
      // A Map iterates in insertion order, and every deadline is as long: stop at the first to come.
      for (const [socket, deadline] of deadlines) {
        if (deadline > t) break
        deadlines.delete(socket)
        expire(socket)
      }
    },
    Math.max(10, Math.floor(timeoutMs / 4)),
  )
  timer.unref?.()
  return {
    wait: (socket: T) => void deadlines.set(socket, now() + timeoutMs),
    /** It said hello, or closed. */
    done: (socket: T) => void deadlines.delete(socket),
    stop: () => clearInterval(timer),
  }
}

export type HelloDeadlines<T> = ReturnType<typeof startHelloDeadlines<T>>
