// One constructable stylesheet shared by every <attune-chat>, adopted into each shadow root: no
// <style> element, no style attribute, so it works under `style-src 'self'` without
// 'unsafe-inline'. The panel's rules are added to the same sheet when its chunk arrives.
import css from './launcher.css?inline'
import { LAUNCHER_PALETTES, paletteCss } from './palette.ts'

let sheet: CSSStyleSheet | undefined
let text = paletteCss(LAUNCHER_PALETTES) + css

/** The widget's one sheet, the only one in our shadow root (set again on reconnecting, never twice). */
export function adoptStyles(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet()
    sheet.replaceSync(text)
  }
  root.adoptedStyleSheets = [sheet]
}

/** Adds a chunk's rules (onDemand calls it once, when the chunk arrives). */
export function addStyles(more: string): void {
  text += more
  sheet?.replaceSync(text)
}
