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

/** The launcher's colours (the panel's come with its chunk: ui/palette.ts). */
export const LAUNCHER_PALETTES: Record<Mode, Pick<Palette, LauncherColour>> = {
  light: {
    accent: '#1d4ed8',
    onAccent: '#ffffff',
    accentStrong: '#1e3a8a',
    bg: '#ffffff',
    text: '#1f2328',
  },
  dark: {
    accent: '#8ab4ff',
    onAccent: '#0b1220',
    accentStrong: '#c7dbff',
    bg: '#16191f',
    text: '#eceef2',
  },
}

/** Public custom property names, e.g. `--attune-accent` for `accent`. */
const publicName = (key: string) => `--attune-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

const block = (palette: Partial<Palette>) =>
  Object.entries(palette)
    .map(([key, value]) => `--a-${key}:var(${publicName(key)},${value});`)
    .join('')

/** Internal `--a-*` properties over the public `--attune-*` ones: light, dark, and auto by media query. */
export function paletteCss(palettes: Record<Mode, Partial<Palette>>): string {
  const dark = block(palettes.dark)
  return (
    `.root{${block(palettes.light)}color-scheme:light}` +
    `.root.dark{${dark}color-scheme:dark}` +
    `@media (prefers-color-scheme:dark){.root.auto{${dark}color-scheme:dark}}`
  )
}
