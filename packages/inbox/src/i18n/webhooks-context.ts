import { enWebhooks } from './en-webhooks.ts'
import { pageCatalog } from './page-catalog.ts'

/** The Store page's Webhooks section's catalog, for its chunk. */
export const { use: useWebhookMessages } = pageCatalog('webhooks', enWebhooks)
