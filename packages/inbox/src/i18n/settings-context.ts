import { enSettings } from './en-settings.ts'
import { pageCatalog } from './page-catalog.ts'

/** The Settings page's catalog. */
export const { use: useSettingsMessages } = pageCatalog('settings', enSettings)
