// One page load in a fresh browser context, measured the way a store would feel it: script bytes,
// main-thread time (CDP Performance.getMetrics), long tasks and layout shifts (PerformanceObserver
// installed before any page script), when the chat launcher shows, and what opening the chat loads.
import { gzipSync } from 'node:zlib'
import { sleep } from './servers.mjs'

/** Time the page is left alone after `load` before main-thread metrics are read. */
export const IDLE_MS = 3000
const LAUNCHER_TIMEOUT_MS = 6000
/** Time given to the chat after a click on the launcher to load what it needs. */
const OPEN_SETTLE_MS = 2000

// Runs in every frame before its scripts; only the top frame records, and its observers also see
// the long tasks of same-process iframes (attribution "same-origin-descendant" and the like).
const OBSERVERS = () => {
  if (window !== window.top) return
  const record = { longTasks: [], layoutShift: 0 }
  Object.defineProperty(window, '__hostPageBench', { value: record })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) record.longTasks.push(entry.duration)
  }).observe({ type: 'longtask', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) record.layoutShift += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
}

const gzipCache = new Map()
function gzipSize(url, body) {
  const key = `${url}#${body.length}`
  if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body).length)
  return gzipCache.get(key)
}

/**
 * Loads `scenario.url` once and returns its figures.
 * scenario: { url, launcherVisible?: () => number | false (runs in the page), open?: async (page) => void }
 * `watch`: false for a load that measures the page's cost — nothing runs in the page but the page
 * (the launcher poll forces style and layout every 10 ms, work the page would not do), and the
 * figures are read at the same moment in every scenario; true for a load that times the launcher
 * and opens the chat (its main-thread figures include the poll and are not reported).
 */
export async function measureOnce(browser, scenario, { watch }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.addInitScript(OBSERVERS)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')

    let phase = 'load'
    const pending = []
    page.on('requestfinished', (request) => {
      const at = phase
      pending.push(
        (async () => {
          const type = request.resourceType()
          const { responseBodySize } = await request.sizes()
          const response = await request.response()
          let gzip = 0
          let decoded = 0
          if (type === 'script' && response) {
            const body = await response.body().catch(() => Buffer.alloc(0))
            decoded = body.length
            gzip = gzipSize(request.url(), body)
          }
          return { phase: at, type, url: request.url(), bytes: responseBodySize, decoded, gzip, status: response?.status() ?? 0 }
        })().catch(() => null),
      )
    })
    let wsBytes = 0
    /** WebSockets the page opened before the click: a visitor who never chats should open none. */
    let sockets = 0
    page.on('websocket', (ws) => {
      if (phase === 'load') sockets++
      const count = (frame) => {
        if (phase === 'open') wsBytes += typeof frame.payload === 'string' ? Buffer.byteLength(frame.payload) : frame.payload.length
      }
      ws.on('framereceived', count)
      ws.on('framesent', count)
    })

    await page.goto(scenario.url, { waitUntil: 'load' })
    const loadedAt = Date.now()
    let launcherMs = null
    if (watch && scenario.launcherVisible) {
      launcherMs = await page
        .waitForFunction(scenario.launcherVisible, undefined, { polling: 10, timeout: LAUNCHER_TIMEOUT_MS })
        .then((handle) => handle.jsonValue())
        .catch(() => null)
    }
    await sleep(Math.max(0, loadedAt + IDLE_MS - Date.now()))

    const { metrics } = await cdp.send('Performance.getMetrics')
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0
    const observed = await page.evaluate(() => window.__hostPageBench)

    let opened = null
    let openMs = null
    if (scenario.open && launcherMs !== null) {
      phase = 'open'
      try {
        const clickedAt = Date.now()
        await scenario.open(page)
        openMs = Date.now() - clickedAt
        await sleep(OPEN_SETTLE_MS)
        opened = true
      } catch (error) {
        opened = `could not open: ${error.message.split('\n')[0]}`
      }
    }

    const requests = (await Promise.all(pending)).filter(Boolean)
    const sum = (list, key) => list.reduce((total, r) => total + r[key], 0)
    const loadScripts = requests.filter((r) => r.phase === 'load' && r.type === 'script')
    const openRequests = requests.filter((r) => r.phase === 'open')
    const openScripts = openRequests.filter((r) => r.type === 'script')
    const failedScripts = requests.filter((r) => r.type === 'script' && r.status >= 400).map((r) => new URL(r.url).pathname)
    return {
      failedScripts,
      jsRequests: loadScripts.length,
      jsBytes: sum(loadScripts, 'bytes'),
      jsDecoded: sum(loadScripts, 'decoded'),
      jsGzip: sum(loadScripts, 'gzip'),
      allBytes: sum(
        requests.filter((r) => r.phase === 'load'),
        'bytes',
      ),
      scriptMs: metric('ScriptDuration') * 1000,
      taskMs: metric('TaskDuration') * 1000,
      heapMB: metric('JSHeapUsedSize') / 1048576,
      longTasks: observed?.longTasks.length ?? 0,
      longTaskMs: (observed?.longTasks ?? []).reduce((a, b) => a + b, 0),
      layoutShift: observed?.layoutShift ?? 0,
      launcherMs,
      sockets,
      opened,
      openMs,
      openJsBytes: opened === true ? sum(openScripts, 'bytes') : null,
      openJsDecoded: opened === true ? sum(openScripts, 'decoded') : null,
      openJsGzip: opened === true ? sum(openScripts, 'gzip') : null,
      openHttpBytes: opened === true ? sum(openRequests, 'bytes') : null,
      openWsBytes: opened === true ? wsBytes : null,
    }
  } finally {
    await context.close()
  }
}
