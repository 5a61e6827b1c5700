import { enSearch } from './en-search.ts'
import { pageCatalog } from './page-catalog.ts'

/** Conversation search's catalog, for the search chunk. */
export const { use: useSearchMessages } = pageCatalog('search', enSearch)
