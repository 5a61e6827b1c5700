// The panel's colours, light and dark: they come with the panel's chunk, so a first visit carries
// only the launcher's (launcher/palette.ts). Fallbacks of public custom properties, like those.
import type { LauncherColour, Palette, Shades } from '../launcher/palette.ts'

export const PANEL_PALETTES: Shades<Exclude<keyof Palette, LauncherColour>> = {
  muted: ['#4b5563', '#a9b1bd'],
  bubble: ['#eef1f5', '#262b34'],
  border: ['#c9ced6', '#3a414d'],
  field: ['#ffffff', '#1e2229'],
  fieldBorder: ['#767f8c', '#8a93a1'],
  danger: ['#b42318', '#ff8a80'],
  card: ['#f7f8fa', '#1e2229'],
  chosen: ['#e8efff', '#243454'],
  info: ['#eef4ff', '#1c2740'],
  infoText: ['#1e3a8a', '#c7dbff'],
  ok: ['#ecfdf3', '#16301f'],
  okText: ['#05603a', '#a6e9bf'],
  warn: ['#fff4e5', '#3a2a12'],
  warnText: ['#7a3e00', '#ffd8a8'],
}
