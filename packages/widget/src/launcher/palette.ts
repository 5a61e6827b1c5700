// The default palettes, light and dark: the launcher's colours here, the panel's with its chunk
// (ui/palette.ts). They live in code (not in the CSS) so that contrast.test.ts checks the very
// values that ship. Each colour is the fallback of a public custom property
// (`--attune-accent`…, documented in the README): a store's CSS or boot `theme` overrides it.

export interface Palette {
  accent: string
  onAccent: string
  accentStrong: string
  bg: string
  text: string
  muted: string
  bubble: string
  border: string
  field: string
  fieldBorder: string
  danger: string
  card: string
  chosen: string
  info: string
  infoText: string
  ok: string
  okText: string
  warn: string
  warnText: string
}

export type Mode = 'light' | 'dark'
/** The colours the launcher itself draws with; every other one is the panel's. */
export type LauncherColour = 'accent' | 'onAccent' | 'accentStrong' | 'bg' | 'text'
/** Each colour's default in light mode and in dark mode, side by side (as the README lists them). */
export type Shades<C extends keyof Palette> = Record<C, [light: string, dark: string]>

/** The launcher's colours (the panel's come with its chunk: ui/palette.ts). */
export const LAUNCHER_PALETTES: Shades<LauncherColour> = {
  accent: ['#1d4ed8', '#8ab4ff'],
  onAccent: ['#ffffff', '#0b1220'],
  accentStrong: ['#1e3a8a', '#c7dbff'],
  bg: ['#ffffff', '#16191f'],
  text: ['#1f2328', '#eceef2'],
}

/**
 * One mode's properties: 0 light, 1 dark. Each is read from its public custom property, the key
 * in kebab case (`--attune-accent-strong` for `accentStrong`), else defaults to our shade.
 */
const block = (shades: Partial<Shades<keyof Palette>>, mode: 0 | 1) =>
  Object.entries(shades)
    .map(([key, value]) => `--a-${key}:var(--attune-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)},${value[mode]});`)
    .join('')

/** Internal `--a-*` properties over the public `--attune-*` ones: light, dark, and auto by media query. */
export function paletteCss(shades: Partial<Shades<keyof Palette>>): string {
  const dark = block(shades, 1)
  return (
    `.root{${block(shades, 0)}color-scheme:light}` +
    `.root.dark{${dark}color-scheme:dark}` +
    `@media (prefers-color-scheme:dark){.root.auto{${dark}color-scheme:dark}}`
  )
}
