import { enAlerts } from './en-alerts.ts'
import { pageCatalog } from './page-catalog.ts'

/** Alerts' and shortcuts' catalog, for their chunk. */
export const { use: useAlertMessages } = pageCatalog('alerts', enAlerts)
