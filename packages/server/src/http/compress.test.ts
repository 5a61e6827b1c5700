import { mkdir, stat, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../test-db.ts'
import { compressedFiles, pickEncoding } from './compress.ts'

describe('pickEncoding', () => {
  it('prefers Brotli, then gzip, and honours q=0 and *', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('gzip')).toBe('gzip')
    expect(pickEncoding('br;q=0, gzip;q=0.8')).toBe('gzip')
    expect(pickEncoding('BR ; Q=0.5')).toBe('br')
    expect(pickEncoding('*')).toBe('br')
    expect(pickEncoding('*, br;q=0')).toBe('gzip')
    expect(pickEncoding('gzip;q=0, br;q=0')).toBeNull()
    expect(pickEncoding('identity')).toBeNull()
    expect(pickEncoding('')).toBeNull()
    expect(pickEncoding(undefined)).toBeNull()
  })
})

describe('compressedFiles', () => {
  it('compresses a file once per version, and again when it changes', async () => {
    const dir = await tempDir()
    try {
      await mkdir(dir.path, { recursive: true })
      const file = join(dir.path, 'a.js')
      await writeFile(file, 'one '.repeat(200))
      const files = compressedFiles()
      const first = await files.get(file, await stat(file), 'gzip')
      expect(gunzipSync(first).toString()).toBe('one '.repeat(200))
      expect(await files.get(file, await stat(file), 'gzip')).toBe(first)

      await writeFile(file, 'two '.repeat(300))
      await utimes(file, new Date(), new Date(Date.now() + 5_000))
      expect(gunzipSync(await files.get(file, await stat(file), 'gzip')).toString()).toBe('two '.repeat(300))
    } finally {
      await dir.remove()
    }
  })

  it('forgets the oldest entries beyond its bound, and does not remember a failed read', async () => {
    const dir = await tempDir()
    try {
      const files = compressedFiles(1)
      const a = join(dir.path, 'a.js')
      const b = join(dir.path, 'b.js')
      await writeFile(a, 'a'.repeat(300))
      await writeFile(b, 'b'.repeat(300))
      const firstA = await files.get(a, await stat(a), 'gzip')
      await files.get(b, await stat(b), 'gzip')
      expect(await files.get(a, await stat(a), 'gzip')).not.toBe(firstA)

      const missing = join(dir.path, 'missing.js')
      await expect(files.get(missing, { mtimeMs: 1, size: 1 }, 'br')).rejects.toThrow()
      await writeFile(missing, 'm'.repeat(300))
      expect(brotliDecompressSync(await files.get(missing, { mtimeMs: 1, size: 1 }, 'br')).toString()).toBe('m'.repeat(300))
    } finally {
      await dir.remove()
    }
  })
})
