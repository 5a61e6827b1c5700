import { enErasure } from './en-erasure.ts'
import { pageCatalog } from './page-catalog.ts'

/** The erasure's catalog, for its lazy chunk. */
export const { use: useErasureMessages } = pageCatalog('erasure', enErasure)
