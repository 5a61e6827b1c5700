import { fileURLToPath } from 'node:url'
import { startDatabaseEarly } from './cli/early.ts'

// The process's side of the command line: arguments, environment, output, signals. Everything
// else is in cli/, run in-process by the tests.
const stopped = () =>
  new Promise<string>((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'))
    process.once('SIGTERM', () => resolve('SIGTERM'))
  })

const argv = process.argv.slice(2)
// Before the rest of the server loads (the import below waits to evaluate it): cli/early.ts.
const databaseThread = startDatabaseEarly(argv, process.env, process.cwd())
const { main } = await import('./cli/main.ts')

const code = await main(argv, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  env: process.env,
  cwd: process.cwd(),
  here: fileURLToPath(new URL('.', import.meta.url)),
  stopped,
  databaseThread,
})
// A thread no command took (the command line was refused before it opened the database).
await (await databaseThread)?.close()
// Exit explicitly (a pool or timer left open by a library must not keep a finished command
// alive), once a piped `visitor export` has been written out in full.
const flushed = (stream: NodeJS.WriteStream) => new Promise((resolve) => stream.write('', resolve))
await Promise.all([flushed(process.stdout), flushed(process.stderr)])
process.exit(code)
