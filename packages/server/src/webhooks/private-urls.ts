/**
 * Webhook URLs that lead to the server's own machine or a private network, each written a way a
 * name-only check let through (a review reached all of them): for the tests of the rule that
 * refuses them, at saving (endpoints.ts) and through the HTTP API.
 */
export const PRIVATE_WEBHOOK_URLS = [
  'https://0.0.0.0:8443/hook',
  'https://[::ffff:127.0.0.1]/hook',
  'https://localhost./hook',
  'https://[::]/hook',
  'https://10.0.0.5/hook',
  'https://192.168.1.1/hook',
  'https://169.254.169.254/latest/meta-data',
  'https://[fd00::1]/hook',
  'https://[2002:7f00:1::]/hook',
]
