import { lazyPage } from '../lazy.ts'

/** The settings page loads on first visit, as the insights page does. Null until it arrives. */
export const useLazySettings = lazyPage(() => import('./SettingsPage.tsx').then((m) => m.SettingsPage))
