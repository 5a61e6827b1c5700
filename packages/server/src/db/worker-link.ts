import type { Worker } from 'node:worker_threads'
import { DatabaseUnavailable } from './database.ts'

/** What the main thread asks of the database's thread (src/db/pglite-worker.js answers). */
interface Request {
  op: 'query' | 'exec' | 'commit' | 'rollback' | 'close'
  sql?: string
  params?: readonly unknown[]
  /** The transaction a statement belongs to, or the one to end. */
  tx?: number
  /** This statement is its transaction's first: begin `tx`, then run it. */
  begin?: boolean
}

/** An error as the thread sends it: its message and PostgreSQL's fields (code, constraint …). */
type WireError = { name: string; message: string } & Record<string, string | number | boolean>

type Reply = { ready: boolean; error?: WireError } | { id: number; result?: unknown; error?: WireError }

export interface WorkerLink {
  /** Resolves when the thread has opened its database; rejects with why it could not. */
  ready: Promise<void>
  /** Sends one request and resolves with its result. Rejects with DatabaseUnavailable once the thread is gone. */
  call<T>(request: Request): Promise<T>
  /** Why requests are refused now (the thread is gone or closed), or undefined while it serves. */
  refusal(): DatabaseUnavailable | undefined
  /** Refuses new requests from now on, sends `last` (the thread's own goodbye), and ends the thread. */
  end(last: Request): Promise<void>
}

/** The error a caller gets, with the same `code`, `constraint`, `detail` … PGlite gave in-thread. */
function revive(wire: WireError): Error {
  return Object.assign(new Error(wire.message), wire)
}

/**
 * Request/answer over a worker's messages. The thread is kept referenced only while answers are
 * awaited: an idle database never keeps a process (a CLI command, a test file) from exiting, and a
 * pending statement always does.
 */
export function linkWorker(worker: Worker): WorkerLink {
  const pending = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>()
  let nextId = 1
  let refused: DatabaseUnavailable | undefined
  let opened!: { resolve: () => void; reject: (error: Error) => void }
  const ready = new Promise<void>((resolve, reject) => (opened = { resolve, reject }))

  /** A crash or an exit: every awaited answer and every later request fails as "not now". */
  const stop = (cause: Error) => {
    refused ??= new DatabaseUnavailable(cause)
    opened.reject(refused)
    for (const { reject } of pending.values()) reject(refused)
    pending.clear()
  }

  worker.on('message', (reply: Reply) => {
    if ('ready' in reply) {
      if (reply.ready) opened.resolve()
      else opened.reject(revive(reply.error!))
      if (pending.size === 0) worker.unref()
      return
    }
    const waiting = pending.get(reply.id)
    if (!waiting) return
    pending.delete(reply.id)
    if (pending.size === 0) worker.unref()
    if (reply.error) waiting.reject(revive(reply.error))
    else waiting.resolve(reply.result as never)
  })
  worker.on('error', stop)
  worker.on('exit', (code) => stop(new Error(`The embedded database's thread ended (exit code ${code}).`)))

  const send = <T>(request: Request) =>
    new Promise<T>((resolve, reject) => {
      const id = nextId++
      pending.set(id, { resolve, reject })
      if (pending.size === 1) worker.ref()
      try {
        worker.postMessage({ ...request, id })
      } catch (error) {
        // A parameter structured clone cannot carry (a function, a symbol).
        pending.delete(id)
        reject(error as Error)
      }
    })

  return {
    ready,
    call: (request) => (refused ? Promise.reject(refused) : send(request)),
    refusal: () => refused,
    async end(last) {
      if (refused) return
      refused = new DatabaseUnavailable(new Error('The embedded database is closed.'))
      try {
        await send(last)
      } finally {
        await worker.terminate()
      }
    },
  }
}
