import { enGreetings } from './en-greetings.ts'
import { pageCatalog } from './page-catalog.ts'

/** The Greetings section's catalog, for the Store page's chunk. */
export const { use: useGreetingMessages } = pageCatalog('greetings', enGreetings)
