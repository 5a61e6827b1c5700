import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { COMMANDS } from './commands/index.ts'
import { ENV_VARIABLES } from './config.ts'
import { mainHelp } from './help.ts'

// The operator's docs are written by hand; these tests keep them in step with what the command line
// reads and prints, so a new variable cannot ship undocumented (ATTUNE_WEBHOOKS_LOOPBACK once did).
const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')

describe('the docs an operator follows', () => {
  it('the running guide has a row for every variable the server reads', () => {
    const guide = read('../../../../docs/running-attune.md')
    const section = guide.slice(guide.indexOf('\n## Environment variables'))
    const next = section.indexOf('\n## ', 1)
    const table = next === -1 ? section : section.slice(0, next)
    // A row's first cell names one variable or several: | `ATTUNE_WIDGET_DIR`, `ATTUNE_LOADER_DIR` | …
    const documented = table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...(line.split('|')[1] ?? '').matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]))
    expect(Object.keys(ENV_VARIABLES).filter((name) => !documented.includes(name))).toEqual([])
  })

  it("the server's README shows what attune-server --help prints", () => {
    const readme = read('../../README.md')
    const start = readme.indexOf('$ attune-server --help\n') + '$ attune-server --help\n'.length
    expect(readme.slice(start, readme.indexOf('\n```', start))).toBe(mainHelp(COMMANDS))
  })
})
