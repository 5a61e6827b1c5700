import type { GreetingOffer } from '@attune/core'

/**
 * The store's enabled greetings (issue 15), from the launcher's one small answer
 * (`GET /api/sites/:key/launcher`); none when it cannot be had. Stands alone until the launcher's
 * own fetch of that answer (business hours) hands its `greetings` to the element instead.
 */
export const fetchGreetings = (server: string, siteKey: string): Promise<GreetingOffer[] | undefined> =>
  fetch(`${server}/api/sites/${encodeURIComponent(siteKey)}/launcher`)
    .then((response) => response.json())
    .then((body: { greetings?: GreetingOffer[] }) => body.greetings)
    .catch(() => undefined)
