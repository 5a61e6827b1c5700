import { lazyPage } from '../lazy.ts'

/**
 * The insights page and uPlot load on first visit: agents answering chats never download the
 * charts. Null until the chunk has arrived.
 */
export const useLazyInsights = lazyPage(() => import('./InsightsPage.tsx').then((m) => m.InsightsPage))
