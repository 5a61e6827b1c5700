import { lazyPage } from '../lazy.ts'

/** The sidebar's search and "Resolved" list, from their chunk; null until it has arrived. */
export const useLazySearch = lazyPage(() => import('./index.ts').then((m) => m.SearchSidebar))
