import { lazyPage } from '../lazy.ts'

/** The follow-up list loads on first visit, as the other pages do. Null until it arrives. */
export const useLazyFollowUps = lazyPage(() => import('./FollowUpsPage.tsx').then((m) => m.FollowUpsPage))
