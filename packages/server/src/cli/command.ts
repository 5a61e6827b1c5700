import { parseArgs } from 'node:util'
import type { PgliteThread } from '../db/pglite.ts'
import type { Config } from './config.ts'

/** Why a command stopped, as a closed set; each maps to the process's exit code. */
export const CliErrorCode = {
  /** A bad command line: unknown command or flag, a missing or malformed value (exit 2). */
  Usage: 'usage',
  /** A bad environment variable (exit 2). */
  Config: 'config',
  /** The command ran and was refused or failed: no such store, email taken (exit 1). */
  Failed: 'failed',
} as const
export type CliErrorCode = (typeof CliErrorCode)[keyof typeof CliErrorCode]

export const EXIT_CODES: Record<CliErrorCode, number> = { usage: 2, config: 2, failed: 1 }

export class CliError extends Error {
  constructor(
    readonly code: CliErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** `--help` or `-h` anywhere among `args`. */
export const wantsHelp = (args: readonly string[]) => args.includes('--help') || args.includes('-h')

/** A command line whose first word is a flag, or that is empty, runs `start`, the default command. */
export const startsByDefault = (first: string | undefined): first is undefined | `-${string}` => first === undefined || first.startsWith('-')

/** What the command line talks to; the real process in cli.ts, a recorder in tests. */
export type Io = {
  /** Results, for the operator or a pipe (`visitor export > file.json`). */
  out(text: string): void
  /** Errors and notes that must not end up in piped output. */
  err(text: string): void
  env: Readonly<Record<string, string | undefined>>
  /** Relative ATTUNE_DATA_DIR values resolve against this. */
  cwd: string
  /** The folder of the running cli file (src/ or dist/), where the front ends are looked for. */
  here: string
  /** Resolves with the signal's name when the operator stops the server (Ctrl-C, SIGTERM). */
  stopped(): Promise<string>
  /** The embedded database's thread, started before the rest of the server loaded (cli/early.ts). */
  databaseThread?: Promise<PgliteThread | undefined>
}

type Flag = {
  type: 'string' | 'boolean'
  /** Repeatable (`--origin a --origin b`). */
  multiple?: boolean
  required?: boolean
  /** The value's placeholder in help, e.g. URL. */
  value?: string
  help: string
}

/** The parsed flags of one command line, read by name. */
export type Flags = {
  text(name: string): string | undefined
  /** Every value of a repeatable flag; commas split too (`--origin a,b`). */
  list(name: string): string[]
  on(name: string): boolean
}

export type Command = {
  /** The words that pick it: `init`, `store create`. */
  name: string
  summary: string
  flags: Record<string, Flag>
  /** Further lines for its --help. */
  notes?: readonly string[]
  run(input: { flags: Flags; config: Config; io: Io }): Promise<number>
}

/** Parses `args` strictly against the command's flags; every problem names the flag. */
export function parseFlags(command: Command, args: readonly string[]): Flags {
  const options = Object.fromEntries(
    Object.entries(command.flags).map(([name, flag]) => [name, { type: flag.type, ...(flag.multiple ? { multiple: true } : {}) }]),
  )
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>
  try {
    values = parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values
  } catch (error) {
    throw new CliError('usage', `${describeParseError(error)} (see: attune-server ${command.name} --help)`)
  }
  for (const [name, flag] of Object.entries(command.flags)) {
    const value = values[name]
    const missing = value === undefined || value === '' || (Array.isArray(value) && value.every((v) => v === ''))
    if (flag.required && missing) throw new CliError('usage', `--${name} is required (see: attune-server ${command.name} --help)`)
    if (flag.type === 'string' && value !== undefined && missing) throw new CliError('usage', `--${name} needs a value`)
  }
  const strings = (name: string) => {
    const value = values[name]
    return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string')
  }
  return {
    text: (name) => strings(name)[0],
    list: (name) =>
      strings(name)
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    on: (name) => values[name] === true,
  }
}

// node's messages speak of "options" and suggest positionals we never take; say it our way.
function describeParseError(error: unknown): string {
  const code = (error as { code?: string }).code
  const message = error instanceof Error ? error.message : String(error)
  const named = /'(-{1,2}[^' =]+)/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${named ?? message}`
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument '${/'([^']*)'/.exec(message)?.[1] ?? ''}'`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('does not take') ? `${named} takes no value` : `${named} needs a value`
  }
  return message
}
