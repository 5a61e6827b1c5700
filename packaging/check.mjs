// `pnpm test:packages`, first half: packs each published package as npm would receive it and
// runs publint and Are the Types Wrong on the tarball. Any message from either fails.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packAll, repo } from './packages.mjs'

const bin = (name) => join(repo, 'node_modules', '.bin', name)
const failed = []

/**
 * Runs a checker and prints what it says. A non-zero exit fails, and so does output that `clean`
 * refuses (publint exits 0 when all it has are suggestions).
 */
function run(label, file, args, clean = () => true) {
  let output
  let ok
  try {
    output = execFileSync(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    ok = clean(output)
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? error.message}`
    ok = false
  }
  process.stdout.write(output)
  if (!ok) failed.push(label)
}

const destination = mkdtempSync(join(tmpdir(), 'attune-check-'))
try {
  for (const { name, tarball } of packAll(destination)) {
    console.log(`\n${name}`)
    // --strict turns warnings into errors; with only suggestions it exits 0 but has no "All good!".
    run(`publint ${name}`, bin('publint'), ['run', '--strict', tarball], (output) => output.includes('All good!'))
    // ESM only, by design: there is no `require` condition, so the node10 and node16-from-CommonJS
    // resolutions find nothing; the esm-only profile leaves those two out and checks the rest.
    run(`attw ${name}`, bin('attw'), ['--profile', 'esm-only', '--format', 'table-flipped', '--no-color', '--no-emoji', tarball])
  }
} finally {
  rmSync(destination, { recursive: true, force: true })
}
if (failed.length > 0) {
  console.error(`\n[Attune] these package checks failed: ${failed.join(', ')}`)
  process.exit(1)
}
