// One chunk for what issue 16 adds to the inbox (the card's earlier chats, the managers' alerts)
// and their words: one import for the first screen to name instead of two.
export { ComplaintAlerts } from './ComplaintAlerts.tsx'
export { ShopperHistory } from './ShopperHistory.tsx'
