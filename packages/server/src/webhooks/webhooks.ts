import type { Bus } from '../bus.ts'
import type { Database } from '../db/database.ts'
import { createDeliveries, webhooksChanged, type DeliveryOptions } from './deliveries.ts'
import { createEndpoints } from './endpoints.ts'

/** Delivery's settings, `allowLoopback` among them: saving an endpoint and sending to it follow the same rule. */
export type WebhookOptions = DeliveryOptions

/**
 * A store's webhooks: the endpoints it manages and the queue that calls them (docs/decisions/020).
 * `bus` carries changes of endpoints to every process's kept list (the fan-out itself, not the
 * bus `publishingWebhooks` wraps).
 */
export function createWebhooks(db: Database, bus: Bus, options: WebhookOptions = {}) {
  return {
    endpoints: createEndpoints(db, options.allowLoopback ?? false, (siteId) => webhooksChanged(bus, siteId)),
    deliveries: createDeliveries(db, bus, options),
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
