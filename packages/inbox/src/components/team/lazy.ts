import { lazyPage } from '../lazy.ts'

/** The Team page loads on first visit. */
export const useLazyTeam = lazyPage(() => import('./TeamPage.tsx').then((m) => m.TeamPage))
