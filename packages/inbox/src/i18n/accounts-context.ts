import { enAccounts } from './en-accounts.ts'
import { pageCatalog } from './page-catalog.ts'

/** The Store, Team and invitation pages' catalog. */
export const { use: useAccountMessages } = pageCatalog('accounts', enAccounts)
