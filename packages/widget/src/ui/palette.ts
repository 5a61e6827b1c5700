// The panel's colours, light and dark: they come with the panel's chunk, so a first visit carries
// only the launcher's (launcher/palette.ts). Fallbacks of public custom properties, like those.
import type { LauncherColour, Mode, Palette } from '../launcher/palette.ts'

export const PANEL_PALETTES: Record<Mode, Omit<Palette, LauncherColour>> = {
  light: {
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
