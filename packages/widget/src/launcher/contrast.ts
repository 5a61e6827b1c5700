// WCAG 2.2 contrast arithmetic (SC 1.4.3, https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio), used
// to test our palettes and to pick readable text on a store's own accent colour.

type Rgb = [number, number, number]

/** `#rgb`, `#rrggbb` or `rgb(r, g, b)`; null for anything else (named colours, hsl…). */
export function parseColor(color: string): Rgb | null {
  // `#rgb` is `#rrggbb` with each digit written once.
  const c = color
    .trim()
    .toLowerCase()
    .replace(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/, '#$1$1$2$2$3$3')
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(c)
  if (hex) return hex.slice(1).map((pair) => Number.parseInt(pair, 16)) as Rgb
  const rgb = /^rgb\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*\)$/.exec(c)
  return rgb ? (rgb.slice(1).map(Number) as Rgb) : null
}

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** The contrast ratio of two colours, 1 to 21; NaN when either cannot be parsed. */
export function contrastRatio(a: string, b: string): number {
  const x = parseColor(a)
  const y = parseColor(b)
  if (!x || !y) return Number.NaN
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/**
 * Up to this luminance, white text reads at least as well as near-black (#111827, luminance L₀):
 * white's ratio 1.05 / (L + 0.05) is at least (L + 0.05) / (L₀ + 0.05) while L ≤ √(1.05 (L₀ + 0.05)) − 0.05.
 * One comparison instead of two ratios: the launcher, on every page view, carries no `contrastRatio`.
 */
const WHITE_UP_TO = 0.1993

/** White or near-black, whichever reads better on `background`; null if it cannot be parsed. */
export function readableOn(background: string): string | null {
  const rgb = parseColor(background)
  return rgb && (luminance(rgb) <= WHITE_UP_TO ? '#ffffff' : '#111827')
}
