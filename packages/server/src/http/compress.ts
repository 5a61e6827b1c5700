// Static files go out compressed: Brotli where the browser takes it (every current one does over
// HTTPS), else gzip. The widget's chunks are what a shopper downloads on every store page, so they
// are compressed once at the highest levels and kept in memory, keyed by the file's mtime and size
// (a new build is picked up without a restart).
import { readFile } from 'node:fs/promises'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/** Text types; images and fonts are compressed formats already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.svg', '.txt'])
/** Below this a compressed body plus its header saves nothing worth a cache entry. */
const MIN_BYTES = 256

export const isCompressible = (ext: string, size: number): boolean => COMPRESSIBLE.has(ext) && size >= MIN_BYTES

/**
 * The encoding to answer with, from an Accept-Encoding header: Brotli, then gzip, else none.
 * `q=0` refuses an encoding (RFC 9110 §12.5.3); `*` stands for any not named.
 */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  const weights = new Map<string, number>()
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined)
    if (name) weights.set(name.trim(), q === undefined ? 1 : Number(q))
  }
  const accepts = (encoding: Encoding) => (weights.get(encoding) ?? weights.get('*') ?? 0) > 0
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : null
}

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: constants.Z_BEST_COMPRESSION })
}

export interface CompressedFiles {
  /** The file's bytes in `encoding`, compressed on first ask and remembered for this version of the file. */
  get(file: string, version: { mtimeMs: number; size: number }, encoding: Encoding): Promise<Buffer>
}

/** A bounded memory of compressed files; the oldest entry goes first when full. */
export function compressedFiles(maxEntries = 256): CompressedFiles {
  const cache = new Map<string, Promise<Buffer>>()
  return {
    get(file, { mtimeMs, size }, encoding) {
      const key = `${encoding}:${mtimeMs}:${size}:${file}`
      let body = cache.get(key)
      if (!body) {
        body = readFile(file).then((bytes) => compress(bytes, encoding))
        // A failed read is not remembered: the next request tries again.
        body.catch(() => cache.delete(key))
        cache.set(key, body)
        if (cache.size > maxEntries) cache.delete(cache.keys().next().value!)
      }
      return body
    },
  }
}
