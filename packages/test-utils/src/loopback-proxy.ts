import { createServer, connect, type Server, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'

/**
 * A TCP proxy on 127.0.0.1 in front of one target port, for tests that must survive a bad
 * network. It forwards raw bytes both ways (so HTTP and WebSocket upgrades pass untouched) and
 * can drop connections the way a network does: mid-frame, with a reset, on both sides at once.
 */
export interface LoopbackProxy {
  /** The port the proxy listens on. */
  readonly port: number
  /** `http://127.0.0.1:<port>`: give this to clients instead of the target's URL. */
  readonly url: string
  /** Resets every live connection pair; returns how many were cut. */
  cutAll(): number
  /** Resets about `fraction` (0..1) of the live pairs, chosen with the proxy's `random`. */
  cutRandom(fraction: number): number
  /**
   * New connections wait (`hold`, the default: accepted, bytes kept, forwarded on `resume`) or
   * are closed at once (`refuse`). Live pairs are left alone. Used while the target restarts.
   */
  pause(mode?: 'hold' | 'refuse'): void
  /** Forwards the held connections and the new ones again. */
  resume(): void
  stats(): LoopbackProxyStats
  /** Stops listening and resets everything still open. */
  close(): Promise<void>
}

export interface LoopbackProxyStats {
  /** Client connections the proxy accepted (held and refused ones included). */
  accepted: number
  /** Pairs reset by `cutAll`/`cutRandom`. */
  cuts: number
  /** Client connections closed because of `pause('refuse')` or because the target was down. */
  refused: number
  /** Pairs open right now. */
  live: number
  /** Client connections waiting for `resume`. */
  held: number
}

export interface LoopbackProxyOptions {
  targetPort: number
  targetHost?: string
  /** 0 (the default) picks a free port. */
  port?: number
  /** Picks the victims of `cutRandom`; pass a seeded one for repeatable runs. */
  random?: () => number
}

type Pair = { client: Socket; upstream: Socket }

export async function createLoopbackProxy(options: LoopbackProxyOptions): Promise<LoopbackProxy> {
  const { targetPort, targetHost = '127.0.0.1', random = Math.random } = options
  const pairs = new Set<Pair>()
  const held = new Set<Socket>()
  let mode: 'open' | 'hold' | 'refuse' = 'open'
  const counts = { accepted: 0, cuts: 0, refused: 0 }

  function forward(client: Socket): void {
    const upstream = connect(targetPort, targetHost)
    const pair: Pair = { client, upstream }
    pairs.add(pair)
    let connected = false
    upstream.once('connect', () => {
      connected = true
    })
    const end = () => {
      if (!pairs.delete(pair)) return
      // The target refused (it is restarting): the client sees its connection drop.
      if (!connected) counts.refused++
      client.destroy()
      upstream.destroy()
    }
    // Errors (ECONNRESET, ECONNREFUSED) end the pair; half-closes are passed on by pipe.
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
    client.pipe(upstream)
    upstream.pipe(client)
  }

  function cut(pair: Pair): void {
    if (!pairs.delete(pair)) return
    counts.cuts++
    // A reset, not a polite FIN: bytes in flight are lost, as when a phone drops off Wi-Fi.
    pair.client.resetAndDestroy()
    pair.upstream.resetAndDestroy()
  }

  const server: Server = createServer({ noDelay: true }, (client) => {
    counts.accepted++
    client.setNoDelay(true)
    if (mode === 'refuse') {
      counts.refused++
      client.on('error', () => {})
      client.resetAndDestroy()
      return
    }
    if (mode === 'hold') {
      // Not reading yet: the client's bytes wait in the socket until `resume`.
      held.add(client)
      client.on('error', () => client.destroy())
      client.once('close', () => held.delete(client))
      return
    }
    forward(client)
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    cutAll() {
      const before = counts.cuts
      for (const pair of [...pairs]) cut(pair)
      return counts.cuts - before
    },
    cutRandom(fraction) {
      const before = counts.cuts
      for (const pair of [...pairs]) if (random() < fraction) cut(pair)
      return counts.cuts - before
    },
    pause(next = 'hold') {
      mode = next
    },
    resume() {
      mode = 'open'
      for (const client of [...held]) {
        held.delete(client)
        client.removeAllListeners('close')
        client.removeAllListeners('error')
        if (!client.destroyed) forward(client)
      }
    },
    stats: () => ({ ...counts, live: pairs.size, held: held.size }),
    close() {
      for (const pair of [...pairs]) {
        pairs.delete(pair)
        pair.client.destroy()
        pair.upstream.destroy()
      }
      for (const client of held) client.destroy()
      held.clear()
      return new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
