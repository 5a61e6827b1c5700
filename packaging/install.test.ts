import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { packAll, repo } from './packages.mjs'

// What a store does with the published packages, outside this workspace: `npm install` the
// tarballs `pnpm pack` makes (with their real dependencies from the registry), build an app on
// the widget and core, and run the server from the installed package.

const readJson = (path: string) => JSON.parse(readFileSync(join(repo, path), 'utf8'))

const root = mkdtempSync(join(tmpdir(), 'attune-packages-'))
const project = join(root, 'store')
const STORE_ORIGIN = 'http://127.0.0.1:5173'
const OWNER = { email: 'owner@example.com', password: 'some-long-password' }
const started: ChildProcess[] = []

/**
 * Starts a command in the project as a process group of its own (npx and what it runs), so that
 * stopping it stops all of it. `output()` is what it printed so far, stdout and stderr together.
 */
function launch(file: string, args: string[], env: NodeJS.ProcessEnv) {
  const child = spawn(file, args, { cwd: project, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  started.push(child)
  let stdout = ''
  let output = ''
  child.stdout?.on('data', (chunk) => ((stdout += chunk), (output += chunk)))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve))
  return { child, exited, stdout: () => stdout, output: () => output }
}

/**
 * Runs a command to its end. A failure, or a run longer than `minutes` (then it is stopped),
 * throws with everything it printed.
 */
async function sh(file: string, args: string[], { env = process.env, minutes = 8 } = {}) {
  const { child, exited, stdout, output } = launch(file, args, env)
  const late = setTimeout(() => void stop(child), minutes * 60_000)
  const code = await exited
  clearTimeout(late)
  if (code !== 0)
    throw new Error(`[Attune] ${file} ${args.join(' ')} ${code === null ? `was stopped (over ${minutes} min)` : `ended with ${code}`}:\n${output()}`)
  return { stdout: stdout(), output: output() }
}

beforeAll(async () => {
  const tarballs = packAll(join(root, 'tarballs'))
  mkdirSync(project)
  cpSync(join(repo, 'packaging', 'fixture'), project, { recursive: true })
  const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8'))
  manifest.dependencies = {
    ...Object.fromEntries(tarballs.map(({ name, tarball }) => [name, `file:${tarball}`])),
    // What the app and the Node script use besides Attune, at the versions this workspace uses.
    typescript: readJson('package.json').devDependencies.typescript,
    vite: readJson('packages/widget/package.json').devDependencies.vite,
    ws: readJson('packages/server/package.json').dependencies.ws,
  }
  writeFileSync(join(project, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  await sh('npm', ['install', '--no-audit', '--no-fund'])
})

afterAll(async () => {
  await Promise.all(started.map(stop))
  rmSync(root, { recursive: true, force: true })
})

describe('the packages installed from their tarballs', () => {
  it('each one but the widget (browser-only) loads in Node with its named exports', async () => {
    const names = ['@attune/protocol', '@attune/empathy', '@attune/core', '@attune/mock', '@attune/server']
    const script = `for (const name of ${JSON.stringify(names)}) console.log(name, Object.keys(await import(name)).length)`
    const { stdout } = await sh('node', ['--input-type=module', '--eval', script], { minutes: 2 })
    for (const name of names) expect(stdout).toMatch(new RegExp(`^${name} [1-9]\\d*$`, 'm'))
  })

  it('a Vite app on @attune/widget and @attune/core type-checks and builds', async () => {
    await sh('npx', ['tsc', '-p', 'tsconfig.json'])
    await sh('npx', ['vite', 'build'])
    expect(existsSync(join(project, 'dist', 'index.html'))).toBe(true)
    // The widget's panel and languages stay chunks of their own in the store's build, loaded later.
    expect(readdirSync(join(project, 'dist', 'assets')).filter((file) => file.endsWith('.js')).length).toBeGreaterThan(2)
  })

  it('attune-server init and start run from the package, and @attune/core chats with it', async () => {
    const port = await freePort()
    const server = `http://127.0.0.1:${port}`
    const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ATTUNE_DATA_DIR: join(root, 'data') }

    // `npx @attune/server` runs the package's one command, as the README says.
    expect((await sh('npx', ['@attune/server', '--help'], { env, minutes: 2 })).stdout).toContain('init')
    const init = await sh(
      'npx',
      ['attune-server', 'init', '--store', 'Test Store', '--origin', STORE_ORIGIN, '--owner-email', OWNER.email, '--owner-password', OWNER.password],
      { env, minutes: 3 },
    )
    console.log(init.output)
    expect(init.output).not.toContain(OWNER.password)

    const start = launch('npx', ['attune-server', 'start'], env)
    await healthy(server, start)
    // The front ends it carries: the script tag's loader and the widget chunk it names, and the inbox.
    const loader = await fetch(`${server}/widget/loader.js`)
    const launcher = /assets\/launcher-[\w-]+\.js/.exec(await loader.text())?.[0]
    for (const path of [`/widget/${launcher}`, '/inbox/']) expect((await fetch(`${server}${path}`)).status, path).toBe(200)

    const { stdout } = await sh('node', ['chat.mjs', server, OWNER.email, OWNER.password, STORE_ORIGIN], { env, minutes: 2 })
    console.log(stdout)
    const chat = JSON.parse(stdout)
    expect(chat.sent).toEqual({ seq: expect.any(Number), text: 'Hello from Node: is the blue kettle back in stock?' })
    expect(chat.ownerSaw).toEqual(chat.sent)
    expect(chat.shopperGot).toEqual({ seq: expect.any(Number), text: 'It is, since this morning.' })
    expect(start.output()).not.toContain(OWNER.password)
  })
})

/** A port nothing listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Waits until the server answers /healthz; fails at once if it exits first. */
async function healthy(server: string, { exited, output }: ReturnType<typeof launch>): Promise<void> {
  let gone = false
  void exited.then(() => (gone = true))
  for (;;) {
    if (gone) throw new Error(`[Attune] attune-server start exited:\n${output()}`)
    const answer = await fetch(`${server}/healthz`).catch(() => null)
    if (answer?.ok) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Stops a process group this test started (npx and the node it runs): SIGTERM, then SIGKILL. */
async function stop(child: ChildProcess): Promise<void> {
  const group = child.pid
  if (group === undefined || child.exitCode !== null || child.signalCode !== null) return
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-group, name)
    } catch {
      // The group is gone already.
    }
  }
  const exited = new Promise((resolve) => child.once('exit', resolve))
  signal('SIGTERM')
  const late = setTimeout(() => signal('SIGKILL'), 30_000)
  await exited
  clearTimeout(late)
}
