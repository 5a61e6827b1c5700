export { createLoopbackProxy } from './loopback-proxy.ts'
export { DEMO_SHOP_ORIGIN, nodeAgentSocket, nodeVisitorSocket, signInAgent } from './node-sockets.ts'
export { seededRandom } from './random.ts'

export type { LoopbackProxy, LoopbackProxyOptions, LoopbackProxyStats } from './loopback-proxy.ts'
