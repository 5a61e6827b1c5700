import type { InboxMessages } from '../i18n/en.ts'

const KB = 1024
const MB = KB * 1024

/** One decimal under 10 ("1.5 MB"), whole numbers above ("182 KB"): enough to compare files. */
function round(value: number): number {
  return value < 10 ? Math.round(value * 10) / 10 : Math.round(value)
}

/**
 * A size people read at a glance. Binary units, as the server's limit is (10 MB = 10 × 1024²),
 * so a file shown as "10 MB" is never refused as too large.
 */
export function formatFileSize(bytes: number, t: InboxMessages['files']['size']): string {
  const n = Math.max(0, Math.round(bytes))
  if (n < KB) return t.bytes(n)
  const kb = round(n / KB)
  if (kb < KB) return t.kb(kb)
  return t.mb(round(n / MB))
}
