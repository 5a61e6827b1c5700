import { enWebhooks } from './en-webhooks.ts'
import { pageCatalog } from './page-catalog.ts'

/** The Store page's Webhooks section's catalog (its lazy chunk only). */
export const { use: useWebhookMessages } = pageCatalog(enWebhooks)
