import { AttuneError } from './errors.ts'

/**
 * What core needs from its platform, injected so the same code runs in browsers, in Node and
 * under fake time in tests (the seams TanStack Query and centrifuge-js inject too).
 */

/**
 * A handler the socket calls with its event. Typed as a method, which TypeScript compares
 * bivariantly: `ws` and the DOM type their handlers with their own event classes (`(event: Event)
 * => void`), and those must fit without a cast. Core reads only the fields named below.
 */
type SocketHandler<E> = { handle(event: E): void }['handle']

/** The subset of the WHATWG WebSocket core uses; `ws` in Node and every browser provide it. */
export interface WebSocketLike {
  readonly readyState: number
  onopen: SocketHandler<unknown> | null
  onmessage: SocketHandler<{ data: unknown }> | null
  onclose: SocketHandler<{ code: number; reason: string }> | null
  onerror: SocketHandler<unknown> | null
  send(data: string): void
  close(code?: number, reason?: string): void
}

export type WebSocketConstructor = new (url: string) => WebSocketLike

/** localStorage's shape; anything with these three methods works (IndexedDB adapters too). */
export interface StorageLike {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export interface Clock {
  now(): number
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as Parameters<typeof clearTimeout>[0]),
}

/** A storage that forgets on reload: for Node, private modes that refuse localStorage, tests. */
export function memoryStorage(): StorageLike {
  const items = new Map<string, string>()
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}

/**
 * The page's localStorage when it can be used, else memory. Reading `localStorage` throws in
 * some sandboxed iframes and with cookies blocked, so it is probed inside try.
 */
export function defaultStorage(): StorageLike {
  try {
    const storage = (globalThis as { localStorage?: StorageLike }).localStorage
    if (storage) {
      storage.setItem('attune:probe', '1')
      storage.removeItem('attune:probe')
      return storage
    }
  } catch {
    // fall through to memory
  }
  return memoryStorage()
}

/** The WebSocket given, else the global one; Node 20 has none, so say what to pass. */
export function requireWebSocket(given: WebSocketConstructor | undefined): WebSocketConstructor {
  const WebSocketImpl = given ?? (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket
  if (!WebSocketImpl) {
    throw new AttuneError('invalid_input', 'No WebSocket here: pass one (in Node, from "ws").')
  }
  return WebSocketImpl
}

/** A random id for client items: unique enough for idempotency keys within a conversation. */
export function randomId(): string {
  const cryptoLike = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (cryptoLike?.randomUUID) return cryptoLike.randomUUID()
  // randomUUID is missing outside secure contexts (a store page on plain http).
  return Date.now().toString(36) + Math.random().toString(36).slice(2)
}

/**
 * Moments worth reconnecting at once instead of waiting out the backoff: the network came back,
 * or the page became visible again (a laptop woke, a phone unlocked). Returns the unsubscribe.
 */
export type WakeSource = (wake: () => void) => () => void

/** The browser's `online` event and `visibilitychange` to visible; nothing elsewhere. */
export const browserWakeSource: WakeSource = (wake) => {
  type Target = { addEventListener(type: string, fn: () => void): void; removeEventListener(type: string, fn: () => void): void }
  const g = globalThis as {
    addEventListener?: Target['addEventListener']
    removeEventListener?: Target['removeEventListener']
    document?: Target & { visibilityState?: string }
  }
  const doc = g.document
  const onVisible = () => {
    if (doc?.visibilityState === 'visible') wake()
  }
  g.addEventListener?.('online', wake)
  doc?.addEventListener('visibilitychange', onVisible)
  return () => {
    g.removeEventListener?.('online', wake)
    doc?.removeEventListener('visibilitychange', onVisible)
  }
}
