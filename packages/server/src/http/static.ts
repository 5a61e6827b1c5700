import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { compressedFiles, isCompressible, pickEncoding } from './compress.ts'
import { HttpErrorCode, sendError } from './respond.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/** One memory of compressed files for the process: every root's files share it. */
const compressed = compressedFiles()

export type StaticOptions = {
  /** The folder files are served from; when undefined every request 404s. */
  root: string | undefined
  /** Cache-Control for files; html always gets no-cache so new deploys are seen. */
  cacheControl: string
  /** Serve this file (relative to root) when nothing matches: single-page app routing. */
  fallback?: string
  /** Extra response headers (CORS for assets other origins load). */
  headers?: Record<string, string>
}

/**
 * Resolves a URL path inside `root`, or null when it would escape it. Decoding first and
 * checking the resolved prefix defeats `..`, `%2e%2e` and encoded separators alike.
 */
function safeJoin(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const base = resolve(root)
  const full = resolve(join(base, decoded))
  return full === base || full.startsWith(base + sep) ? full : null
}

async function fileAt(path: string | null): Promise<string | null> {
  if (!path) return null
  try {
    const info = await stat(path)
    if (info.isFile()) return path
    if (info.isDirectory()) {
      const index = join(path, 'index.html')
      if ((await stat(index)).isFile()) return index
    }
  } catch {
    // missing: fall through
  }
  return null
}

/** Serves `urlPath` from the options' root; answers 404 itself when there is nothing. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, urlPath: string, options: StaticOptions): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendError(res, HttpErrorCode.MethodNotAllowed, 'Only GET and HEAD are served here.', { Allow: 'GET, HEAD' })
    return
  }
  const root = options.root
  let file = root ? await fileAt(safeJoin(root, urlPath)) : null
  if (!file && root && options.fallback) file = await fileAt(safeJoin(root, options.fallback))
  if (!file) {
    sendError(res, HttpErrorCode.NotFound, 'Not found.')
    return
  }
  const ext = extname(file).toLowerCase()
  const info = await stat(file)
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': ext === '.html' ? 'no-cache' : options.cacheControl,
    ...options.headers,
  }
  const compressible = isCompressible(ext, info.size)
  const encoding = compressible ? pickEncoding(req.headers['accept-encoding']) : null
  if (compressible) Object.assign(headers, { Vary: 'Accept-Encoding' })
  if (encoding) {
    const body = await compressed.get(file, info, encoding)
    res.writeHead(200, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length })
    res.end(req.method === 'HEAD' ? undefined : body)
    return
  }
  res.writeHead(200, { ...headers, 'Content-Length': info.size })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res)
}
