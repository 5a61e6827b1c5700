import { enHours } from './en-hours.ts'
import { pageCatalog } from './page-catalog.ts'

/** Business hours' catalog, for the Store page's chunk. */
export const { use: useHoursMessages } = pageCatalog('hours', enHours)
