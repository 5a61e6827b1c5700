import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A fresh temporary directory for a real on-disk database; `remove` cleans it up. */
export async function tempDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'attune-server-'))
  return { path, remove: () => rm(path, { recursive: true, force: true }) }
}
