// Medians and plain-text tables for the host-page bench.

export function median(values) {
  const list = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b)
  if (list.length === 0) return null
  const mid = Math.floor(list.length / 2)
  return list.length % 2 ? list[mid] : (list[mid - 1] + list[mid]) / 2
}

/** Per-metric medians over runs; a metric that never had a value stays null ("n/a"). */
export function summarize(runs) {
  const keys = Object.keys(runs[0] ?? {}).filter((key) => key !== 'opened' && key !== 'failedScripts')
  const summary = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]))
  summary.launcherSeen = runs.filter((run) => run.launcherMs !== null).length
  summary.runs = runs.length
  summary.openProblems = [...new Set(runs.map((run) => run.opened).filter((o) => typeof o === 'string'))]
  return summary
}

export const kB = (bytes) => (bytes === null ? 'n/a' : bytes >= 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(1)} kB`)
export const ms = (value) => (value === null ? 'n/a' : `${Math.round(value)} ms`)
export const num = (value, digits = 0) => (value === null ? 'n/a' : value.toFixed(digits))
export const signed = (text, value) => (value !== null && value > 0 ? `+${text}` : text)

export function ratio(peer, attune) {
  if (peer === null || attune === null || attune <= 0) return 'n/a'
  return `${(peer / attune).toFixed(1)}×`
}

/** Left-aligned first column, right-aligned figures, a rule under the header. */
export function table(header, rows) {
  const all = [header, ...rows]
  const widths = header.map((_, col) => Math.max(...all.map((row) => String(row[col]).length)))
  const line = (row) => row.map((cell, col) => (col === 0 ? String(cell).padEnd(widths[col]) : String(cell).padStart(widths[col]))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n')
}
