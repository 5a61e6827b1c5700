import { lazyPage } from '../lazy.ts'

/** The "Canned replies" page loads on first visit: only managers and above open it. */
export const useLazyCannedPage = lazyPage(() => import('./CannedPage.tsx').then((m) => m.CannedPage))

/**
 * The reply box's canned-reply list loads with the first `/` typed at the start of a word: the
 * first screen is under its budget (.size-limit.cjs), and many replies never use one.
 */
export const useLazyCannedPicker = lazyPage(() => import('./CannedPicker.tsx').then((m) => m.CannedPicker))
