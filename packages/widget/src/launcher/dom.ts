// The launcher in plain DOM (no view layer): it is on every page view, so it must cost next to nothing.
import type { Translate } from '../i18n/t.ts'

/** The panel's id (ui/Panel.tsx uses the same), for aria-controls. */
const PANEL_ID = 'attune-panel'
const BADGE_ID = 'attune-unread'
const SVG = 'http://www.w3.org/2000/svg'
const CHAT =
  'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-4.3 3.4A1 1 0 0 1 3 20.6V6a2 2 0 0 1 1-2Zm3 6.5a1.5 1.5 0 1 0 0 .01Zm5 0a1.5 1.5 0 1 0 0 .01Zm5 0a1.5 1.5 0 1 0 0 .01Z'

/** `node`, with each attribute set, or taken off where its value is null. */
function set<E extends Element>(node: E, attributes: Record<string, string | null>): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) node.removeAttribute(name)
    else node.setAttribute(name, value)
  }
  return node
}

/** An HTML element with its attributes. */
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>) => set(document.createElement(tag), attributes)

/** An SVG icon, `size` px square on a 24-unit grid, drawn by one path (`kind` names it for the CSS). */
function icon(kind: 'chat' | 'close', size: string, path: Record<string, string>): SVGElement {
  const svg = set(document.createElementNS(SVG, 'svg'), {
    class: `icon ${kind}`,
    viewBox: '0 0 24 24',
    width: size,
    height: size,
    'aria-hidden': 'true',
  })
  svg.append(set(document.createElementNS(SVG, 'path'), path))
  return svg
}

/** `text` in `node`, hidden when there is none. */
function show(node: HTMLElement, text: string | null): void {
  node.textContent = text ?? ''
  node.hidden = !text
}

export interface LauncherDom {
  button: HTMLButtonElement
  /**
   * Draws the launcher from what is true now: the panel is `open`, `unread` agent messages, the
   * store's `theme.launcherLabel` (`shown`, beside the closed launcher's icon) and the away
   * chunk's short line (`away`, when nobody can answer now; beside it and after its name).
   */
  update(open: boolean, unread: number, t: Translate, shown?: string | null, away?: string): void
  /** Says something through a polite live region (the panel may be closed). */
  announce(text: string): void
}

/** Pointer over, focus or touch on the launcher: the shopper may be about to chat. */
const INTENT = ['pointerenter', 'focus', 'touchstart']

/** What the launcher drives: its click opens or closes the chat, by the shopper's own hand. */
interface LauncherChat {
  toggle(byShopper: boolean): void
  /** The shopper may be about to chat (see INTENT). */
  intent(): void
}

/** Builds the launcher button and a polite status region, appended to `parent`. */
export function buildLauncher(parent: HTMLElement, chat: LauncherChat): LauncherDom {
  const button = el('button', { class: 'launcher', type: 'button' })
  // The label is part of the accessible name already (aria-label); hide it from the tree.
  const label = el('span', { class: 'launcher-label', 'aria-hidden': 'true' })
  const badge = el('span', { class: 'badge', 'aria-hidden': 'true' })
  const badgeText = el('span', { class: 'visually-hidden', id: BADGE_ID })
  button.append(
    icon('chat', '28', { fill: 'currentColor', d: CHAT }),
    icon('close', '24', { fill: 'none', stroke: 'currentColor', 'stroke-width': '2.25', 'stroke-linecap': 'round', d: 'M6 6l12 12M18 6 6 18' }),
    label,
    badge,
    badgeText,
  )
  button.addEventListener('click', () => chat.toggle(true))
  for (const name of INTENT) button.addEventListener(name, chat.intent, { passive: true })
  const status = el('div', { class: 'visually-hidden', role: 'status' })
  parent.append(button, status)

  return {
    button,
    update(open, unread, t, shown, away) {
      // The open panel says all of this itself: the launcher is then only its "Close chat" button.
      const text = (!open && shown) || null
      const line = (!open && away) || null
      const unreadText = !open && unread > 0 ? t('launcher.unread', { count: unread }) : null
      // A stable accessible name, tests and screen-reader users rely on its words: with a visible
      // label, it starts with it (WCAG 2.5.3 Label in Name), says what the button does, then why
      // nobody may answer now.
      const name = [text, t(open ? 'launcher.close' : 'launcher.open'), line].filter(Boolean).join(', ')
      set(button, {
        'aria-label': name,
        'aria-expanded': String(open),
        'aria-controls': open ? PANEL_ID : null,
        // The badge's text alternative is the launcher's description.
        'aria-describedby': unreadText ? BADGE_ID : null,
        // The away chunk's rules draw the dot and the line from this attribute (launcher/away.ts).
        'data-away': line,
      })
      show(label, text)
      show(badge, unreadText && (unread > 9 ? '9+' : String(unread)))
      show(badgeText, unreadText)
    },
    announce(text) {
      status.textContent = text
    },
  }
}
