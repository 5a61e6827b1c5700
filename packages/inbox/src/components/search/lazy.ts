import { lazyPage } from '../lazy.ts'

/** The sidebar's search and the "Resolved" view's list, from their chunk; null until it has arrived. */
export const useLazySearch = lazyPage(() => import('./index.ts'))
