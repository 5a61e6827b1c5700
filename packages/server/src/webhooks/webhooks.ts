import type { Bus } from '../bus.ts'
import type { Database } from '../db/database.ts'
import { createDeliveries, webhooksChanged, type DeliveryOptions } from './deliveries.ts'
import { createEndpoints } from './endpoints.ts'

export type WebhookOptions = DeliveryOptions & {
  /** Accept http://127.0.0.1 and localhost endpoints (demo mode, tests, ATTUNE_WEBHOOKS_LOOPBACK). */
  allowLoopback?: boolean
}

/**
 * A store's webhooks: the endpoints it manages and the queue that calls them (docs/decisions/020).
 * `bus` carries changes of endpoints to every process's kept list (the fan-out itself, not the
 * bus `publishingWebhooks` wraps).
 */
export function createWebhooks(db: Database, bus: Bus, options: WebhookOptions = {}) {
  const { allowLoopback = false, ...delivery } = options
  return {
    endpoints: createEndpoints(db, allowLoopback, (siteId) => webhooksChanged(bus, siteId)),
    deliveries: createDeliveries(db, bus, delivery),
  }
}

export type Webhooks = ReturnType<typeof createWebhooks>

/**
 * The bus, queuing a webhook for each new logged event as it is published: the one place every
 * event passes once, in the process that stored it (other processes hear it from Redis, not
 * through `publish`). Queuing is not awaited: the publisher, and the sender's ack, never wait.
 */
export function publishingWebhooks(bus: Bus, webhooks: Webhooks): Bus {
  return {
    publish(topic, message) {
      bus.publish(topic, message)
      if (message.type === 'event') void webhooks.deliveries.onEvent(message.conversationId, message.event)
    },
    subscribe: (topic, handler) => bus.subscribe(topic, handler),
  }
}
