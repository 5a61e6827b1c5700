import { expect, type BrowserContext, type Page } from '@playwright/test'
import { SENTINEL } from '../fixtures/xss-payloads.ts'

/*
 * What a payload would leave behind if it ran or became markup, seen from every page of a
 * browser context: the sentinel's calls, dialogs, Content-Security-Policy violations, telling
 * console errors, and elements a payload would have made.
 */

export type XssHits = { executions: string[]; dialogs: string[]; csp: string[]; console: string[]; markup: string[] }

export const noHits = (): XssHits => ({ executions: [], dialogs: [], csp: [], console: [], markup: [] })

const CSP_REPORTER = '__attuneCspViolation'

/** What a hostile run would print: a payload id, the sentinel, a blocked script or script URL. */
const EXECUTION_HINT = new RegExp(`${SENTINEL}|\\bx\\d{3}\\b|Refused to (execute|run|evaluate|load)|javascript:|vbscript:`)

/** Listens in every page of `context`, present and future; `where` labels what it records. */
export async function watchForXss(context: BrowserContext, hits: XssHits, where: string): Promise<void> {
  await context.exposeFunction(SENTINEL, (id: unknown) => void hits.executions.push(`${where}: ${String(id)}`))
  await context.exposeFunction(CSP_REPORTER, (report: unknown) => void hits.csp.push(`${where}: ${String(report)}`))
  await context.addInitScript((reporter) => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as Record<string, ((s: string) => void) | undefined>)[reporter]
        report?.(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`)
      },
      true,
    )
  }, CSP_REPORTER)
  const listen = (page: Page) => {
    page.on('dialog', (dialog) => {
      hits.dialogs.push(`${where} ${page.url()}: ${dialog.type()} ${dialog.message()}`)
      void dialog.dismiss().catch(() => {})
    })
    page.on('console', (message) => {
      if (message.type() === 'error' && EXECUTION_HINT.test(message.text())) hits.console.push(`${where} ${page.url()}: ${message.text()}`)
    })
    page.on('pageerror', (error) => {
      if (EXECUTION_HINT.test(String(error))) hits.console.push(`${where} ${page.url()}: ${String(error)}`)
    })
  }
  context.pages().forEach(listen)
  context.on('page', listen)
}

/**
 * Proves the listeners armed: markup that calls the sentinel and an alert, put into the page by
 * the test itself, are both seen (then forgotten, so only the product's pages count).
 */
export async function proveArmed(page: Page, hits: XssHits): Promise<void> {
  await page.evaluate((sentinel) => {
    const probe = document.createElement('div')
    probe.dataset.canary = ''
    probe.innerHTML = `<img src="data:," onerror="top.${sentinel}('canary'); this.parentNode.remove()">`
    document.body.append(probe)
    setTimeout(() => alert('canary'))
  }, SENTINEL)
  // Where a Content-Security-Policy refuses inline handlers (the inbox's), the canary is blocked
  // and seen as a violation instead: either proves the listeners armed.
  await expect.poll(() => [...hits.executions, ...hits.csp].filter((hit) => hit.includes('canary')).length).toBe(1)
  await expect.poll(() => hits.dialogs.filter((hit) => hit.endsWith('alert canary')).length).toBe(1)
  await page.evaluate(() => document.querySelectorAll('[data-canary]').forEach((probe) => probe.remove()))
  if (hits.csp.some((hit) => hit.includes('canary'))) {
    // Chromium prints the refusal to the console too; a real one still shows in hits.csp.
    const refusal = (hit: string) => hit.includes('inline event handler')
    await expect.poll(() => hits.console.some(refusal)).toBe(true)
    hits.console.splice(0, hits.console.length, ...hits.console.filter((hit) => !refusal(hit)))
  }
  for (const list of [hits.executions, hits.dialogs, hits.csp]) list.splice(0, list.length, ...list.filter((hit) => !hit.includes('canary')))
}

/**
 * Elements a payload would have made had it been parsed as HTML: an `on…` attribute, `srcdoc`,
 * a script URL where a browser would follow or load it, a script-like style. Looks into open
 * shadow roots (the widget's). A payload as a text attribute's value (a file link's `download`)
 * is fine, and so is an https link whose path holds one.
 */
export async function injectedMarkup(page: Page): Promise<string[]> {
  return page.evaluate((sentinel) => {
    const found: string[] = []
    const urlAttributes = new Set(['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'background', 'poster'])
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const name of el.getAttributeNames()) {
          const value = el.getAttribute(name) ?? ''
          const hostile =
            name.startsWith('on') ||
            name === 'srcdoc' ||
            (urlAttributes.has(name) && /^\s*(javascript|vbscript):|^\s*data:(text\/html|image\/svg)/i.test(value)) ||
            (name === 'style' && /expression\(|javascript:|vbscript:/i.test(value))
          if (hostile) found.push(el.outerHTML.slice(0, 200))
        }
        if (el.tagName === 'SCRIPT' && (el.textContent ?? '').includes(sentinel)) found.push(el.outerHTML.slice(0, 200))
        if (el.shadowRoot) visit(el.shadowRoot)
      }
    }
    visit(document)
    return found
  }, SENTINEL)
}
