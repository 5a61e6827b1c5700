import { describe, expect, it } from 'vitest'
import { CliError, parseFlags, type Command } from './command.ts'

const command: Command = {
  name: 'store update',
  summary: 'test',
  flags: {
    store: { type: 'string', required: true, help: '' },
    origin: { type: 'string', multiple: true, help: '' },
    json: { type: 'boolean', help: '' },
  },
  run: async () => 0,
}

const refusal = (args: string[]) => {
  try {
    parseFlags(command, args)
  } catch (error) {
    if (error instanceof CliError && error.code === 'usage') return error.message
    throw error
  }
  throw new Error('expected a usage error')
}

describe('flags', () => {
  it('reads strings, repeated and comma-separated lists, and switches', () => {
    const flags = parseFlags(command, ['--store', 'k1', '--origin', 'https://a.example, https://b.example', '--origin=https://c.example', '--json'])
    expect(flags.text('store')).toBe('k1')
    expect(flags.list('origin')).toEqual(['https://a.example', 'https://b.example', 'https://c.example'])
    expect(flags.on('json')).toBe(true)
    expect(parseFlags(command, ['--store', 'k1']).list('origin')).toEqual([])
  })

  it.each([
    [['--store', 'k', '--stroe', 'x'], 'unknown flag --stroe (see: attune-server store update --help)'],
    [['--store', 'k', '-x'], 'unknown flag -x'],
    [['--store'], '--store needs a value'],
    [['--store', '--json'], '--store needs a value'],
    [['--store='], '--store is required'],
    [['--json'], '--store is required (see: attune-server store update --help)'],
    [['--store', 'k', '--json=yes'], '--json takes no value'],
    [['--store', 'k', 'extra'], "unexpected argument 'extra'"],
  ])('refuses %j naming the problem', (args, message) => {
    expect(refusal(args)).toContain(message)
  })
})
