import { describe, expect, it } from 'vitest'
import { contrastRatio, parseColor, readableOn } from './contrast.ts'
import { PANEL_PALETTES } from '../ui/palette.ts'
import { LAUNCHER_PALETTES, paletteCss, type Mode, type Palette, type Shades } from './palette.ts'

// Both palettes whole, composed here and not in ui/palette.ts: the panel's chunk carries only its
// own colours (the launcher's come with the launcher).
const SHADES: Shades<keyof Palette> = { ...LAUNCHER_PALETTES, ...PANEL_PALETTES }
const palette = (mode: 0 | 1) =>
  Object.fromEntries(Object.entries(SHADES).map(([key, shades]) => [key, shades[mode]])) as Record<keyof Palette, string>
const PALETTES: Record<Mode, Record<keyof Palette, string>> = { light: palette(0), dark: palette(1) }

// WCAG 2.2 SC 1.4.3 (text, 4.5:1) and 1.4.11 (UI boundaries, 3:1), for both default palettes.
const TEXT_PAIRS = [
  ['text', 'bg'],
  ['muted', 'bg'],
  ['text', 'bubble'],
  ['muted', 'bubble'],
  ['onAccent', 'accent'],
  ['danger', 'bg'],
  ['text', 'card'],
  ['muted', 'card'],
  ['text', 'field'],
  ['muted', 'field'],
  ['text', 'chosen'],
  ['infoText', 'info'],
  ['okText', 'ok'],
  ['warnText', 'warn'],
] as const

describe('contrast', () => {
  it('computes the WCAG ratio: black on white is 21, a colour on itself is 1', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#1d4ed8', '#1d4ed8')).toBe(1)
    expect(contrastRatio('rgb(255, 255, 255)', '#767676')).toBeCloseTo(4.54, 2)
    expect(parseColor('tomato')).toBeNull()
  })

  it.each(['light', 'dark'] as const)('the %s palette keeps every text pair at 4.5:1 or more', (mode) => {
    const palette = PALETTES[mode]
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(contrastRatio(palette[fg], palette[bg]), `${mode}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5)
    }
  })

  it.each(['light', 'dark'] as const)('the %s palette draws field borders, the accent and focus rings at 3:1 or more', (mode) => {
    const palette = PALETTES[mode]
    expect(contrastRatio(palette.fieldBorder, palette.bg)).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(palette.accent, palette.bg)).toBeGreaterThanOrEqual(3)
    expect(contrastRatio(palette.accentStrong, palette.bg)).toBeGreaterThanOrEqual(3)
  })

  it('picks readable text for a store accent: white on dark teal, near-black on yellow', () => {
    expect(readableOn('#0f766e')).toBe('#ffffff')
    expect(readableOn('#ffd400')).toBe('#111827')
    expect(readableOn('hsl(0 0% 0%)')).toBeNull()
  })

  it('picks whichever of white and near-black has the higher ratio, across every grey and every hue', () => {
    const hex = (n: number) => n.toString(16).padStart(2, '0')
    const colours = [...Array(256).keys()].flatMap((v) => [`#${hex(v).repeat(3)}`, `#${hex(v)}80ff`, `#ff${hex(v)}00`, `#00${hex(v)}${hex(255 - v)}`])
    for (const colour of colours) {
      const better = contrastRatio('#ffffff', colour) >= contrastRatio('#111827', colour) ? '#ffffff' : '#111827'
      expect(readableOn(colour), colour).toBe(better)
    }
  })

  it('ships the palettes as fallbacks of the public custom properties, dark by class or system setting', () => {
    const css = paletteCss(SHADES)
    expect(css).toContain('--a-onAccent:var(--attune-on-accent,#ffffff)')
    expect(css).toContain('.root{--a-accent:var(--attune-accent,#1d4ed8)')
    expect(css).toContain('.root.dark{--a-accent:var(--attune-accent,#8ab4ff)')
    expect(css).toContain('@media (prefers-color-scheme:dark){.root.auto{')
  })
})
