import { enHistory } from './en-history.ts'
import { pageCatalog } from './page-catalog.ts'

/** The catalog of the card's earlier chats and the managers' alerts. */
export const { use: useHistoryMessages } = pageCatalog('history', enHistory)
