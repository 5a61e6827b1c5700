import type { Command } from './command.ts'
import { ENV_VARIABLES } from './config.ts'

const COLUMNS = 100
const pad = (text: string, width: number) => text + ' '.repeat(Math.max(1, width - text.length))

/** Breaks `text` at spaces into lines that fit after `indent` columns. */
function wrap(text: string, indent: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > COLUMNS) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  lines.push(line)
  return lines.join(`\n${' '.repeat(indent)}`)
}

/** `attune-server --help`: every command in one list, then the environment. */
export function mainHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 4
  return [
    'attune-server: the Attune chat server and the commands that set it up.',
    '',
    'Usage: attune-server [command] [flags]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${pad(c.name, width)}${c.summary}`),
    `  ${pad('help [command]', width)}Shows a command's flags (or: attune-server <command> --help)`,
    '',
    'Environment:',
    // A name too long for the column puts its words on the next line, so lines stay within 100.
    ...Object.entries(ENV_VARIABLES).map(([name, what]) => (name.length < 22 ? `  ${pad(name, 22)}${what}` : `  ${name}\n${' '.repeat(24)}${what}`)),
    '',
    'The commands other than start open the database themselves. The embedded database serves one',
    'process at a time: run them while the server is stopped. With DATABASE_URL they may run beside it.',
  ].join('\n')
}

/** `attune-server store --help`: the commands of one group. */
export function groupHelp(group: string, commands: readonly Command[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 4
  return [
    `Usage: attune-server ${group} <${commands.map((c) => c.name.split(' ')[1]).join('|')}> [flags]`,
    '',
    ...commands.map((c) => `  ${pad(c.name, width)}${c.summary}`),
    '',
    `Run attune-server ${group} <command> --help for its flags.`,
  ].join('\n')
}

/** `attune-server init --help`: usage line, summary, flags, notes. */
export function commandHelp(command: Command): string {
  const flags = Object.entries(command.flags)
  const shown = (name: string, value?: string) => `--${name}${value ? ` ${value}` : ''}`
  const required = flags.filter(([, f]) => f.required).map(([name, f]) => shown(name, f.value) + (f.multiple ? '...' : ''))
  const optional = flags.some(([, f]) => !f.required)
  const rows = flags.map(([name, f]) => [shown(name, f.value), f.help + (f.required ? ' (required)' : '')] as const)
  rows.push(['-h, --help', 'shows this help'])
  const width = Math.max(...rows.map(([left]) => left.length)) + 4
  return [
    `Usage: attune-server ${[command.name, ...required, ...(optional ? ['[flags]'] : [])].join(' ')}`,
    '',
    command.summary + '.',
    '',
    'Flags:',
    ...rows.map(([left, right]) => `  ${pad(left, width)}${wrap(right, width + 2)}`),
    ...(command.notes?.length ? ['', ...command.notes.map((note) => wrap(note, 0))] : []),
  ].join('\n')
}
