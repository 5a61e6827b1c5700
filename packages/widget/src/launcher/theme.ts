// Boot `theme` options → custom properties and classes on the widget's root, set through the CSSOM
// (`style.setProperty`, allowed under a strict CSP, unlike a `style` attribute).
import { readableOn } from './contrast.ts'

export interface Theme {
  /** Accent colour (launcher, header, your own messages), e.g. "#0f766e". Text on it is picked for contrast. */
  color?: string
  /** Which corner. Default: the end of the reading direction (right, or left in Arabic). */
  position?: 'left' | 'right'
  /** Distance from the side, px (or a CSS length). Default 20. */
  offsetX?: number | string
  /** Distance from the bottom, px (or a CSS length). Default 20. */
  offsetY?: number | string
  /** Text beside the launcher icon, e.g. "Questions? Chat with us". */
  launcherLabel?: string
  /** Stacking order. Default 2147480000. */
  zIndex?: number
  /** Colour scheme. Default "light"; "auto" follows the shopper's system setting. */
  mode?: 'light' | 'dark' | 'auto'
}

export interface ThemeStyle {
  props: Record<string, string>
  className: string
  label: string | null
}

const CSS_VALUE = /^[#\w(),.%\s/-]{1,64}$/

// Number.isFinite (here and for zIndex) is false for anything but a finite number: a string from plain JavaScript too.
function length(value: number | string | undefined): string | null {
  if (Number.isFinite(value)) return `${value}px`
  return typeof value === 'string' && /^-?\d+(\.\d+)?(px|rem|em|vw|vh|%)$/.test(value.trim()) ? value.trim() : null
}

export function themeStyle(theme: Theme = {}): ThemeStyle {
  const props: Record<string, string> = {}
  if (typeof theme.color === 'string' && CSS_VALUE.test(theme.color)) {
    props['--attune-accent'] = theme.color
    props['--attune-accent-strong'] = theme.color
    const on = readableOn(theme.color)
    if (on) props['--attune-on-accent'] = on
  }
  const x = length(theme.offsetX)
  const y = length(theme.offsetY)
  if (x) props['--attune-offset-x'] = x
  if (y) props['--attune-offset-y'] = y
  if (Number.isFinite(theme.zIndex)) props['--attune-z'] = String(Math.trunc(theme.zIndex!))
  const mode = theme.mode === 'dark' || theme.mode === 'auto' ? theme.mode : 'light'
  const corner = theme.position === 'left' || theme.position === 'right' ? ` ${theme.position}` : ''
  const label = (typeof theme.launcherLabel === 'string' && theme.launcherLabel.trim()) || null
  return { props, className: `root ${mode}${corner}`, label }
}

/** Applies a theme to the root element, in place of any earlier one (its label is the launcher's to draw). */
export function applyTheme(root: HTMLElement, style: ThemeStyle): void {
  // Only a theme sets properties on the root: taking them all off takes off the earlier theme's
  // (removing applies no style, so a strict CSP allows it as it allows setProperty).
  root.removeAttribute('style')
  for (const [name, value] of Object.entries(style.props)) root.style.setProperty(name, value)
  root.className = style.className
}
