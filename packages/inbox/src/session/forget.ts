/**
 * What the inbox keeps outside its components for the person signed in, in the store they work
 * in — the store's tags, its canned replies, the teams' notes — goes when a new client is made
 * (a sign-in, a store switch) and at sign-out. Before, the next store's reply box offered the
 * last store's canned replies, and its tag box the last store's tags.
 */
const forgetters: Array<() => void> = []

/** Registers how a module forgets what it keeps for this person in this store. */
export function forgetWithSession(forget: () => void): void {
  forgetters.push(forget)
}

/** The person or the store changes: every module forgets. */
export function forgetSession(): void {
  for (const forget of forgetters) forget()
}

const conversationForgetters: Array<(conversationId: string) => void> = []

/** Registers how a module forgets what it keeps of one conversation (a draft, its notes). */
export function forgetWithConversation(forget: (conversationId: string) => void): void {
  conversationForgetters.push(forget)
}

/** A conversation went with its shopper's data (their right to erasure): every module forgets it. */
export function forgetConversation(conversationId: string): void {
  for (const forget of conversationForgetters) forget(conversationId)
}
