import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/**
 * Real Chromium against the real server. Where Playwright cannot download its own browser (CI
 * on Debian), the system's Chromium is used: ATTUNE_CHROMIUM, else /usr/bin/chromium when it
 * exists, else Playwright's own (a developer's laptop after `npx playwright install`).
 */
const systemChromium = process.env.ATTUNE_CHROMIUM ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: './specs',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    trace: 'retain-on-failure',
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      // Without these Chromium phones home at start; on a closed network that is noise and delay.
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
})
