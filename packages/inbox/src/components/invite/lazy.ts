import { lazyPage } from '../lazy.ts'

/** The invitation page loads only from an invitation link. */
export const useLazyInvite = lazyPage(() => import('./InvitePage.tsx').then((m) => m.InvitePage))
