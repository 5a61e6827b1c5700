import type { WebhookEvent, WebhookUrlProblem } from '@attune/protocol'

/**
 * The Store page's Webhooks section (issue 15), in English. It travels with the Store page's lazy
 * chunk, never with the first screen.
 */
export const enWebhooks = {
  title: 'Webhooks',
  hint: "Attune POSTs a signed JSON body to your server when these things happen in your store's chats. Failed deliveries are retried for about a day.",
  /** Each event as a person reads it, then its name on the wire. */
  events: {
    'conversation.created': 'A conversation starts',
    'message.created': 'A message is written',
    'conversation.resolved': 'A conversation is resolved',
    'checkin.answered': 'A shopper answers a check-in',
  } satisfies Record<WebhookEvent, string>,
  none: 'No endpoints yet.',
  endpoints: 'Endpoints',
  url: 'Endpoint URL',
  urlExample: 'https://shop.example/attune-webhook',
  urlHint: 'HTTPS only. Your server checks the Attune-Signature header with the secret shown when you add it.',
  urlMissing: 'Enter the URL of your endpoint.',
  /** Why a URL cannot be an endpoint, said before it is sent (the protocol's rule, webhook-url.ts). */
  urlProblems: {
    not_url: 'Enter the whole URL, like https://shop.example/attune-webhook.',
    credentials: 'Leave the user name and password out of the URL: the signature proves that Attune sent it.',
    not_https: 'The URL must start with https://.',
    not_public:
      'The URL must lead to a server on the internet, not to the machine Attune runs on or a private network (like localhost, 10.x.x.x or 192.168.x.x).',
  } satisfies Record<WebhookUrlProblem, string>,
  /** The server refused the URL (400): its rules, some only it can check (where a name leads, whether it takes localhost). */
  urlRefused:
    'Not saved: the URL must start with https:// and lead to a server on the internet, not to the machine Attune runs on or a private network.',
  which: 'Send these events',
  whichMissing: 'Choose at least one event.',
  add: 'Add endpoint',
  adding: 'Adding…',
  added: 'Endpoint added. Copy its secret now: it will not be shown again.',
  secret: 'Signing secret',
  secretFor: (url: string) => `Signing secret for ${url}`,
  secretHint: 'Shown only this once. Keep it on your server; Attune signs every delivery with it.',
  copySecret: 'the signing secret',
  hideSecret: 'I have saved it',
  test: 'Send a test event',
  testing: 'Sending…',
  tested: (url: string) => `A test event is on its way to ${url}. Its result appears in the delivery log.`,
  rotate: 'New secret',
  rotateQuestion: 'Make a new secret? The current one stops working at once: update your server first.',
  rotateYes: 'Make a new secret',
  rotated: 'New secret made. Copy it now: it will not be shown again.',
  remove: 'Remove',
  removed: (url: string) => `Removed ${url}.`,
  /** Read after each row's button ("Remove https://…"). */
  forWhich: (url: string) => ` ${url}`,
  log: 'Delivery log',
  logHint: 'The last 100 tries, newest first.',
  logEmpty: 'Nothing delivered yet. Send a test event to try an endpoint.',
  refresh: 'Refresh log',
  refreshed: 'Delivery log updated.',
  columns: { at: 'Time', event: 'Event', endpoint: 'Endpoint', attempt: 'Try', result: 'Result', duration: 'Took', next: 'Next try' },
  testEvent: 'Test event',
  /** A try's result: the endpoint's status, or why there was none. */
  delivered: (status: number) => `Delivered (${status})`,
  refused: (status: number) => `Failed (${status})`,
  unanswered: (error: string) => `Failed: ${error}`,
  duration: (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`),
  noRetry: '—',
  gaveUp: 'Given up',
}

export type WebhookMessages = typeof enWebhooks
