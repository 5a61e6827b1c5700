import { AccountError } from '../accounts/errors.ts'
import { VERSION } from '../server.ts'
import { CliError, EXIT_CODES, parseFlags, startsByDefault, wantsHelp, type Command, type Io } from './command.ts'
import { COMMANDS } from './commands/index.ts'
import { readConfig } from './config.ts'
import { commandHelp, groupHelp, mainHelp } from './help.ts'

const byName = new Map(COMMANDS.map((c) => [c.name, c]))
const groupOf = (word: string) => COMMANDS.filter((c) => c.name.startsWith(`${word} `))

/** The command named by the first words of argv, and the flags after them. */
function pick(argv: readonly string[]): { command: Command; rest: string[] } | { help: string } {
  const [first, second] = argv
  if (startsByDefault(first)) {
    if (wantsHelp(argv)) return { help: mainHelp(COMMANDS) }
    return { command: byName.get('start')!, rest: [...argv] }
  }
  const pair = second !== undefined ? byName.get(`${first} ${second}`) : undefined
  if (pair) return { command: pair, rest: argv.slice(2) }
  const single = byName.get(first)
  if (single) return { command: single, rest: argv.slice(1) }
  const group = groupOf(first)
  if (group.length) {
    if (wantsHelp(argv.slice(1))) return { help: groupHelp(first, group) }
    const what = second === undefined || second.startsWith('-') ? `needs a command` : `has no command "${second}"`
    throw new CliError('usage', `attune-server ${first} ${what}.\n\n${groupHelp(first, group)}`)
  }
  throw new CliError('usage', `unknown command "${first}" (see: attune-server --help)`)
}

/** `attune-server help [command…]`. */
function helpFor(words: readonly string[]): string {
  if (!words.length) return mainHelp(COMMANDS)
  const name = words.join(' ')
  const command = byName.get(name)
  if (command) return commandHelp(command)
  const group = groupOf(name)
  if (words.length === 1 && group.length) return groupHelp(name, group)
  throw new CliError('usage', `no help for "${name}": there is no such command (see: attune-server --help)`)
}

/**
 * Runs one command line and returns the process's exit code: 0 done, 1 refused or failed, 2 a
 * bad command line or environment. `start` returns only once the server has stopped.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    const help = argv[0] === '--version' ? VERSION : argv[0] === 'help' ? helpFor(argv.slice(1)) : null
    const picked = help === null ? pick(argv) : { help }
    if ('help' in picked) {
      io.out(picked.help)
      return 0
    }
    const { command, rest } = picked
    if (wantsHelp(rest)) {
      io.out(commandHelp(command))
      return 0
    }
    const flags = parseFlags(command, rest)
    const config = readConfig(io.env, io.cwd)
    return await command.run({ flags, config, io })
  } catch (error) {
    if (error instanceof CliError || error instanceof AccountError) {
      io.err(`[Attune] ${error.message}`)
      return error instanceof CliError ? EXIT_CODES[error.code] : 1
    }
    // Not a refusal we foresaw: the stack helps whoever reads the report.
    io.err(`[Attune] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    return 1
  }
}
