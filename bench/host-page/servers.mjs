// The two servers the host-page bench talks to: the real Attune server (scenario "with Attune")
// and a small static server for the comparison pages (the bare store, and the store with the peer
// widget, whose server side it also plays: a dummy Rocket.Chat that answers nothing useful).
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, resolve, sep } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
}

/** Starts `packages/server/dist/cli.js start --demo` on a free loopback port with a throwaway data dir. */
export async function startAttune(repo) {
  const cli = join(repo, 'packages', 'server', 'dist', 'cli.js')
  const dataDir = await mkdtemp(join(tmpdir(), 'attune-bench-'))
  const port = await freePort()
  // The demo store (site key demo) and its shop page at /: what the bench loads.
  // /metrics answers requests bearing this token: the bench reads the sockets the server holds.
  const metricsToken = randomBytes(16).toString('hex')
  const child = spawn(process.execPath, [cli, 'start', '--demo'], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ATTUNE_DATA_DIR: dataDir, ATTUNE_METRICS_TOKEN: metricsToken },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (chunk) => (log += chunk))
  child.stderr.on('data', (chunk) => (log += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done))
      child.kill('SIGTERM')
      await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))])
    }
    await rm(dataDir, { recursive: true, force: true })
  }
  try {
    await waitFor(
      async () => (await fetch(`${url}/healthz`)).ok,
      30_000,
      () => child.exitCode !== null,
    )
  } catch (error) {
    await stop()
    throw new Error(`the Attune server did not start: ${error.message}\n${log}`)
  }
  /** The WebSockets the server holds now, by role, as its /metrics gauge says. */
  const sockets = async () => {
    const text = await (await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text()
    const held = { visitor: 0, agent: 0 }
    for (const [, role, value] of text.matchAll(/^attune_connections\{role="(\w+)"\} (\d+)/gm)) held[role] = Number(value)
    return held
  }
  return { url, stop, sockets }
}

/**
 * Serves the comparison pages on 127.0.0.1:
 *   /                 the demo store without any chat (the Attune snippet cut out)
 *   /rocketchat.html  the same store with Rocket.Chat's embed snippet in its place
 *   /livechat[/…]     Rocket.Chat Livechat's npm build, as a Rocket.Chat server serves it
 *   anything else     404, the dummy Rocket.Chat API: no DDP WebSocket, and no config unless
 *                     `peerConfig` is 'offline': then /api/v1/livechat/config answers a minimal
 *                     "enabled, no agent online" config, enough for the widget to draw its launcher
 */
export async function startStatic({ storeDir, livechatDir, peerConfig = 'none' }) {
  const storeHtml = await readFile(join(storeDir, 'index.html'), 'utf8')
  const bare = withoutAttune(storeHtml)
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    const origin = `http://${req.headers.host}`
    try {
      if (path === '/' || path === '/index.html') return send(res, 200, '.html', bare)
      if (path === '/rocketchat.html') return send(res, 200, '.html', withRocketChat(bare, origin))
      if (path === '/store.css' || path === '/store.js') return send(res, 200, extname(path), await readFile(join(storeDir, path)))
      if (livechatDir && (path === '/livechat' || path === '/livechat/')) {
        // A Rocket.Chat server serves the widget's index.html at /livechat with its own URL in
        // SERVER_URL (apps/meteor/app/livechat/server/livechat.ts, addServerUrlToIndex); so do we.
        const html = await readFile(join(livechatDir, 'index.html'), 'utf8')
        return send(res, 200, '.html', html.replace('<head>', `<head><script>SERVER_URL=${JSON.stringify(origin)}</script>`))
      }
      if (livechatDir && path.startsWith('/livechat/')) {
        const file = inside(livechatDir, path.slice('/livechat'.length))
        if (file && (await stat(file).catch(() => null))?.isFile()) return send(res, 200, extname(file), await readFile(file))
      }
      if (peerConfig === 'offline' && path === '/api/v1/livechat/config') return send(res, 200, '.json', JSON.stringify(OFFLINE_CONFIG))
      send(res, 404, '.json', JSON.stringify({ success: false, error: 'dummy Rocket.Chat: nothing here' }))
    } catch (error) {
      send(res, 500, '.json', JSON.stringify({ error: String(error) }))
    }
  })
  // The peer's SDK opens a DDP WebSocket to /websocket; refuse it the way a dead server would.
  server.on('upgrade', (_req, socket) => socket.destroy())
  await new Promise((done) => server.listen(0, '127.0.0.1', done))
  const url = `http://127.0.0.1:${server.address().port}`
  return {
    url,
    stop: () => new Promise((done) => server.close(() => done())),
    closeConnections: () => server.closeAllConnections(),
  }
}

/** The store page minus the Attune snippet (its comment, the stub and the loader tag). */
export function withoutAttune(html) {
  const cut = html.replace(/\s*<!-- Attune live chat[\s\S]*?<script async src="\/widget\/loader\.js"><\/script>/, '')
  if (cut === html || /Attune\(|loader\.js/.test(cut)) {
    throw new Error('could not cut the Attune snippet out of examples/store/index.html; update withoutAttune()')
  }
  return cut
}

/** Rocket.Chat's embed snippet as its admin page hands it out (Omnichannel → Livechat installation). */
function withRocketChat(bareHtml, origin) {
  const snippet = `
    <!-- Rocket.Chat Livechat: the snippet as Rocket.Chat's admin page hands it out. -->
    <script type="text/javascript">
    (function(w, d, s, u) {
      w.RocketChat = function(c) { w.RocketChat._.push(c) }; w.RocketChat._ = []; w.RocketChat.url = u;
      var h = d.getElementsByTagName(s)[0], j = d.createElement(s);
      j.async = true; j.src = '${origin}/livechat/rocketchat-livechat.min.js?_=201903270000';
      h.parentNode.insertBefore(j, h);
    })(window, document, 'script', '${origin}/livechat');
    </script>
  </body>`
  return bareHtml.replace(/\s*<\/body>/, snippet)
}

function send(res, status, ext, body) {
  res.writeHead(status, { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' })
  res.end(body)
}

function inside(root, urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const base = resolve(root)
  const full = resolve(join(base, decoded))
  return full.startsWith(base + sep) ? full : null
}

export async function freePort() {
  const probe = createServer()
  await new Promise((done) => probe.listen(0, '127.0.0.1', done))
  const { port } = probe.address()
  await new Promise((done) => probe.close(done))
  return port
}

async function waitFor(check, timeoutMs, gaveUp) {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (gaveUp()) throw new Error('the process exited')
    try {
      if (await check()) return
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms`)
    await sleep(100)
  }
}

export const sleep = (ms) => new Promise((done) => setTimeout(done, ms))

export const exists = existsSync

// The smallest config Rocket.Chat Livechat 1.13 accepts to render: enabled, offline, default texts.
const OFFLINE_CONFIG = {
  success: true,
  config: {
    enabled: true,
    online: false,
    settings: { displayOfflineForm: true },
    theme: { title: 'Demo Store', color: '#0f766e' },
    messages: {},
    survey: {},
    triggers: [],
    departments: [],
    resources: { sound: null },
  },
}
