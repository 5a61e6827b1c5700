import { defineConfig } from '@playwright/test'
import base from './playwright.config.ts'

/**
 * `pnpm screens`: screenshots of the widget and the inbox for a human to look at (and to compare before and
 * after a style change), not a test suite. PNGs go to SCREENS_DIR, default test-results/screens.
 */
export default defineConfig({ ...base, testDir: './screens', timeout: 180_000 })
