// The default palettes, light and dark. They live here (not in the CSS) so that contrast.test.ts
// checks the very values that ship. Each colour is the fallback of a public custom property
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

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    accent: '#1d4ed8',
    onAccent: '#ffffff',
    accentStrong: '#1e3a8a',
    bg: '#ffffff',
    text: '#1f2328',
    muted: '#4b5563',
    bubble: '#eef1f5',
    border: '#c9ced6',
    field: '#ffffff',
    fieldBorder: '#767f8c',
    danger: '#b42318',
    card: '#f7f8fa',
    chosen: '#e8efff',
    info: '#eef4ff',
    infoText: '#1e3a8a',
    ok: '#ecfdf3',
    okText: '#05603a',
    warn: '#fff4e5',
    warnText: '#7a3e00',
  },
  dark: {
    accent: '#8ab4ff',
    onAccent: '#0b1220',
    accentStrong: '#c7dbff',
    bg: '#16191f',
    text: '#eceef2',
    muted: '#a9b1bd',
    bubble: '#262b34',
    border: '#3a414d',
    field: '#1e2229',
    fieldBorder: '#8a93a1',
    danger: '#ff8a80',
    card: '#1e2229',
    chosen: '#243454',
    info: '#1c2740',
    infoText: '#c7dbff',
    ok: '#16301f',
    okText: '#a6e9bf',
    warn: '#3a2a12',
    warnText: '#ffd8a8',
  },
}

/** Public custom property names, e.g. `--attune-accent` for `accent`. */
const publicName = (key: string) => `--attune-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`

const block = (palette: Palette) =>
  Object.entries(palette)
    .map(([key, value]) => `--a-${key}:var(${publicName(key)},${value});`)
    .join('')

/** Internal `--a-*` properties over the public `--attune-*` ones: light, dark, and auto by media query. */
export function paletteCss(): string {
  const dark = block(PALETTES.dark)
  return (
    `.root{${block(PALETTES.light)}color-scheme:light}` +
    `.root.dark{${dark}color-scheme:dark}` +
    `@media (prefers-color-scheme:dark){.root.auto{${dark}color-scheme:dark}}`
  )
}
