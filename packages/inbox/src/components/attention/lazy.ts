import { lazyPage } from '../lazy.ts'

/**
 * Alerts and keyboard shortcuts (issue 14) in a chunk of their own, fetched right after the first
 * screen: the list the first welcome brings is old news anyway, so nothing is missed meanwhile.
 */
export const useLazyAttention = lazyPage(() => import('./Attention.tsx').then((m) => m.Attention))
