// The generator stands in for shoppers' and agents' own devices, which in a store's life never
// take a core from the server. On one machine they must share its cores, and at equal priority
// the generator's bursts kept the servers' threads waiting for a core (the stall watch saw their
// longest stalls spent mostly off a core). So the generator runs at the lowest priority
// (`BENCH_GENERATOR_NICE`, default 19; 0 shares the servers' priority) and everything it measures
// — the servers, PostgreSQL, Redis, the relay — at the priority the bench started with.
//
// Linux gives each thread its own nice value, and a new process takes the one of the thread that
// started it. The bench lowers its main thread, where the generator runs, and starts every process
// under test from a worker thread created before that, which keeps the bench's first priority.
// Where threads cannot be lowered (not Linux) everything stays at one priority, and the header says so.
import { execFile, spawn } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { closeSync, openSync } from 'node:fs'
import { getPriority, setPriority } from 'node:os'
import { isMainThread, parentPort, Worker } from 'node:worker_threads'

if (!isMainThread) starter()

/** The worker's side: starts processes and says when they exit; runs commands to their end. */
function starter() {
  parentPort.on('message', ({ id, op, file, args, env, stdout }) => {
    if (op === 'run') {
      execFile(file, args, { env }, (error, out, err) =>
        parentPort.postMessage({ id, error: error ? { message: error.message, code: error.code } : null, stdout: out, stderr: err }),
      )
      return
    }
    const fd = stdout ? openSync(stdout, 'a') : 'ignore'
    const child = spawn(file, args, { env, stdio: ['ignore', fd, 'inherit'] })
    if (typeof fd === 'number') closeSync(fd)
    child.once('spawn', () => parentPort.postMessage({ id, pid: child.pid }))
    child.once('error', (error) => parentPort.postMessage({ id, error: { message: error.message, code: error.code } }))
    child.once('exit', (code, signal) => parentPort.postMessage({ id, exit: [code, signal] }))
  })
}

/** A started process as the bench sees it: its pid, whether and how it exited, `kill`, and 'exit'. */
class Started extends EventEmitter {
  pid = undefined
  exitCode = null
  signalCode = null
  kill(signal = 'SIGTERM') {
    try {
      process.kill(this.pid, signal)
    } catch {
      // Gone already: its 'exit' has come or is on its way.
    }
  }
}

/**
 * Lowers the generator (this thread) to `nice` and answers how processes under test are started:
 * `start(file, args, { env, stdout })` (a `Started`, once running; `stdout` a file it appends to)
 * and `run(file, args)` (`{ stdout }` when it ends well, as promisified `execFile`). `said` is how
 * the header names the arrangement.
 */
export async function lowerTheGenerator(nice) {
  const before = getPriority()
  const worker = new Worker(new URL(import.meta.url))
  await new Promise((resolve) => worker.once('online', resolve))
  // Elsewhere a nice value is the whole process's, and the processes started from the worker would
  // take the lowered one too.
  try {
    if (process.platform === 'linux' && nice > before) setPriority(nice)
  } catch {
    // Not allowed here: everything shares one priority.
  }
  const lowered = getPriority() > before
  // The worker keeps the bench alive only while something waits on it.
  const pending = new Map()
  let next = 0
  const ask = (message, handler) => {
    const id = next++
    pending.set(id, handler)
    worker.ref()
    worker.postMessage({ id, ...message })
    return id
  }
  const done = (id) => {
    pending.delete(id)
    if (pending.size === 0) worker.unref()
  }
  worker.on('message', (message) => pending.get(message.id)?.(message))
  worker.unref()

  return {
    said: lowered
      ? `the generator at nice ${getPriority()}, every process under test at ${before}`
      : `the generator and every process under test at nice ${before}`,
    start(file, args, { env = process.env, stdout } = {}) {
      const child = new Started()
      return new Promise((resolve, reject) => {
        const id = ask({ op: 'start', file, args, env, stdout }, (message) => {
          if (message.error) {
            done(id)
            reject(Object.assign(new Error(message.error.message), { code: message.error.code }))
          } else if (message.pid !== undefined) {
            child.pid = message.pid
            resolve(child)
          } else {
            done(id)
            ;[child.exitCode, child.signalCode] = message.exit
            child.emit('exit', ...message.exit)
          }
        })
      })
    },
    run(file, args, { env = process.env } = {}) {
      return new Promise((resolve, reject) => {
        const id = ask({ op: 'run', file, args, env }, (message) => {
          done(id)
          if (message.error) reject(Object.assign(new Error(`${message.error.message}${message.stderr ?? ''}`), { code: message.error.code }))
          else resolve({ stdout: message.stdout, stderr: message.stderr })
        })
      })
    },
  }
}
