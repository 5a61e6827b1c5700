import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { defaultAssetDirs } from './assets.ts'

let root: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'attune-assets-'))
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('where the front ends are served from', () => {
  it('an installed package serves the copies it carries in dist/public', () => {
    const here = join(root, 'node_modules', '@attune', 'server', 'dist')
    for (const name of ['widget', 'loader', 'inbox', 'store']) mkdirSync(join(here, 'public', name), { recursive: true })
    expect(defaultAssetDirs(here, {})).toEqual({
      widget: join(here, 'public', 'widget'),
      loader: join(here, 'public', 'loader'),
      inbox: join(here, 'public', 'inbox'),
      store: join(here, 'public', 'store'),
    })
  })

  it('without carried copies (run from src/ in the monorepo) the built siblings are used', () => {
    const here = join(root, 'packages', 'server', 'src')
    expect(defaultAssetDirs(here, {})).toEqual({
      widget: join(root, 'packages', 'widget', 'dist'),
      loader: join(root, 'packages', 'loader', 'dist'),
      inbox: join(root, 'packages', 'inbox', 'dist'),
      store: join(root, 'examples', 'store'),
    })
  })

  it('a variable overrides either; an empty one counts as unset', () => {
    const here = join(root, 'packages', 'server', 'dist')
    mkdirSync(join(here, 'public', 'inbox'), { recursive: true })
    const dirs = defaultAssetDirs(here, { ATTUNE_WIDGET_DIR: '/srv/widget', ATTUNE_INBOX_DIR: '' })
    expect(dirs.widget).toBe('/srv/widget')
    expect(dirs.inbox).toBe(join(here, 'public', 'inbox'))
  })
})
