import { describe, expect, it } from 'vitest'
import { VERSION } from '../server.ts'
import type { Io } from './command.ts'
import { COMMANDS } from './commands/index.ts'
import { main } from './main.ts'

// Nothing here opens a database: help and refusals come before any command runs.
async function run(argv: string[], env: Record<string, string> = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: Io = { out: (t) => void out.push(t), err: (t) => void err.push(t), env, cwd: '/srv', here: '/srv', stopped: () => new Promise(() => {}) }
  const code = await main(argv, io)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('attune-server', () => {
  it('--help lists every command and every variable', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const { code, out } = await run(argv)
      expect(code).toBe(0)
      for (const command of COMMANDS) expect(out).toContain(`  ${command.name} `)
      for (const variable of ['PORT', 'HOST', 'ATTUNE_DATA_DIR', 'DATABASE_URL', 'ATTUNE_PUBLIC_URL', 'ATTUNE_TRUST_PROXY', 'ATTUNE_SECRET']) {
        expect(out).toContain(variable)
      }
    }
  })

  it('each command has its own --help, also as help <command>', async () => {
    for (const command of COMMANDS) {
      const flag = await run([...command.name.split(' '), '--help'])
      expect(flag.code).toBe(0)
      expect(flag.out).toContain(`Usage: attune-server ${command.name}`)
      expect((await run(['help', ...command.name.split(' ')])).out).toBe(flag.out)
      for (const name of Object.keys(command.flags)) expect(flag.out).toContain(`--${name}`)
      // Help fits a terminal.
      for (const line of flag.out.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
    }
    for (const line of (await run(['--help'])).out.split('\n')) expect(line.length, line).toBeLessThanOrEqual(100)
    expect((await run(['init', '--help'])).out).toContain('Usage: attune-server init --store NAME --origin URL... --owner-email EMAIL [flags]')
  })

  it('a group lists its commands; without one it is a usage error', async () => {
    const help = await run(['agent', '--help'])
    expect(help.code).toBe(0)
    expect(help.out).toContain('Usage: attune-server agent <add|list|remove|role|reset-password> [flags]')
    expect((await run(['help', 'agent'])).out).toBe(help.out)
    const bare = await run(['agent'])
    expect(bare.code).toBe(2)
    expect(bare.err).toContain('attune-server agent needs a command')
    expect((await run(['agent', 'promote'])).err).toContain('attune-server agent has no command "promote"')
  })

  it('names an unknown command or flag and exits 2', async () => {
    expect(await run(['serve'])).toMatchObject({ code: 2, err: '[Attune] unknown command "serve" (see: attune-server --help)' })
    expect(await run(['start', '--port', '80'])).toMatchObject({ code: 2, err: '[Attune] unknown flag --port (see: attune-server start --help)' })
    expect(await run(['--demo=yes'])).toMatchObject({ code: 2, err: '[Attune] --demo takes no value (see: attune-server start --help)' })
    expect(await run(['init', '--store', 'Shop'])).toMatchObject({ code: 2, err: '[Attune] --origin is required (see: attune-server init --help)' })
    expect((await run(['help', 'nothing'])).code).toBe(2)
  })

  it('names a bad variable and exits 2 before touching any database', async () => {
    const { code, err } = await run(['store', 'list'], { PORT: 'eighty' })
    expect(code).toBe(2)
    expect(err).toBe('[Attune] PORT must be a whole number from 0 to 65535, not "eighty"')
  })

  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toMatchObject({ code: 0, out: VERSION })
  })
})
