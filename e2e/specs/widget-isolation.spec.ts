import { writeFile } from 'node:fs/promises'
import type { Browser, Page, TestInfo } from '@playwright/test'
import { diffPngs } from '../fixtures/png.ts'
import { test, expect } from '../fixtures/test.ts'
import { ShopperPage } from '../pages/shopper-page.ts'

/*
 * Isolation both ways. The host page's CSS — a Bootstrap-like reboot, a Tailwind-like preflight,
 * an `all: unset` reset with !important rules — does not change how the widget looks; and the
 * widget does not change how the host page looks, adds no stylesheet to it, one element to its
 * body and one global. The pages (e2e/pages-under-test) embed the store snippet unchanged.
 */
const HOSTILE = ['bootstrap-like', 'tailwind-like', 'hard-reset'] as const
const PAGES = ['plain', ...HOSTILE] as const
type HostPage = (typeof PAGES)[number]

/**
 * At most this share of pixels may differ. The panel's screenshot is its bounding box, so the host
 * page shows through its rounded corners (85 px on the dark Bootstrap-like header); the rest is 0.
 */
const MAX_DIFF_RATIO = 0.001

/** A fresh visitor (own context, so a new conversation and the same before card) on one page. */
async function visitorOn(browser: Browser, url: string): Promise<ShopperPage> {
  const context = await browser.newContext()
  const shopper = new ShopperPage(await context.newPage(), url)
  await shopper.visit(url)
  return shopper
}

async function widgetShots(browser: Browser, url: string): Promise<{ launcher: Buffer; panel: Buffer }> {
  const shopper = await visitorOn(browser, url)
  try {
    const launcher = await shopper.launcherButton.screenshot({ animations: 'disabled' })
    await shopper.launcherButton.click()
    await expect(shopper.panel.getByRole('heading', { name: 'Chat with Demo Store' })).toBeVisible()
    await expect(shopper.panel.getByRole('group', { name: 'How are you feeling right now?' })).toBeVisible({ timeout: 15_000 })
    await expect(shopper.panel.getByText("We'll reply as soon as we can")).toBeVisible()
    const panel = await shopper.panel.screenshot({ animations: 'disabled' })
    return { launcher, panel }
  } finally {
    await shopper.page.context().close()
  }
}

async function expectSamePixels(testInfo: TestInfo, what: string, expected: Buffer, actual: Buffer): Promise<void> {
  const diff = diffPngs(expected, actual)
  console.log(`[isolation] ${what}: ${diff.differing} of ${diff.total} pixels differ${diff.sameSize ? '' : ' (sizes differ)'}`)
  if (diff.ratio > MAX_DIFF_RATIO) {
    // Kept beside the test's results (and in the report) for a human to look at.
    const file = what.replace(/[^a-z0-9]+/gi, '-')
    await testInfo.attach(`${what} — expected`, { body: expected, contentType: 'image/png' })
    await testInfo.attach(`${what} — actual`, { body: actual, contentType: 'image/png' })
    await writeFile(testInfo.outputPath(`${file}-expected.png`), expected)
    await writeFile(testInfo.outputPath(`${file}-actual.png`), actual)
  }
  expect.soft(diff.ratio, `${what}: ${diff.differing}/${diff.total} pixels differ`).toBeLessThanOrEqual(MAX_DIFF_RATIO)
}

test('the host page’s CSS does not reach the widget: launcher and open panel look the same on hostile pages as on a plain one', async ({
  browser,
  hostPages,
}, testInfo) => {
  const plain = await widgetShots(browser, `${hostPages.url}/plain.html`)
  for (const name of HOSTILE) {
    const shots = await widgetShots(browser, `${hostPages.url}/${name}.html`)
    await expectSamePixels(testInfo, `${name}: launcher`, plain.launcher, shots.launcher)
    await expectSamePixels(testInfo, `${name}: open panel`, plain.panel, shots.panel)
  }
})

/** What the widget could change in the host document. */
async function hostState(page: Page) {
  return page.evaluate(() => ({
    globals: Object.getOwnPropertyNames(window).sort(),
    styleSheets: [...document.styleSheets].map((s) => `${s.ownerNode?.nodeName}:${s.href ?? 'inline'}:${s.cssRules.length}`),
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    body: [...document.body.children].map((el) => el.tagName.toLowerCase()),
    html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    bodyAttributes: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
    title: document.title,
  }))
}

async function hostWithoutWidget(page: Page, url: string) {
  // The same page with the snippet cut out: no stub, no loader, nothing of Attune.
  await page.route(url, async (route) => {
    const response = await route.fetch()
    const body = (await response.text()).replace(/<!-- attune -->[\s\S]*<!-- \/attune -->/, '')
    await route.fulfill({ response, body })
  })
  await page.goto(url)
  await page.waitForLoadState('load')
}

test('the widget does not reach the host page: same pixels with and without it, no stylesheet, one element in body, no global but Attune', async ({
  browser,
  hostPages,
}, testInfo) => {
  for (const name of PAGES satisfies readonly HostPage[]) {
    const url = `${hostPages.url}/${name}.html`
    const context = await browser.newContext()
    const page = await context.newPage()
    const viewport = page.viewportSize()!
    // Everything but the bottom strip where the launcher (60 px + 20 px offset + shadow) sits.
    const clip = { x: 0, y: 0, width: viewport.width, height: viewport.height - 110 }

    await hostWithoutWidget(page, url)
    const without = await hostState(page)
    const withoutShot = await page.screenshot({ clip, animations: 'disabled' })
    await page.unrouteAll()

    const shopper = new ShopperPage(page, url)
    await shopper.visit(url)
    // Open and close once: every chunk and stylesheet the widget has is now loaded.
    await shopper.launcherButton.click()
    await expect(shopper.panel).toBeVisible()
    await shopper.launcherButton.click()
    await expect(shopper.panel).toHaveCount(0)
    await page.mouse.move(0, 0)
    const booted = await hostState(page)
    const withShot = await page.screenshot({ clip, animations: 'disabled' })

    await expectSamePixels(testInfo, `${name}: host page`, withoutShot, withShot)
    // One global, `Attune` (nanostores' own `nanostoresGlobal` is taken back by the widget).
    expect
      .soft(
        booted.globals.filter((g) => !without.globals.includes(g)),
        `${name}: new globals`,
      )
      .toEqual(['Attune'])
    expect
      .soft(
        without.globals.filter((g) => !booted.globals.includes(g)),
        `${name}: removed globals`,
      )
      .toEqual([])
    expect.soft(booted.styleSheets, `${name}: document.styleSheets`).toEqual(without.styleSheets)
    expect.soft(booted.adoptedStyleSheets, `${name}: document.adoptedStyleSheets`).toBe(without.adoptedStyleSheets)
    // The snippet's two scripts are the store's own; the widget adds the one element.
    expect
      .soft(
        booted.body.filter((tag) => tag !== 'script'),
        `${name}: body children`,
      )
      .toEqual([...without.body.filter((tag) => tag !== 'script'), 'attune-chat'])
    expect.soft(booted.html, `${name}: <html> attributes`).toEqual(without.html)
    expect.soft(booted.bodyAttributes, `${name}: <body> attributes`).toEqual(without.bodyAttributes)
    expect.soft(booted.title, `${name}: title`).toBe(without.title)
    await context.close()
  }
})
