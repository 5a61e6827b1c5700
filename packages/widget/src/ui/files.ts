// Files the shopper attaches: checked against the store's limits before any byte leaves the device
// (the server checks again), progress as a percentage, sizes in the shopper's language.
import type { MessageKey } from '../i18n/en.ts'

export interface UploadLimits {
  maxBytes: number
  types: readonly string[]
}

export interface Problem {
  key: Extract<MessageKey, 'upload.tooLarge' | 'upload.wrongType'>
  params: Record<string, string>
}

/** Why this file cannot be sent, or null when it may be uploaded. */
export function checkFile(file: { name: string; type: string; size: number }, limits: UploadLimits, locale: string): Problem | null {
  if (!limits.types.includes(file.type)) return { key: 'upload.wrongType', params: { name: file.name } }
  if (file.size > limits.maxBytes) return { key: 'upload.tooLarge', params: { name: file.name, max: formatSize(limits.maxBytes, locale) } }
  return null
}

/** "2.4 MB", "512 kB", "12 byte" — decimal units, as file managers show them. */
export function formatSize(bytes: number, locale: string): string {
  const [unit, value] = bytes >= 1e6 ? ['megabyte', bytes / 1e6] : bytes >= 1e3 ? ['kilobyte', bytes / 1e3] : ['byte', bytes]
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value)
}

/** 0–100, whole numbers; 0 when the total is not known yet. */
export function progressPercent(sent: number, total: number): number {
  if (!(total > 0)) return 0
  return Math.min(100, Math.max(0, Math.round((sent / total) * 100)))
}

const PREVIEWABLE = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp'])

export function isPreviewable(type: string): boolean {
  return PREVIEWABLE.has(type)
}

/** An attachment's URL (a path on the Attune server) made absolute; null unless http(s). */
export function fileHref(url: string, server: string): string | null {
  try {
    const href = new URL(url, server)
    return href.protocol === 'https:' || href.protocol === 'http:' ? href.href : null
  } catch {
    return null
  }
}
