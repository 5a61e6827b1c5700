/** The part of a `ws` socket the heartbeat uses. */
export type Beating = {
  ping(): void
  terminate(): void
  on(event: 'pong', listener: () => void): unknown
}

/**
 * WebSocket-level heartbeats: every `everyMs` each socket is pinged; one that has not answered
 * the previous ping by then is cut. A peer that vanished (a closed laptop, a dropped train
 * tunnel, a flood client that stopped reading) otherwise holds its socket until TCP gives up,
 * hours later. Browsers answer pings by themselves. Returns `watch` and `stop`.
 */
export function startHeartbeat(sockets: () => Iterable<Beating>, everyMs: number) {
  const answered = new WeakSet<Beating>()
  const timer = setInterval(() => {
    for (const ws of sockets()) {
      if (!answered.has(ws)) {
        ws.terminate()
        continue
      }
      answered.delete(ws)
      ws.ping()
    }
  }, everyMs)
  timer.unref?.()
  return {
    /** Starts watching a socket (counted as alive until its first ping goes unanswered). */
    watch(ws: Beating): void {
      answered.add(ws)
      ws.on('pong', () => answered.add(ws))
    },
    stop: () => clearInterval(timer),
  }
}
