import { enCanned } from './en-canned.ts'
import { pageCatalog } from './page-catalog.ts'

/** Canned replies' catalog, for their page's chunk and the reply box's picker chunk. */
export const { use: useCannedMessages } = pageCatalog('canned', enCanned)
