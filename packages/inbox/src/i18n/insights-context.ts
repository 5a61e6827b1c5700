import { enInsights } from './en-insights.ts'
import { pageCatalog } from './page-catalog.ts'

/** The Insights page's catalog. */
export const { Context: InsightsMessagesContext, use: useInsightsMessages } = pageCatalog(enInsights)
