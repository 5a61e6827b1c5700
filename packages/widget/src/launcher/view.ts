import type { Translate } from '../i18n/t.ts'

export interface LauncherView {
  /** Stable accessible name: tests and screen-reader users rely on exactly these words. */
  label: string
  expanded: boolean
  /** The store's `theme.launcherLabel`, drawn beside the closed launcher's icon, or null. */
  text: string | null
  /** The number drawn on the badge ("9+" above nine), or null for no badge. */
  badge: string | null
  /** Text alternative of the badge, exposed as the launcher's description. */
  badgeText: string | null
  /** "We're away — back tomorrow at 9:00" beside the closed launcher (issue 15), or null. */
  away: string | null
}

/**
 * `visibleLabel` is the store's `theme.launcherLabel`: when shown, the accessible name starts with
 * it (WCAG 2.5.3 Label in Name) and still says what the button does. `away` is the away chunk's
 * short line when nobody can answer now: shown beside the closed launcher, and said after its name.
 */
export function launcherView(open: boolean, unread: number, t: Translate, visibleLabel: string | null = null, away?: string): LauncherView {
  const showBadge = !open && unread > 0
  const action = t(open ? 'launcher.close' : 'launcher.open')
  const name = !open && visibleLabel ? `${visibleLabel}, ${action}` : action
  return {
    label: !open && away ? `${name}, ${away}` : name,
    away: (!open && away) || null,
    expanded: open,
    text: (!open && visibleLabel) || null,
    badge: showBadge ? (unread > 9 ? '9+' : String(unread)) : null,
    badgeText: showBadge ? t('launcher.unread', { count: unread }) : null,
  }
}
