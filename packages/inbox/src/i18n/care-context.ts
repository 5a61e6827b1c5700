import { enCare } from './en-care.ts'
import { pageCatalog } from './page-catalog.ts'

/** Agent care's catalog, for its lazy chunks. */
export const { use: useCareMessages } = pageCatalog('care', enCare)
