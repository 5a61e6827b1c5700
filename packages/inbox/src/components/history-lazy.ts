import { lazyPage } from './lazy.ts'

/**
 * The card's earlier chats and the managers' alerts (issue 16) load in chunks of their own, with
 * their words: the first screen stays within its budget. Null until the chunk has arrived.
 */
export const useLazyHistory = lazyPage(() => import('./over-time.ts').then((m) => m.ShopperHistory))

/** Only managers, admins and owners download the alerts (the server sends no one else any). */
export const useLazyAlerts = lazyPage(() => import('./over-time.ts').then((m) => m.ComplaintAlerts))
