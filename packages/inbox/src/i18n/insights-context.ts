import { enInsights } from './en-insights.ts'
import { pageCatalog } from './page-catalog.ts'

/** The Insights page's catalog. */
export const { use: useInsightsMessages } = pageCatalog('insights', enInsights)
