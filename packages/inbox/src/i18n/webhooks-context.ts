import { enWebhooks } from './en-webhooks.ts'

/** The Store page's Webhooks section's catalog (English until its translations land). */
export const useWebhookMessages = () => enWebhooks
