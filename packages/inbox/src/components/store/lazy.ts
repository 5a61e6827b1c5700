import { lazyPage } from '../lazy.ts'

/** The Store page loads on first visit: only owners and admins ever open it. */
export const useLazyStore = lazyPage(() => import('./StorePage.tsx').then((m) => m.StorePage))
