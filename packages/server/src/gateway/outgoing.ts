import type { ServerFrame } from '@attune/protocol'
import type { Writable } from 'node:stream'
import type { WebSocket } from 'ws'

/**
 * How frames leave (issue 12: a third of a loaded process's time went to `writev`).
 *
 * `ws` writes every message with a system call of its own (its sender corks a socket only for the
 * header and payload of one frame), and sockets have Nagle's algorithm off, so a socket that gets
 * an ack, the event's echo, a summary and a read mark in one tick cost four `writev`s and four
 * packets. The first frame of a tick corks the socket and the end of the tick uncorks it: the
 * frames stay one WebSocket message each, and leave in one write.
 */
const corked = new Set<Writable>()

function uncorkAll(): void {
  for (const socket of corked) socket.uncork()
  corked.clear()
}

/**
 * Sends one message on `ws`, whose TCP socket is `socket`, together with the others sent to it
 * in this tick. The tick ends after the promise jobs that were queued when it began (a frame's
 * handling is a chain of them), as `process.nextTick` runs then.
 */
export function sendInTick(ws: WebSocket, socket: Writable, data: string): void {
  if (!corked.has(socket)) {
    if (corked.size === 0) process.nextTick(uncorkAll)
    corked.add(socket)
    socket.cork()
  }
  ws.send(data)
}

/**
 * The most callers whose put-off work one turn runs. A batch answers up to 200 appends at once,
 * and their check-in rules, care signals and complaint checks in one turn held the event loop
 * for 100-220 ms under overload (issue 12 allows no stall over 100 ms), longest when a crowd's
 * first messages meet cold rules; 32 of them take about 3 ms warm and 20 ms cold (from that profile).
 */
const CALLERS_PER_TURN = 32

let waiting: (() => void)[] = []

function runTurn(): void {
  const now = waiting.slice(0, CALLERS_PER_TURN)
  waiting = waiting.slice(CALLERS_PER_TURN)
  // The rest wait for the turn after this one, so sockets are read and timers run in between.
  if (waiting.length > 0) setImmediate(runTurn)
  for (const resolve of now) resolve()
}

/**
 * Resolves in a later turn of the event loop, after the frames sent in this one have left. The
 * callers of a turn are resumed together, up to CALLERS_PER_TURN in one turn and the rest in the
 * turns after, in the order they asked, so the work they put off runs in few turns and its frames
 * leave together, a write per socket per turn.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    if (waiting.push(resolve) === 1) setImmediate(runTurn)
  })
}

/** Frames that come over the bus, the same object for every socket that listens. */
const SHARED: ReadonlySet<ServerFrame['type']> = new Set(['event', 'conversation', 'typing', 'read', 'presence', 'team', 'note', 'alert', 'notice'])
const serialized = new WeakMap<object, string>()
/** The events whose JSON was made in this turn of the event loop: forgotten at its end. */
let fannedOut: object[] = []

function forgetFannedOut(): void {
  for (const event of fannedOut) serialized.delete(event)
  fannedOut = []
}

/**
 * A frame's JSON, made once for all its recipients when it is one the bus fans out (a summary to
 * every inbox of a store). An event is wrapped anew for each connection (subscription.ts), so its
 * JSON is kept by the event itself, and only for the fan-out under way: an active conversation
 * keeps its newest events in memory (active-conversations.ts, up to 100,000 in all), and with
 * their JSON beside them the heap grew by ~2.5 KB per message and each young-generation GC copied
 * the strings (issue 12: 297 MB after a minute at 2,000 messages/s, ~115 MB without).
 */
export function frameJson(frame: ServerFrame): string {
  if (!SHARED.has(frame.type)) return JSON.stringify(frame)
  const key = frame.type === 'event' ? frame.event : frame
  let json = serialized.get(key)
  if (json === undefined) {
    serialized.set(key, (json = JSON.stringify(frame)))
    if (key !== frame) {
      if (fannedOut.length === 0) setImmediate(forgetFannedOut)
      fannedOut.push(key)
    }
  }
  return json
}
